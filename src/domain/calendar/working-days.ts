import { bankHolidayDays, isBankHolidayDay } from './bank-holidays';
import { fromDayNumber, isWeekendDay, toDayNumber, weekdaysBefore, yearOfDayNumber } from './calendar-date';

// Working days in England and Wales: Monday to Friday, not a bank holiday.
// Dates are Europe/London calendar dates written YYYY-MM-DD. Invalid dates throw RangeError:
// validate with isoDateSchema first (the schemas already do for referral data). A date, or a count that runs,
// outside the years whose bank holidays the calendar knows (CALENDAR_FIRST_YEAR–CALENDAR_LAST_YEAR) throws
// OutsideCalendarError: a count it cannot know is refused, never guessed.

export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

function isWorkingDayNumber(day: number): boolean {
  return !isWeekendDay(day) && !isBankHolidayDay(day);
}

/** `date` itself when it is a working day, otherwise the next working day after it. */
export function workingDayOnOrAfter(date: string): string {
  return fromDayNumber(rollForward(toDayNumber(date)));
}

function rollForward(day: number): number {
  let d = day;
  while (!isWorkingDayNumber(d)) d += 1;
  return d;
}

/**
 * The date `n` working days after `date` (n a whole number ≥ 0).
 *
 * Convention: when `date` is not a working day (a referral arriving on a Saturday or a bank holiday),
 * the clock starts on the next working day, so it counts as if it had arrived then: Saturday + 5 gives
 * the same answer as the following Monday + 5. With n = 0 the answer is the start day itself.
 * For a working day d, workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('Working days to add must be a whole number of 0 or more');
  let day = rollForward(toDayNumber(date));
  let remaining = n;
  while (remaining > 0) {
    day += 1;
    if (isWorkingDayNumber(day)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days elapsed after `from` up to and including `to`: 0 on the same day, 1 from a Friday to
 * the next Monday, negative when `to` is before `from` (so -workingDaysBetween(to, from)).
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === b) return 0;
  if (b < a) return 0 - countWorkingDaysAfter(b, a); // never -0
  return countWorkingDaysAfter(a, b);
}

// Working days in (a, b]: weekdays by arithmetic, minus the bank holidays in range (all weekdays).
function countWorkingDaysAfter(a: number, b: number): number {
  let count = weekdaysBefore(b + 1) - weekdaysBefore(a + 1);
  for (let year = yearOfDayNumber(a); year <= yearOfDayNumber(b); year += 1) {
    for (const h of bankHolidayDays(year)) if (h > a && h <= b) count -= 1;
  }
  return count;
}
