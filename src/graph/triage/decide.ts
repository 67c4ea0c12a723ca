import {
  applyTransition,
  BUSY_WORDS,
  categoryFor,
  conflictWords,
  DAMAGED_RECORD_WORDS,
  isTriageCategory,
  type Actor,
  type TriageErrorCode,
  type TriageEvent,
  type TriageMove,
  type TriageRecord,
  type TriageTransition,
} from '../../domain';
import { isGraphFailure } from '../errors/graph-failure';
import { toGraphFailure } from '../errors/to-graph-failure';
import { sendAllocationNotice } from './allocation-notice';
import type { BoardRow } from './board-row';
import { lockIds, lockStateOf, nextRound, TRIAGE_LOCK, Turns, winRound } from './decision-lock';
import { mailboxRoot, readForDecision, readRow, type Gateway } from './read-row';
import { sendStatusMessage } from './status-message';
import { triageProperties } from './triage-properties';

export type DecisionInput = {
  mailbox: string;
  messageId: string;
  move: TriageMove;
  actor: Actor;
  now: Date;
  /** The status message's text for the referrer; by default the words for the new state. */
  statusText?: string;
  /**
   * Where the allocated worker's address comes from; by default the directory (`GET /users/{id}`). The bot passes
   * its team's roster instead: its application permissions do not include reading people's profiles.
   */
  addressOf?: (userId: string) => Promise<string | undefined>;
};

export type DecisionOutcome =
  | { ok: true; row: BoardRow; statusMessageSent: boolean; allocationNoticeSent?: boolean }
  | { ok: false; code: TriageErrorCode | 'conflict'; message: string; current?: BoardRow; changedBy?: Actor };

// A lock round shut for this version with no decision written: someone is writing it now, or contention left no
// winner. After this long without a change to the message, the next round may be tried.
const STALE_LOCK_MS = 10_000;
// How long a loser waits for the winner's decision to appear, before taking it that nobody won.
const WINNER_WAITS_MS = [100, 200, 400, 800];
// Rounds tried in one call before the decider is told to try again in a moment.
const ATTEMPTS = 3;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Records a decision on the referral message: re-read → the state machine → win the right to write this version
 * (decision-lock.ts) → PATCH the properties and the state's category → re-read to confirm. Graph has no If-Match on
 * messages; the lock makes sure two deciders at once cannot both write, and the loser is told who changed the
 * referral and what it is now (`conflict`), never overwritten in silence. Then, if the move tells the referrer, the
 * status message goes from the shared mailbox. Refusals are outcomes with words; Graph failures (no access,
 * throttling, offline) are thrown as GraphFailure.
 */
export async function decide(g: Gateway, input: DecisionInput): Promise<DecisionOutcome> {
  const { mailbox, messageId, actor } = input;
  const turns = new Turns(TRIAGE_LOCK);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = await readForDecision(g, mailbox, messageId, lockIds(TRIAGE_LOCK));
    if (before.row.triageDamaged)
      return { ok: false, code: 'invalid-record', message: DAMAGED_RECORD_WORDS, current: before.row };
    const applied = applyTransition(before.row.triage, input.move, actor, input.now);
    if (!applied.ok) {
      if (applied.code === 'conflict') return conflict(before.row, actor);
      return { ok: false, code: applied.code, message: applied.message, current: before.row };
    }
    const { version } = applied.record;
    const lock = lockStateOf(TRIAGE_LOCK, before.properties);
    const round = nextRound(lock, version);
    const stale = input.now.getTime() - before.lastModifiedAt > STALE_LOCK_MS;
    const mayRun = turns.mayRun(lock, round) || stale;
    if (mayRun) {
      const outcome = await winRound(g, TRIAGE_LOCK, { mailbox, messageId }, version, round);
      if (outcome.won) return recorded(g, input, applied, before.categories);
      turns.ranAndLost(round, outcome);
    }
    const settled = await waitForVersion(g, mailbox, messageId, version);
    if (settled.triage.version >= version) return conflict(settled, actor);
    if (!mayRun) turns.waitedThrough(round);
  }
  return busy(await readRow(g, mailbox, messageId));
}

async function waitForVersion(g: Gateway, mailbox: string, messageId: string, version: number): Promise<BoardRow> {
  let row = await readRow(g, mailbox, messageId);
  for (const ms of WINNER_WAITS_MS) {
    if (row.triage.version >= version) break;
    await sleep(ms);
    row = await readRow(g, mailbox, messageId);
  }
  return row;
}

/** The lock is won: write, read back, and tell the referrer if the move says so. */
async function recorded(
  g: Gateway,
  input: DecisionInput,
  applied: { record: TriageRecord; transition: TriageTransition },
  categories: readonly string[],
): Promise<DecisionOutcome> {
  const { mailbox, messageId } = input;
  await writeTriage(g, mailbox, messageId, applied.record, categories);
  const after = await readRow(g, mailbox, messageId);
  if (!isOurs(after.triage, lastEvent(applied.record))) return conflict(after, input.actor);
  const statusMessageSent =
    applied.transition.notify.includes('referrer') &&
    !!after.referrer.address &&
    (await sent(() => sendStatusMessage(g, after, input.statusText)));
  if (input.move.to !== 'allocated') return { ok: true, row: after, statusMessageSent };
  const allocationNoticeSent = await sent(() => sendAllocationNotice(g, after, input.addressOf));
  return { ok: true, row: after, statusMessageSent, allocationNoticeSent };
}

function busy(current: BoardRow): DecisionOutcome {
  return { ok: false, code: 'conflict', message: BUSY_WORDS, current };
}

function conflict(current: BoardRow, you: Actor): DecisionOutcome {
  const last = lastEvent(current.triage);
  return {
    ok: false,
    code: 'conflict',
    message: conflictWords(current.triage, you),
    current,
    ...(last ? { changedBy: last.by } : {}),
  };
}

const lastEvent = (r: TriageRecord): TriageEvent | undefined => r.history[r.history.length - 1];

function isOurs(stored: TriageRecord, ours: TriageEvent | undefined): boolean {
  const last = lastEvent(stored);
  return (
    !!ours &&
    !!last &&
    stored.version === ours.version &&
    last.version === ours.version &&
    last.at === ours.at &&
    last.to === ours.to &&
    last.by.id === ours.by.id &&
    last.by.role === ours.by.role
  );
}

/** PATCHes the triage properties and swaps our state category, keeping the mailbox users' own categories. */
export async function writeTriage(
  g: Gateway,
  mailbox: string,
  messageId: string,
  record: TriageRecord,
  categories: readonly string[],
): Promise<void> {
  const body = {
    singleValueExtendedProperties: triageProperties(record),
    categories: [...categories.filter((c) => !isTriageCategory(c)), categoryFor(record.state)],
  };
  try {
    await g.client.api(`${mailboxRoot(mailbox)}/messages/${encodeURIComponent(messageId)}`).patch(body);
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}

// The decision stands whether or not a message goes: the caller sees which went and may send one again.
async function sent(send: () => Promise<unknown>): Promise<boolean> {
  try {
    return (await send()) !== false;
  } catch (error) {
    if (isGraphFailure(error)) return false;
    throw error;
  }
}
