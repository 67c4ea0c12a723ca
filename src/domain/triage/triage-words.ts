import type { Actor, Role } from './role.schema';
import type { TriagePriority, TriageRecord } from './triage-record.schema';
import type { TriageState } from './triage-transitions';

// Words a council worker reads on the board, the card and the status message; the same everywhere.
const STATE_WORDS: Readonly<Record<TriageState, string>> = {
  received: 'Received',
  screening: 'Screening',
  accepted: 'Accepted',
  allocated: 'Allocated to a worker',
  'waiting-list': 'On the waiting list',
  declined: 'Declined',
  'more-information-requested': 'Waiting for more information',
  closed: 'Closed',
};

const PRIORITY_WORDS: Readonly<Record<TriagePriority, string>> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

/** A triage state in plain English, e.g. "Waiting for more information". */
export function triageStateWords(state: TriageState): string {
  return STATE_WORDS[state] ?? 'Unknown';
}

/** A priority in plain English, e.g. "Urgent". */
export function priorityWords(priority: TriagePriority): string {
  return PRIORITY_WORDS[priority] ?? 'Unknown';
}

/** The Outlook category a referral message carries in each state, so the shared mailbox shows it too. */
export const TRIAGE_CATEGORIES: Readonly<Record<TriageState, string>> = Object.freeze(
  Object.fromEntries(
    Object.entries(STATE_WORDS).map(([state, words]) => [state, `Referral: ${words.toLowerCase()}`]),
  ) as Record<TriageState, string>,
);

export function categoryFor(state: TriageState): string {
  return TRIAGE_CATEGORIES[state];
}

/** True for one of our state categories (any other category on the message is the mailbox users' own). */
export function isTriageCategory(category: string): boolean {
  return Object.values(TRIAGE_CATEGORIES).includes(category);
}

/** "and 3 earlier changes", for an audit trail whose oldest events were dropped; empty when none were. */
export function earlierEventsWords(record: Pick<TriageRecord, 'earlierEvents'>): string {
  const n = record.earlierEvents ?? 0;
  if (n <= 0) return '';
  return n === 1 ? 'and 1 earlier change' : `and ${n} earlier changes`;
}

/**
 * What the referrer is told after a move, in plain English: the new state and what it means for them, with the
 * reason or question the decider gave. Never names anyone in the family: it is built from the record only.
 */
export function statusMessageText(record: TriageRecord, reference: string): string {
  const last = record.history[record.history.length - 1];
  const withdrawn = last?.by.role === 'referrer' && record.state === 'closed';
  const lines = [statusLine(record, reference, withdrawn, last?.from === 'more-information-requested')];
  if (record.state === 'declined' && record.declineReason) lines.push(`The reason given: ${record.declineReason}`);
  if (record.state === 'more-information-requested' && record.informationRequested)
    lines.push(`What the service needs to know: ${record.informationRequested}`);
  if (record.state === 'closed' && last?.reason && !withdrawn) lines.push(`The reason given: ${last.reason}`);
  lines.push(NEXT_STEP[record.state]);
  return lines.join('\n\n');
}

function statusLine(record: TriageRecord, reference: string, withdrawn: boolean, answered: boolean): string {
  if (withdrawn) return `Referral ${reference} has been withdrawn, as you asked.`;
  if (record.state === 'screening' && answered)
    return `Thank you for the information. The service is screening referral ${reference} again.`;
  return `Referral ${reference}: ${STATUS_LINE[record.state]}`;
}

const STATUS_LINE: Readonly<Record<TriageState, string>> = {
  received: 'the service has received it.',
  screening: 'the service has started screening it.',
  accepted: 'the service has accepted it.',
  allocated: 'the service has accepted it and allocated a worker.',
  'waiting-list': 'the service has accepted it and put it on its waiting list.',
  declined: 'the service has declined it.',
  'more-information-requested': 'the service needs more information before it can decide.',
  closed: 'the service has closed it.',
};

const NEXT_STEP: Readonly<Record<TriageState, string>> = {
  received: 'You do not need to do anything.',
  screening: 'You do not need to do anything yet. You will hear when the service decides.',
  accepted: 'A worker will be allocated and will contact the family.',
  allocated: 'The worker will contact the family.',
  'waiting-list': 'The service will contact the family when a place comes up.',
  declined: 'If you disagree with this decision, you can ask the service manager to look at it again.',
  'more-information-requested': 'Answer from My referrals in Referral Card, or contact the service.',
  closed: 'You do not need to do anything.',
};

const ACTOR_WORDS: Readonly<Record<Role, string>> = {
  'team-manager': 'Another team manager',
  'parenting-coordinator': 'Another parenting coordinator',
  'service-manager': 'The service manager',
  worker: 'A worker',
  referrer: 'The referrer',
  system: 'Referral Card',
};

/**
 * Why a decision was not saved because someone else's landed first: who (by role; the board adds the name it
 * knows), what the referral is now, and what to do. Graph has no If-Match on messages, so this is found by re-reading.
 */
export function conflictWords(current: TriageRecord, you: Actor): string {
  const last = current.history[current.history.length - 1];
  const who = !last ? 'Someone else' : last.by.id === you.id ? 'You, in another window,' : ACTOR_WORDS[last.by.role];
  return (
    `${who} changed this referral while you were deciding: it is now ${triageStateWords(current.state).toLowerCase()}. ` +
    'Your decision was not saved. Check the referral and decide again.'
  );
}

/** Why a referral whose stored status cannot be read is shown but not decided on. */
export const DAMAGED_RECORD_WORDS =
  'The stored status of this referral is damaged, so it cannot be changed here. Ask your IT service desk to repair it.';

/** Why a decision was not saved because someone else is saving one on the same referral at this moment. */
export const BUSY_WORDS =
  'Someone else is deciding this referral at this moment. Your decision was not saved. Wait a few seconds, then check the referral and decide again.';
