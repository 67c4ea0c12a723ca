import { isRealIsoDate } from '../common/iso-date';
import table from './generated/bank-holidays.england-and-wales.json';

// Calendar arithmetic on day numbers (days since 1970-01-01), so loops never build strings.
const MS_PER_DAY = 86_400_000;

/** The years the calendar answers for: those its bank-holiday table covers (scripts/build-bank-holidays.js). */
export const CALENDAR_FIRST_YEAR: number = table.firstYear;
export const CALENDAR_LAST_YEAR: number = table.lastYear;

/**
 * A date outside the years the calendar knows the bank holidays of. Every calendar function throws it rather than
 * count working days it cannot know, so a deadline is either right or missing, never silently wrong. It is a
 * RangeError, like the calendar's other refusals of bad input.
 */
export class OutsideCalendarError extends RangeError {
  override readonly name = 'OutsideCalendarError';
  readonly code = 'outside-calendar';
  readonly firstYear = CALENDAR_FIRST_YEAR;
  readonly lastYear = CALENDAR_LAST_YEAR;
  constructor(readonly year: number) {
    super(
      `The working-day calendar knows England and Wales bank holidays from ${CALENDAR_FIRST_YEAR} to ${CALENDAR_LAST_YEAR}, not in ${year}`,
    );
  }
}

/**
 * Day number of a YYYY-MM-DD date. Throws RangeError for anything that is not a real date (callers validate input
 * first), and OutsideCalendarError for a year outside CALENDAR_FIRST_YEAR–CALENDAR_LAST_YEAR.
 */
export function toDayNumber(date: string): number {
  if (typeof date !== 'string' || !isRealIsoDate(date)) {
    throw new RangeError('Expected a real date written YYYY-MM-DD');
  }
  const year = Number(date.slice(0, 4));
  if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) throw new OutsideCalendarError(year);
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
