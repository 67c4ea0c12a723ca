import { daysInMonth, isRealIsoDate } from '../common/iso-date';
import { MONTH_NAMES, ukLongDate } from '../common/uk-date-words';

export type UkDateKind = 'birth' | 'other';

export type ParseUkDateOptions = {
  /** A date of birth cannot be in the future, and a two-digit year is read as a past one. */
  readonly kind: UkDateKind;
  /** Today in Europe/London, YYYY-MM-DD: the clock is the caller's. */
  readonly today: string;
};

export type ParsedUkDate =
  { readonly ok: true; readonly iso: string; readonly long: string } | { readonly ok: false; readonly message: string };

export const UK_DATE_EXAMPLE = 'Enter a date such as 2/6/2014';
export const UK_DATE_FIRST_YEAR = 1900;
export const UK_DATE_LAST_YEAR = 2100;

const MAX_LENGTH = 40;
const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => {
    const word = name.toLowerCase();
    return [[word, i + 1] as const, [word.slice(0, 3), i + 1] as const, ...(i === 8 ? [['sept', 9] as const] : [])];
  }),
);

type Parts = { day: number; month: number; year: number; yearDigits: number };
type Step = { parts: Parts } | { message: string };

/** Reads a date as people type it: 2/6/14, 02.06.2014, 2 June 2014, 2nd jun 14, 2014-06-02. */
export function parseUkDate(text: unknown, options: ParseUkDateOptions): ParsedUkDate {
  if (!isRealIsoDate(options.today)) throw new RangeError('today must be a real date written YYYY-MM-DD');
  const step = typeof text === 'string' && text.length <= MAX_LENGTH ? partsOf(text) : { message: UK_DATE_EXAMPLE };
  if ('message' in step) return { ok: false, message: step.message };
  const { day, month, yearDigits } = step.parts;
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}: enter a month from 1 to 12` };
  const monthName = MONTH_NAMES[month - 1] ?? '';
  if (day < 1 || day > 31) return { ok: false, message: `There is no ${day} ${monthName}` };
  if (day > daysInMonth(2000, month)) return { ok: false, message: `There is no ${day} ${monthName}` };
  const year = yearDigits === 2 ? fullYear(step.parts, options) : step.parts.year;
  if (year < UK_DATE_FIRST_YEAR || year > UK_DATE_LAST_YEAR)
    return { ok: false, message: `Enter a year between ${UK_DATE_FIRST_YEAR} and ${UK_DATE_LAST_YEAR}` };
  if (day > daysInMonth(year, month)) return { ok: false, message: `There is no ${day} ${monthName} ${year}` };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (options.kind === 'birth' && iso > options.today)
    return { ok: false, message: 'A date of birth cannot be in the future' };
  return { ok: true, iso, long: ukLongDate(iso) ?? iso };
}

// Separators are / . - or spaces, in any mix; commas and ordinal endings are dropped.
function partsOf(text: string): Step {
  const words = text
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .split(/[\s/.,-]+/)
    .filter((w) => w !== '');
  if (words.length === 2 && words.every((w) => /^\d{1,2}$/.test(w) || MONTH_BY_WORD.has(w)))
    return { message: 'Add the year, such as 2/6/2014' };
  if (words.length !== 3) return { message: UK_DATE_EXAMPLE };
  const [first, second, third] = words as [string, string, string];
  const isoOrder = /^\d{4}$/.test(first);
  const [dayWord, yearWord] = isoOrder ? [third, first] : [first, third];
  if (!/^\d{1,2}$/.test(dayWord)) return { message: UK_DATE_EXAMPLE };
  if (!/^(\d{2}|\d{4})$/.test(yearWord)) return { message: 'Enter the year as 2 or 4 digits, such as 2014' };
  const month = /^\d{1,2}$/.test(second) ? Number(second) : MONTH_BY_WORD.get(second);
  if (month === undefined)
    return { message: /^[a-z]+$/.test(second) ? 'Enter a month such as June or Jun' : UK_DATE_EXAMPLE };
  return { parts: { day: Number(dayWord), month, year: Number(yearWord), yearDigits: yearWord.length } };
}

// A date of birth takes the latest such date not after today; any other date the one nearest today.
function fullYear(parts: Parts, options: ParseUkDateOptions): number {
  const thisYear = Number(options.today.slice(0, 4));
  const latest = thisYear - ((((thisYear - parts.year) % 100) + 100) % 100);
  const today = Date.parse(options.today);
  const from = (year: number) => dateNumber(year, parts.month, parts.day) - today;
  if (options.kind === 'birth') return from(latest) > 0 ? latest - 100 : latest;
  // The nearer of the two centuries; a tie goes to the past.
  return Math.abs(from(latest + 100)) < Math.abs(from(latest)) ? latest + 100 : latest;
}

// 29 February counts as 28 February in other years, so an impossible date still has a nearest century.
const dateNumber = (year: number, month: number, day: number) =>
  Date.UTC(year, month - 1, Math.min(day, daysInMonth(year, month)));

const pad = (n: number) => String(n).padStart(2, '0');
