// England and Wales working-day calendar in Europe/London, for the years whose bank holidays it knows
// (CALENDAR_FIRST_YEAR–CALENDAR_LAST_YEAR); outside them every function throws OutsideCalendarError.
export { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, OutsideCalendarError } from './calendar-date';
export { bankHolidays, isBankHoliday } from './bank-holidays';
export type { BankHoliday } from './bank-holidays';
export { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDaysBetween } from './working-days';
export { endOfLondonDay, startOfLondonDay } from './london-day';
export {
  addHours,
  addWeeks,
  deadlineAfterCalendarDays,
  deadlineAfterHours,
  deadlineAfterWeeks,
  deadlineFor,
} from './deadline';
export type { Deadline } from './deadline';
export { UK_DATE_EXAMPLE, UK_DATE_FIRST_YEAR, UK_DATE_LAST_YEAR, parseUkDate } from './parse-uk-date';
export type { ParseUkDateOptions, ParsedUkDate, UkDateKind } from './parse-uk-date';
