import { addCalendarDays, londonDate } from '../common/london';
import { toDayNumber } from './calendar-date';
import { endOfLondonDay } from './london-day';
import { addWorkingDays } from './working-days';

/** A deadline: the London date it falls on, and the instant it passes. */
export type Deadline = { dueDate: string; dueAt: Date };

const HOUR_MS = 3_600_000;

/**
 * Due `workingDays` working days after `receivedAt` (its Europe/London date), at 23:59:59.999 London
 * on that day. A referral arriving at a weekend or on a bank holiday starts the clock on the next
 * working day (see addWorkingDays). Throws OutsideCalendarError when the count runs outside the years whose bank
 * holidays the calendar knows (CALENDAR_FIRST_YEAR–CALENDAR_LAST_YEAR), rather than give a date that may be wrong.
 */
export function deadlineFor(receivedAt: Date, workingDays: number): Deadline {
  const dueDate = addWorkingDays(londonDate(validInstant(receivedAt)), workingDays);
  return { dueDate, dueAt: endOfLondonDay(dueDate) };
}

/**
 * Due `days` calendar days after the London date of `from`, at the end of that London day. The calendar's years
 * bound these too: a start or due date outside them throws OutsideCalendarError.
 */
export function deadlineAfterCalendarDays(from: Date, days: number): Deadline {
  const dueDate = addCalendarDaysChecked(londonDate(validInstant(from)), wholeCount(days));
  return { dueDate, dueAt: endOfLondonDay(dueDate) };
}

/** Due `weeks` weeks (7 calendar days each) after the London date of `from`, at the end of that London day. */
export function deadlineAfterWeeks(from: Date, weeks: number): Deadline {
  return deadlineAfterCalendarDays(from, wholeCount(weeks) * 7);
}

/** Due exactly `hours` elapsed hours after `from` (24 hours is not "the next day" across a clock change). */
export function deadlineAfterHours(from: Date, hours: number): Deadline {
  const dueAt = addHours(from, wholeCount(hours));
  return { dueDate: londonDate(dueAt), dueAt };
}

/** Adds whole weeks to a YYYY-MM-DD date. */
export function addWeeks(date: string, weeks: number): string {
  return addCalendarDaysChecked(date, wholeCount(weeks) * 7);
}

/** Adds elapsed hours to an instant. */
export function addHours(instant: Date, hours: number): Date {
  if (!Number.isFinite(hours)) throw new RangeError('Hours must be a finite number');
  return new Date(validInstant(instant).getTime() + hours * HOUR_MS);
}

function addCalendarDaysChecked(date: string, days: number): string {
  toDayNumber(date);
  const result = addCalendarDays(date, days);
  toDayNumber(result);
  return result;
}

function validInstant(instant: Date): Date {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError('Expected a valid instant');
  return instant;
}

function wholeCount(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('Expected a whole number of 0 or more');
  return n;
}
