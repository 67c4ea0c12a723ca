import table from './generated/bank-holidays.england-and-wales.json';
import { OutsideCalendarError, toDayNumber, yearOfDayNumber } from './calendar-date';

export type BankHoliday = { readonly date: string; readonly name: string };

type YearHolidays = { readonly list: readonly BankHoliday[]; readonly days: ReadonlySet<number> };

// England and Wales bank holidays, written from date-holidays (GB, ENG; observances left out) by
// scripts/build-bank-holidays.js, so the pages carry the dates and not the library.
const years: Readonly<Record<string, Readonly<Record<string, string>> | undefined>> = table.years;
const byYear = new Map<number, YearHolidays>();

/**
 * England and Wales bank holidays in `year`, in date order, as GOV.UK publishes them: a holiday that falls at a
 * weekend is replaced by its substitute weekday, so only weekdays appear. Cached per year. Throws
 * OutsideCalendarError for a year the table does not cover (CALENDAR_FIRST_YEAR–CALENDAR_LAST_YEAR), and RangeError
 * for a year that is not a whole number.
 */
export function bankHolidays(year: number): readonly BankHoliday[] {
  return holidaysOf(year).list;
}

/** True when the YYYY-MM-DD date is an England and Wales bank holiday; throws as bankHolidays does. */
export function isBankHoliday(date: string): boolean {
  const day = toDayNumber(date);
  return isBankHolidayDay(day);
}

export function isBankHolidayDay(day: number): boolean {
  return holidaysOf(yearOfDayNumber(day)).days.has(day);
}

/** Bank holiday day numbers in `year` (weekdays only). */
export function bankHolidayDays(year: number): ReadonlySet<number> {
  return holidaysOf(year).days;
}

function holidaysOf(year: number): YearHolidays {
  const cached = byYear.get(year);
  if (cached) return cached;
  if (!Number.isInteger(year)) throw new RangeError('A year is a whole number');
  const dates = years[String(year)]; // a whole number names no property of Object.prototype
  if (!dates) throw new OutsideCalendarError(year);
  const list = Object.entries(dates)
    .map(([monthDay, name]) => Object.freeze({ date: `${year}-${monthDay}`, name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const entry: YearHolidays = { list: Object.freeze(list), days: new Set(list.map((h) => toDayNumber(h.date))) };
  byYear.set(year, entry);
  return entry;
}
