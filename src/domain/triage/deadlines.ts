import { londonDate } from '../common/london';
import { deadlineAfterCalendarDays, deadlineAfterHours, deadlineAfterWeeks, deadlineFor } from '../calendar/deadline';
import type { Deadline } from '../calendar/deadline';
import { workingDaysBetween } from '../calendar/working-days';
import { timeStandardSchema } from './time-standard.schema';
import type { TimeStandard, TimeStandardAnchor } from './time-standard.schema';
import { triageRecordSchema } from './triage-record.schema';
import type { TriageRecord } from './triage-record.schema';

/** `missed` is a standard completed after its deadline; `met` was completed in time. */
export type DeadlineStatus = 'on-track' | 'due-today' | 'overdue' | 'met' | 'missed';

export type StandardDeadline = {
  standardId: string;
  description: string;
  citation: TimeStandard['citation'];
  dueDate: string;
  dueAt: Date;
  status: DeadlineStatus;
  /** Working days from today to the due date, for open deadlines counted in days (negative when overdue). */
  workingDaysLeft?: number;
  metAt?: Date;
};

// A declined or closed referral runs no clocks; standards it already met are still reported.
const FINISHED_STATES = new Set(['declined', 'closed']);

/** True when the standard applies to the service (no `appliesTo` means every service). */
export function appliesToService(standard: TimeStandard, serviceId: string | undefined): boolean {
  if (!standard.appliesTo) return true;
  return serviceId !== undefined && standard.appliesTo.includes(serviceId);
}

/**
 * The deadlines of the time standards that apply to this referral, most urgent first, at `now`.
 * Standards whose clock has not started (no allocation yet, no plan start…) and `missed-sessions`
 * standards (counted in sessions, not time) are left out. Never throws: bad input gives no deadlines.
 */
export function deadlinesFor(record: TriageRecord, standards: readonly TimeStandard[], now: Date): StandardDeadline[] {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return [];
  const parsed = triageRecordSchema.safeParse(record);
  if (!parsed.success || !Array.isArray(standards)) return [];
  const r = parsed.data;
  let today: string;
  try {
    today = londonDate(now);
  } catch {
    return [];
  }
  const out: StandardDeadline[] = [];
  for (const candidate of standards) {
    const s = timeStandardSchema.safeParse(candidate);
    if (!s.success || s.data.unit === 'missed-sessions' || !appliesToService(s.data, r.serviceId)) continue;
    const deadline = safely(() => deadlineOf(s.data, r, now, today));
    if (deadline) out.push(deadline);
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.standardId < b.standardId ? -1 : 1));
}

function deadlineOf(standard: TimeStandard, r: TriageRecord, now: Date, today: string): StandardDeadline | undefined {
  const start = instant(anchorOf(standard.from, r));
  if (!start) return undefined;
  const due = dueFrom(standard, start);
  const metAt = metAtOf(standard, r, start);
  if (!metAt && FINISHED_STATES.has(r.state)) return undefined;
  const base = {
    standardId: standard.id,
    description: standard.description,
    citation: standard.citation,
    dueDate: due.dueDate,
    dueAt: due.dueAt,
  };
  if (metAt) return { ...base, status: metAt.getTime() <= due.dueAt.getTime() ? 'met' : 'missed', metAt };
  const status: DeadlineStatus =
    now.getTime() > due.dueAt.getTime() ? 'overdue' : today === due.dueDate ? 'due-today' : 'on-track';
  return standard.unit === 'hours'
    ? { ...base, status }
    : { ...base, status, workingDaysLeft: workingDaysBetween(today, due.dueDate) };
}

function dueFrom(standard: TimeStandard, start: Date): Deadline {
  switch (standard.unit) {
    case 'working-days':
      return deadlineFor(start, standard.amount);
    case 'calendar-days':
      return deadlineAfterCalendarDays(start, standard.amount);
    case 'weeks':
      return deadlineAfterWeeks(start, standard.amount);
    case 'hours':
      return deadlineAfterHours(start, standard.amount);
    case 'missed-sessions':
      throw new RangeError('Sessions are not a time');
  }
}

function anchorOf(anchor: TimeStandardAnchor, r: TriageRecord): string | undefined {
  switch (anchor) {
    case 'referral-received':
      return r.receivedAt;
    case 'allocation':
      return r.allocatedAt;
    case 'plan-start':
      return r.planStartedAt;
    case 'concern-raised':
      return r.concernRaisedAt;
    case 'dispute-raised':
      return r.disputeRaisedAt;
  }
}

// Earliest of: the time recorded against the standard, and the first move into a state that meets it.
function metAtOf(standard: TimeStandard, r: TriageRecord, start: Date): Date | undefined {
  const times: number[] = [];
  const recorded = instant(r.standardsMet?.[standard.id]);
  if (recorded) times.push(recorded.getTime());
  if (standard.metOnStates) {
    const states: readonly string[] = standard.metOnStates;
    const event = r.history.find((e) => states.includes(e.to) && Date.parse(e.at) >= start.getTime());
    if (event) times.push(Date.parse(event.at));
    // Events dropped from a long history leave the first time each state was reached.
    for (const state of standard.metOnStates) {
      const reached = instant(r.firstReachedAt?.[state]);
      if (reached && reached.getTime() >= start.getTime()) times.push(reached.getTime());
    }
  }
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/**
 * The referral's age in working days at `now` (0 on the day it arrived; a weekend or bank holiday does not count),
 * or undefined for an invalid date or one outside the calendar's years.
 */
export function ageInWorkingDays(receivedAt: string, now: Date): number | undefined {
  const received = instant(receivedAt);
  if (!received || !(now instanceof Date) || Number.isNaN(now.getTime())) return undefined;
  return safely(() => Math.max(0, workingDaysBetween(londonDate(received), londonDate(now))));
}

/**
 * How many sessions the family may miss before closure must be discussed for this service:
 * a standard limited to the service wins over the general one (GFPO §20: 2, or 4 for intensive or 1-1 work).
 */
export function missedSessionsBeforeClosureDiscussion(
  standards: readonly TimeStandard[],
  serviceId: string | undefined,
): number | undefined {
  const sessionStandards = standards.filter((s) => s.unit === 'missed-sessions' && appliesToService(s, serviceId));
  const specific = sessionStandards.find((s) => s.appliesTo !== undefined);
  return (specific ?? sessionStandards[0])?.amount;
}

function instant(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
