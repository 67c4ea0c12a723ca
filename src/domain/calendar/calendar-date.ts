import { isRealIsoDate } from '../common/iso-date';

// Calendar arithmetic on day numbers (days since 1970-01-01), so loops never build strings.
const MS_PER_DAY = 86_400_000;

/** Years the calendar answers for; bank holiday data outside this range is not trustworthy. */
export const CALENDAR_FIRST_YEAR = 1970;
export const CALENDAR_LAST_YEAR = 2199;

/** Day number of a YYYY-MM-DD date; throws RangeError for anything else (callers validate input first). */
export function toDayNumber(date: string): number {
  if (typeof date !== 'string' || !isRealIsoDate(date)) {
    throw new RangeError('Expected a real date written YYYY-MM-DD');
  }
  const year = Number(date.slice(0, 4));
  if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
    throw new RangeError(`The working-day calendar covers ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`);
  }
  return Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOfDayNumber(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** True on Saturday and Sunday (day 0, 1970-01-01, was a Thursday). */
export function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

// Weekdays among day numbers [0, x): whole weeks plus a remainder that starts on a Thursday.
const WEEKDAYS_IN_PARTIAL_WEEK = [0, 1, 2, 2, 2, 3, 4] as const;
export function weekdaysBefore(x: number): number {
  const weeks = Math.floor(x / 7);
  return weeks * 5 + (WEEKDAYS_IN_PARTIAL_WEEK[x - weeks * 7] ?? 0);
}
