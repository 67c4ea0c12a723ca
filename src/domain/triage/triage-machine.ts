import { actorSchema, roleSchema } from './role.schema';
import type { Actor, Role } from './role.schema';
import { triageMoveSchema, triageRecordSchema } from './triage-record.schema';
import type { TriageEvent, TriageMove, TriageRecord } from './triage-record.schema';
import { findTransition, triageStateSchema } from './triage-transitions';
import type { TriageState, TriageTransition } from './triage-transitions';

export type TriageErrorCode =
  | 'unknown-state'
  | 'unknown-role'
  | 'same-state'
  | 'not-a-move'
  | 'role-not-permitted'
  | 'invalid-record'
  | 'invalid-move'
  | 'invalid-actor'
  | 'invalid-time'
  | 'conflict'
  | 'reason-required'
  | 'worker-required'
  | 'question-required';

export type TriageRefusal = { ok: false; code: TriageErrorCode; message: string };

/** The most events a record's history keeps; older ones are counted in `earlierEvents`. */
export const TRIAGE_HISTORY_LIMIT = 100;

const STATE_LABELS: Record<TriageState, string> = {
  received: 'received',
  screening: 'screening',
  accepted: 'accepted',
  allocated: 'allocated',
  'waiting-list': 'on the waiting list',
  declined: 'declined',
  'more-information-requested': 'waiting for more information',
  closed: 'closed',
};

/** A new referral as it lands in the service mailbox: state `received`, version 0, no history. */
export function newTriageRecord(input: { referralId: string; serviceId?: string; receivedAt: Date }): TriageRecord {
  return {
    referralId: input.referralId,
    ...(input.serviceId === undefined ? {} : { serviceId: input.serviceId }),
    state: 'received',
    version: 0,
    receivedAt: input.receivedAt.toISOString(),
    history: [],
  };
}

/** Whether someone in `role` may move a referral from `from` to `to`. */
export function canTransition(
  from: TriageState,
  to: TriageState,
  role: Role,
): { ok: true; transition: TriageTransition } | TriageRefusal {
  if (!triageStateSchema.safeParse(from).success || !triageStateSchema.safeParse(to).success) {
    return refuse('unknown-state', 'That referral status is not one this service uses.');
  }
  if (!roleSchema.safeParse(role).success) return refuse('unknown-role', 'That role is not recognised.');
  if (from === to) return refuse('same-state', `The referral is already ${STATE_LABELS[to]}.`);
  const transition = findTransition(from, to);
  if (!transition) {
    return refuse(
      'not-a-move',
      from === 'closed'
        ? 'A closed referral cannot be changed.'
        : `A referral that is ${STATE_LABELS[from]} cannot be moved to ${STATE_LABELS[to]}.`,
    );
  }
  if (!transition.roles.includes(role)) {
    return refuse(
      'role-not-permitted',
      `Your role cannot move a referral from ${STATE_LABELS[from]} to ${STATE_LABELS[to]}.`,
    );
  }
  return { ok: true, transition };
}

/**
 * Applies a move made by `actor` at `at`. Refuses (never throws) when the record changed since the actor
 * read it (`conflict`: re-read and try again, as Graph has no If-Match on messages), when the move is not allowed for the role,
 * or when the move lacks what it requires. Returns a new record; the input is not changed.
 */
export function applyTransition(
  record: TriageRecord,
  move: TriageMove,
  actor: Actor,
  at: Date,
): { ok: true; record: TriageRecord; transition: TriageTransition } | TriageRefusal {
  const parsedRecord = triageRecordSchema.safeParse(record);
  if (!parsedRecord.success)
    return refuse('invalid-record', 'The stored referral status is damaged and cannot be changed here.');
  const parsedMove = triageMoveSchema.safeParse(move);
  if (!parsedMove.success) return refuse('invalid-move', 'The requested change is not valid.');
  const parsedActor = actorSchema.safeParse(actor);
  if (!parsedActor.success) return refuse('invalid-actor', 'We could not tell who is making this change.');
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    return refuse('invalid-time', 'The time of the change is not valid.');

  const current = parsedRecord.data;
  const m = parsedMove.data;
  const by = parsedActor.data;
  if (m.expectedVersion !== current.version) {
    return refuse('conflict', 'Someone else changed this referral since you opened it. Reload it and try again.');
  }
  const allowed = canTransition(current.state, m.to, by.role);
  if (!allowed.ok) return allowed;
  const { transition } = allowed;

  const reason = clean(m.reason);
  const workerId = clean(m.workerId);
  const question = clean(m.question);
  if (transition.requires.includes('reason') && !reason)
    return refuse('reason-required', 'Give a reason for this decision.');
  if (transition.requires.includes('worker') && !workerId)
    return refuse('worker-required', 'Choose the worker to allocate.');
  if (transition.requires.includes('question') && !question)
    return refuse('question-required', 'Say what information is needed.');

  const version = current.version + 1;
  const when = at.toISOString();
  const note = clean(m.note);
  const event: TriageEvent = {
    from: current.state,
    to: m.to,
    at: when,
    by,
    version,
    ...(reason && transition.requires.includes('reason') ? { reason } : {}),
    ...(workerId && transition.requires.includes('worker') ? { workerId } : {}),
    ...(question && transition.requires.includes('question') ? { question } : {}),
    ...(note ? { note } : {}),
    ...(m.priority ? { priority: m.priority } : {}),
  };

  // Fields describe the current state; the history keeps every earlier value.
  const { declineReason: _d, informationRequested: _i, ...rest } = current;
  const next: TriageRecord = {
    ...rest,
    state: m.to,
    version,
    ...(m.to === 'allocated' && workerId ? { allocatedTo: workerId, allocatedAt: when } : {}),
    ...(m.to === 'declined' && reason ? { declineReason: reason } : {}),
    ...(m.to === 'more-information-requested' && question ? { informationRequested: question } : {}),
    ...(m.priority ? { priority: m.priority } : {}),
    history: [...current.history, event],
  };
  return { ok: true, record: boundedHistory(next), transition };
}

/**
 * Keeps the newest TRIAGE_HISTORY_LIMIT events: the record lives on a message, so its audit trail cannot grow
 * without bound. Dropped events are counted, and the first time each state was reached is kept for deadlines.
 */
export function boundedHistory(record: TriageRecord, limit = TRIAGE_HISTORY_LIMIT): TriageRecord {
  const keep = Math.max(1, Math.floor(limit));
  const drop = record.history.length - keep;
  if (drop <= 0) return record;
  const firstReachedAt: Partial<Record<TriageState, string>> = { ...record.firstReachedAt };
  for (const e of record.history.slice(0, drop)) {
    const known = firstReachedAt[e.to];
    if (known === undefined || Date.parse(e.at) < Date.parse(known)) firstReachedAt[e.to] = e.at;
  }
  return {
    ...record,
    earlierEvents: (record.earlierEvents ?? 0) + drop,
    firstReachedAt,
    history: record.history.slice(drop),
  };
}

/** Whether the referrer may still withdraw a referral in this state. */
export function canWithdraw(state: TriageState): boolean {
  return canTransition(state, 'closed', 'referrer').ok;
}

function clean(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

function refuse(code: TriageErrorCode, message: string): TriageRefusal {
  return { ok: false, code, message };
}
