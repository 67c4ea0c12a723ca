// The calendar reads its bank holidays from a table that scripts/build-bank-holidays.js writes from date-holidays, so
// the pages do not carry the library. These tests hold the table to the library for every year it covers, and show
// what the calendar does for a date outside those years. Regenerate the table with: npm run build:bank-holidays
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Holidays from 'date-holidays';
import { FIRST_YEAR, LAST_YEAR, TABLE, bankHolidayTable, serializeTable } from '../../../scripts/build-bank-holidays';
import { catalogue } from '../../../src/catalogues';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  OutsideCalendarError,
  addWorkingDays,
  bankHolidays,
  deadlineAfterCalendarDays,
  deadlineFor,
  endOfLondonDay,
  isBankHoliday,
  isWorkingDay,
  workingDaysBetween,
} from '../../../src/domain/calendar';
import { deadlinesFor } from '../../../src/domain/triage/deadlines';
import type { TimeStandard } from '../../../src/domain/triage/time-standard.schema';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts/build-bank-holidays.js');

// What date-holidays says, read here without the generator: England's public and bank holidays (not observances
// such as Easter Sunday) that fall on a weekday, the first name on a date kept.
const library = new Holidays('GB', 'ENG', { types: ['public', 'bank', 'observance'] });
function fromLibrary(year: number): { date: string; name: string }[] {
  const byDate = new Map<string, string>();
  for (const h of library.getHolidays(year, 'en')) {
    const date = h.date.slice(0, 10);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if ((h.type === 'public' || h.type === 'bank') && weekday !== 0 && weekday !== 6 && !byDate.has(date)) {
      byDate.set(date, h.name);
    }
  }
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

const years = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe('the bank-holiday table', () => {
  it('covers the years the generator names, and those are the years the calendar answers for', () => {
    expect([CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR]).toEqual([FIRST_YEAR, LAST_YEAR]);
    expect(CALENDAR_FIRST_YEAR).toBeLessThanOrEqual(2026);
    expect(CALENDAR_LAST_YEAR).toBeGreaterThanOrEqual(2060);
    const table = JSON.parse(readFileSync(path.join(ROOT, TABLE), 'utf8')) as { years: object };
    expect(Object.keys(table.years).map(Number)).toEqual(years(FIRST_YEAR, LAST_YEAR));
  });

  it('equals date-holidays, dates and names, for every year it covers', () => {
    for (const year of years(CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR)) {
      const table = bankHolidays(year);
      // England and Wales have eight bank holidays a year, and more in a year with one-offs.
      expect(table.length).toBeGreaterThanOrEqual(8);
      expect({ year, holidays: table }).toEqual({ year, holidays: fromLibrary(year) });
    }
  });

  it('is, to the byte, what npm run build:bank-holidays writes', () => {
    expect(readFileSync(path.join(ROOT, TABLE), 'utf8')).toBe(serializeTable(bankHolidayTable()));
  });
});

describe('scripts/build-bank-holidays.js --check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bank-holidays-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('passes the committed table', () => {
    expect(run('--check').status).toBe(0);
  });

  it('fails, naming the command that fixes it, a table that has lost a holiday or is missing', () => {
    const edited = path.join(dir, 'edited.json');
    const committed = readFileSync(path.join(ROOT, TABLE), 'utf8');
    writeFileSync(edited, committed.replace('"04-03":"Good Friday",', ''));
    expect(readFileSync(edited, 'utf8')).not.toBe(committed);
    const stale = run('--check', '--out', edited);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/not what date-holidays gives now: run npm run build:bank-holidays/);
    const missing = run('--check', '--out', path.join(dir, 'absent.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/is missing/);
  });

  it('writes the table to --out, and refuses what it does not know', () => {
    const written = path.join(dir, 'written.json');
    expect(run('--out', written).status).toBe(0);
    expect(readFileSync(written, 'utf8')).toBe(readFileSync(path.join(ROOT, TABLE), 'utf8'));
    for (const wrong of [run('--chek'), run('--out'), run('table.json')]) {
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toMatch(/^Usage:/);
    }
  });
});

describe('a date outside the years the calendar knows', () => {
  const outside = (f: () => unknown, year: number) => {
    let error: unknown;
    try {
      f();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutsideCalendarError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ code: 'outside-calendar', year, firstYear: FIRST_YEAR, lastYear: LAST_YEAR });
    expect((error as Error).message).toBe(
      `The working-day calendar knows England and Wales bank holidays from ${FIRST_YEAR} to ${LAST_YEAR}, not in ${year}`,
    );
  };

  it('is refused by every calendar function with OutsideCalendarError, never answered from guesswork', () => {
    outside(() => bankHolidays(FIRST_YEAR - 1), FIRST_YEAR - 1);
    outside(() => bankHolidays(LAST_YEAR + 1), LAST_YEAR + 1);
    outside(() => isBankHoliday(`${FIRST_YEAR - 1}-12-31`), FIRST_YEAR - 1);
    outside(() => isWorkingDay(`${LAST_YEAR + 1}-01-03`), LAST_YEAR + 1);
    outside(() => endOfLondonDay(`${LAST_YEAR + 1}-01-01`), LAST_YEAR + 1);
    outside(() => workingDaysBetween(`${LAST_YEAR}-12-01`, `${LAST_YEAR + 1}-01-04`), LAST_YEAR + 1);
    outside(() => deadlineAfterCalendarDays(new Date(`${LAST_YEAR}-12-20T10:00:00Z`), 30), LAST_YEAR + 1);
  });

  it('is refused when a count starts inside the table and runs past its end', () => {
    // 31 December 2099 is a Thursday: one working day on is 1 January 2100, which the table cannot vouch for.
    expect(addWorkingDays('2099-12-30', 1)).toBe('2099-12-31');
    outside(() => addWorkingDays('2099-12-31', 1), 2100);
    outside(() => deadlineFor(new Date('2099-12-31T10:00:00Z'), 1), 2100);
  });

  it('answers at both edges of the table', () => {
    expect(isBankHoliday(`${FIRST_YEAR}-01-01`)).toBe(true);
    expect(isWorkingDay(`${FIRST_YEAR}-01-02`)).toBe(true);
    expect(isBankHoliday(`${LAST_YEAR}-12-25`)).toBe(true);
    expect(workingDaysBetween(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`)).toBeGreaterThan(250 * 80);
  });

  it('leaves a working-day deadline off the triage list, while an hours deadline, which needs no calendar, stays', () => {
    const screening = catalogue.timeStandards.find((s) => s.id === 'notts.screening');
    if (!screening || screening.unit !== 'working-days') throw new Error('notts.screening should count working days');
    const hours: TimeStandard = { ...screening, id: 'test.call-back', unit: 'hours', amount: 48 };
    const record = {
      referralId: 'RC-2099-0001',
      serviceId: 'notts.nvr-group',
      state: 'screening' as const,
      version: 1,
      receivedAt: '2099-12-30T09:00:00.000Z',
      history: [],
    };
    const ids = (now: string) => deadlinesFor(record, [screening, hours], new Date(now)).map((d) => d.standardId);
    expect(ids('2099-12-30T10:00:00Z')).toEqual(['test.call-back']);
    // The same record a year earlier gets both, so it is the calendar's end, not the record, that drops one.
    const earlier = { ...record, receivedAt: '2098-12-30T09:00:00.000Z' };
    const both = deadlinesFor(earlier, [screening, hours], new Date('2098-12-30T10:00:00Z'));
    expect(both.map((d) => d.standardId).sort()).toEqual(['notts.screening', 'test.call-back']);
  });
});
