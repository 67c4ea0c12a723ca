import { z } from 'zod';
import type { Role } from './role.schema';

// The referral lifecycle: received → screening → a decision → closed.
export const TRIAGE_STATES = [
  'received',
  'screening',
  'accepted',
  'allocated',
  'waiting-list',
  'declined',
  'more-information-requested',
  'closed',
] as const;
export const triageStateSchema = z.enum(TRIAGE_STATES);
export type TriageState = z.infer<typeof triageStateSchema>;

/** What a move must carry: a reason (decline, close), the worker (allocate), the question (more information). */
export type TriageRequirement = 'reason' | 'worker' | 'question';
/** Who should hear about the move (the bot sends the message; the domain only says who). */
export type TriageNotifyTarget = 'referrer' | 'lead-professional';

export type TriageTransition = {
  readonly from: TriageState;
  readonly to: TriageState;
  readonly roles: readonly Role[];
  readonly requires: readonly TriageRequirement[];
  readonly notify: readonly TriageNotifyTarget[];
  readonly why: string;
};

const SEED = '002_8658fb43c2b96107.txt';
/** Where the rules below come from. */
export const TRIAGE_CITATIONS = Object.freeze({
  screening: { seed: SEED, section: '15 Intervention Team Quality Standards' },
  allocation: { seed: SEED, section: '4 Allocation of GFPO Referrals' },
  waitingList: { seed: SEED, section: '6 Prioritisation of Referrals and Waiting Lists' },
  disputes: { seed: SEED, section: '19 Dispute resolution' },
  closure: {
    seed: SEED,
    section: '20 Family and Parenting Team Case Closure when it has not be possible to engage the family.',
  },
});

// GFPO §15: screening, acceptance, allocation and waiting-list decisions belong to the team manager or
// parenting coordinator. The system (the bot) never screens or decides: it may only return a referral to
// screening when the information asked for arrives, and file away a decline once the referrer is told.
const DECIDERS: readonly Role[] = ['team-manager', 'parenting-coordinator'];
// The referrer may withdraw a referral that is still open; it closes, with their reason.
const DECIDERS_OR_REFERRER: readonly Role[] = [...DECIDERS, 'referrer'];
// The referrer hears of every move but the filing of a decline they were already told about.
const REFERRER: readonly TriageNotifyTarget[] = ['referrer'];
const REFERRER_AND_LEAD: readonly TriageNotifyTarget[] = ['referrer', 'lead-professional'];

const t = (
  from: TriageState,
  to: TriageState,
  roles: readonly Role[],
  why: string,
  requires: readonly TriageRequirement[] = [],
  notify: readonly TriageNotifyTarget[] = REFERRER,
): TriageTransition => Object.freeze({ from, to, roles, requires, notify, why });

/** Every allowed move, in one table. Anything not listed is refused. */
export const TRIAGE_TRANSITIONS: readonly TriageTransition[] = Object.freeze([
  t('received', 'screening', DECIDERS, 'A team manager or parenting coordinator starts screening the referral.'),
  t('received', 'closed', ['referrer'], 'The referrer withdraws the referral before screening.', ['reason']),
  t('screening', 'accepted', DECIDERS, 'The referral meets the criteria; a worker will be allocated later.'),
  t('screening', 'allocated', DECIDERS, 'The referral is accepted and given to a worker.', ['worker']),
  t('screening', 'waiting-list', DECIDERS, 'The referral is accepted but waits for a place.', [], REFERRER_AND_LEAD),
  t('screening', 'declined', DECIDERS, 'The referral is declined, with the reason.', ['reason']),
  t('screening', 'more-information-requested', DECIDERS, 'Screening needs facts the referral does not give.', [
    'question',
  ]),
  t('screening', 'closed', ['referrer'], 'The referrer withdraws the referral during screening.', ['reason']),
  t(
    'more-information-requested',
    'screening',
    [...DECIDERS, 'referrer', 'system'],
    'The information asked for has arrived.',
  ),
  t(
    'more-information-requested',
    'declined',
    DECIDERS,
    'The information did not come or does not support the referral.',
    ['reason'],
  ),
  t('more-information-requested', 'closed', DECIDERS_OR_REFERRER, 'The referral is withdrawn or abandoned.', [
    'reason',
  ]),
  t('accepted', 'allocated', DECIDERS, 'A worker is allocated.', ['worker']),
  t('accepted', 'waiting-list', DECIDERS, 'No worker is free yet.', [], REFERRER_AND_LEAD),
  t('accepted', 'closed', DECIDERS_OR_REFERRER, 'The family no longer needs or wants the service.', ['reason']),
  t('waiting-list', 'allocated', DECIDERS, 'A place has come up and a worker is allocated.', ['worker']),
  t('waiting-list', 'closed', DECIDERS_OR_REFERRER, 'The family left the waiting list.', ['reason']),
  t('allocated', 'closed', DECIDERS_OR_REFERRER, 'The work has ended, or the family could not be engaged (GFPO §20).', [
    'reason',
  ]),
  t(
    'declined',
    'closed',
    [...DECIDERS, 'system'],
    'The decline has been communicated and the record is filed.',
    [],
    [],
  ),
  t(
    'declined',
    'screening',
    ['service-manager'],
    'A dispute about the decline is upheld (GFPO §19) and screening reopens.',
    ['reason'],
  ),
]);

const byKey = new Map(TRIAGE_TRANSITIONS.map((tr) => [`${tr.from}>${tr.to}`, tr]));

export function findTransition(from: TriageState, to: TriageState): TriageTransition | undefined {
  return byKey.get(`${from}>${to}`);
}

/** The moves open from `from` to someone in `role` (for showing the right buttons). */
export function movesFrom(from: TriageState, role: Role): TriageTransition[] {
  return TRIAGE_TRANSITIONS.filter((tr) => tr.from === from && tr.roles.includes(role));
}
