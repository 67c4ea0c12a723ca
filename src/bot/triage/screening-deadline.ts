import { deadlinesFor, londonDate, ukLongDate, type Catalogue, type StandardDeadline } from '../../domain';
import type { TriageRow } from './triage-port';

const providerPart = (id: string) => id.split('.')[0] ?? id;

/**
 * The standard a triage decision meets: one that starts when the referral arrives and is met by a screening
 * decision (its metOnStates), e.g. "screen within 5 working days". A standard without `appliesTo` belongs to the
 * provider whose service ids share its id's first part (ids are provider.thing).
 */
function screeningStandards(catalogue: Catalogue, serviceId: string) {
  return catalogue.timeStandards.filter(
    (s) =>
      s.from === 'referral-received' &&
      s.metOnStates !== undefined &&
      (s.appliesTo ? s.appliesTo.includes(serviceId) : providerPart(s.id) === providerPart(serviceId)),
  );
}

/** The referral's screening deadline at `now`, or undefined when its service has no such standard. */
export function screeningDeadline(row: TriageRow, catalogue: Catalogue, now: Date): StandardDeadline | undefined {
  const serviceId = row.triage.serviceId ?? row.serviceIds[0];
  if (!serviceId) return undefined;
  const record = row.triage.serviceId ? row.triage : { ...row.triage, serviceId };
  return deadlinesFor(record, screeningStandards(catalogue, serviceId), now)[0];
}

const dayWords = (d: StandardDeadline) => ukLongDate(d.dueDate) ?? d.dueDate;

/** The deadline in words for the card. */
export function deadlineWords(d: StandardDeadline): string {
  switch (d.status) {
    case 'on-track': {
      const left = d.workingDaysLeft;
      const count = left === undefined ? '' : left === 1 ? ' (1 working day left)' : ` (${left} working days left)`;
      return `Screening due by ${dayWords(d)}${count}`;
    }
    case 'due-today':
      return `Screening due today, ${dayWords(d)}`;
    case 'overdue':
      return `Screening overdue: it was due on ${dayWords(d)}`;
    case 'met':
      return `Screened in time (due ${dayWords(d)})`;
    case 'missed':
      return `Screened after the deadline of ${dayWords(d)}`;
  }
}

/** The London date of an ISO instant, in words: "7 December 2026". */
export function dayOf(iso: string): string {
  const date = londonDate(new Date(iso));
  return ukLongDate(date) ?? date;
}
