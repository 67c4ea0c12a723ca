#!/usr/bin/env node
'use strict';
// Writes the England and Wales bank-holiday table that the working-day calendar reads, from date-holidays, so the
// pages carry a few KB of dates instead of the library and the moment-timezone it brings (1.66 MB).
//   node scripts/build-bank-holidays.js            writes the committed table (npm run build:bank-holidays)
//   node scripts/build-bank-holidays.js --check    exits 1 when the committed table is not what date-holidays gives
// Either takes a file to write or check instead of the committed table: --out <file>.
const fs = require('node:fs');
const path = require('node:path');
const Holidays = require('date-holidays');

const ROOT = path.join(__dirname, '..');
const TABLE = 'src/domain/calendar/generated/bank-holidays.england-and-wales.json';
// The library misses one-off changes before 2013 (the 2002 Golden Jubilee, the 2011 royal wedding, the Spring bank
// holiday moved to 4 June 2012), so the table starts after the last of them. Outside the table the calendar refuses.
const FIRST_YEAR = 2013;
const LAST_YEAR = 2099;
// Public and bank holidays, as GOV.UK publishes them; observances such as Easter Sunday and Mother's Day are not.
const KEPT_TYPES = ['public', 'bank'];

/**
 * [YYYY-MM-DD, name] of each bank holiday in `year`, in date order, weekdays only: date-holidays lists a substitute
 * weekday for a holiday at a weekend as a holiday of its own.
 */
function bankHolidaysIn(holidays, year) {
  const byDate = new Map();
  for (const h of holidays.getHolidays(year, 'en')) {
    if (!KEPT_TYPES.includes(h.type)) continue;
    // The library's `date` is the Europe/London date, "YYYY-MM-DD hh:mm:ss".
    const date = h.date.slice(0, 10);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || byDate.has(date)) continue;
    byDate.set(date, h.name);
  }
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The table: for each year, its bank holidays keyed by MM-DD. */
function bankHolidayTable(firstYear = FIRST_YEAR, lastYear = LAST_YEAR) {
  const holidays = new Holidays('GB', 'ENG', { types: KEPT_TYPES });
  const years = {};
  for (let year = firstYear; year <= lastYear; year += 1) {
    years[year] = Object.fromEntries(bankHolidaysIn(holidays, year).map(([date, name]) => [date.slice(5), name]));
  }
  const version = require('date-holidays/package.json').version;
  return {
    about: `England and Wales bank holidays by year, from date-holidays ${version} (GB, ENG; public and bank holidays on weekdays). Written by npm run build:bank-holidays: do not edit.`,
    firstYear,
    lastYear,
    years,
  };
}

/** The table as JSON text, one year a line, so a change from one version of date-holidays to the next reads by year. */
function serializeTable(table) {
  const { years, ...head } = table;
  const headLines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  const yearLines = Object.entries(years).map(
    ([year, dates]) => `    ${JSON.stringify(year)}: ${JSON.stringify(dates)}`,
  );
  return ['{', ...headLines, '  "years": {', yearLines.join(',\n'), '  }', '}', ''].join('\n');
}

function main(argv) {
  const check = argv.includes('--check');
  const outAt = argv.indexOf('--out');
  const file = outAt >= 0 ? argv[outAt + 1] : undefined;
  const unknown = argv.filter((a, i) => !['--check', '--out'].includes(a) && (outAt < 0 || i !== outAt + 1));
  if (unknown.length > 0 || (outAt >= 0 && !file)) {
    console.error('Usage: node scripts/build-bank-holidays.js [--check] [--out <file>]');
    return 2;
  }
  return writeOrCheck(file ? path.resolve(file) : path.join(ROOT, TABLE), check);
}

function writeOrCheck(file, check) {
  const text = serializeTable(bankHolidayTable());
  if (!check) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`Wrote the bank holidays for ${FIRST_YEAR}–${LAST_YEAR} to ${path.relative(process.cwd(), file)}`);
    return 0;
  }
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === text) return 0;
  console.error(
    `${path.relative(process.cwd(), file)} is ${current === undefined ? 'missing' : 'not what date-holidays gives now'}: run npm run build:bank-holidays`,
  );
  return 1;
}

module.exports = { FIRST_YEAR, LAST_YEAR, TABLE, bankHolidayTable, serializeTable };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
