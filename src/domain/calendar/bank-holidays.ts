import Holidays from 'date-holidays';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, isWeekendDay, toDayNumber, yearOfDayNumber } from './calendar-date';

export type BankHoliday = { readonly date: string; readonly name: string };

type YearHolidays = { readonly list: readonly BankHoliday[]; readonly days: ReadonlySet<number> };

// England & Wales bank holidays from date-holidays GB/ENG, observances excluded.
const KEPT_TYPES = new Set(['public', 'bank']);
let source: Holidays | undefined;
const byYear = new Map<number, YearHolidays>();

/**
 * England and Wales bank holidays in `year`, in date order, as GOV.UK publishes them: a holiday that
 * falls at a weekend is replaced by its substitute weekday, so only weekdays appear. Cached per year.
 */
export function bankHolidays(year: number): readonly BankHoliday[] {
  return holidaysOf(year).list;
}

/** True when the YYYY-MM-DD date is an England and Wales bank holiday. */
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
  if (!Number.isInteger(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
    throw new RangeError(`The working-day calendar covers ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`);
  }
  source ??= new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  const list: BankHoliday[] = [];
  const days = new Set<number>();
  for (const h of source.getHolidays(year, 'en')) {
    if (!KEPT_TYPES.has(h.type)) continue;
    // The library's `date` is the local (Europe/London) date, "YYYY-MM-DD hh:mm:ss".
    const date = h.date.slice(0, 10);
    const day = toDayNumber(date);
    if (isWeekendDay(day) || days.has(day)) continue;
    days.add(day);
    list.push(Object.freeze({ date, name: h.name }));
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const entry: YearHolidays = { list: Object.freeze(list), days };
  byYear.set(year, entry);
  return entry;
}
