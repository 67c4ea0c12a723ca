import type { SingleValueExtendedProperty } from '../dto';
import { toGraphFailure } from '../errors/to-graph-failure';
import { expandProperties, propertyValue, REFERRAL_PROPERTY_IDS } from '../filing/referral-properties';
import { mailboxRoot, type Gateway } from './read-row';

// Graph has no If-Match on messages, and a PATCH simply overwrites: read → write → read back still lets two deciders
// both see their own write (one lands just after the other's check). So the right to write version v is won first,
// with a splitter (Moir and Anderson, "Wait-free algorithms for fast, long-lived renaming", 1995) over two
// single-value properties: claim := me; if the door is shut, lose; shut the door; win if the claim is still mine.
// At most one decider wins a round. When contention leaves no winner, the next round is run at once only by the
// decider whose claim was written last (`Turns`), so the same two do not meet again. Rounds take a lock's claim/door
// pairs in turn; a door holds "version.round", so an old round's door never shuts a newer one. Triage decisions and
// intervention plans (src/graph/extension/plan-store.ts) each have a lock of their own.

/** A write lock: the claim and door properties (their ids) that rounds take in turn. */
export type WriteLock = readonly { readonly claim: string; readonly door: string }[];

const P = REFERRAL_PROPERTY_IDS;
/** The lock on a referral's triage record. */
export const TRIAGE_LOCK: WriteLock = [
  { claim: P.claim0, door: P.door0 },
  { claim: P.claim1, door: P.door1 },
  { claim: P.claim2, door: P.door2 },
];

/** The properties to read with a message to know where its lock stands. */
export const lockIds = (lock: WriteLock): string[] => lock.flatMap((p) => [p.claim, p.door]);

/** A lock as read: each pair's claim ("version.round nonce") and door ("version.round"). */
export type LockState = {
  readonly claims: readonly (string | undefined)[];
  readonly doors: readonly (string | undefined)[];
};

export function lockStateOf(lock: WriteLock, props: readonly SingleValueExtendedProperty[] | undefined): LockState {
  return {
    claims: lock.map((p) => propertyValue(props, p.claim)),
    doors: lock.map((p) => propertyValue(props, p.door)),
  };
}

// "7.2" → [7, 2]; anything else is a door never shut.
function doorOf(value: string | undefined): [number, number] {
  const m = /^(\d{1,9})\.(\d{1,9})$/.exec(value ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, -1];
}

/** The next round to run for `version`: 0 when no round has been shut for it yet. */
export function nextRound(state: LockState, version: number): number {
  const shut = state.doors.map(doorOf).filter(([v]) => v === version);
  return shut.length === 0 ? 0 : Math.max(...shut.map(([, r]) => r)) + 1;
}

async function readLock(g: Gateway, lock: WriteLock, messagePath: string, mailbox: string): Promise<LockState> {
  try {
    const item = (await g.client
      .api(messagePath)
      .select('id')
      .expand(expandProperties(...lockIds(lock)))
      .get()) as { singleValueExtendedProperties?: SingleValueExtendedProperty[] };
    return lockStateOf(lock, item.singleValueExtendedProperties);
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}

async function write(g: Gateway, messagePath: string, mailbox: string, id: string, value: string): Promise<void> {
  try {
    await g.client.api(messagePath).patch({ singleValueExtendedProperties: [{ id, value }] });
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}

/** What one round came to for its caller: the right to write, or the claim it wrote and lost with. */
export type RoundOutcome = { won: true } | { won: false; claim: string };

/** Runs round `round` of the splitter for `version`; won when this caller (and no one else) may write it. */
export async function winRound(
  g: Gateway,
  lock: WriteLock,
  where: { mailbox: string; messageId: string },
  version: number,
  round: number,
): Promise<RoundOutcome> {
  const at = round % lock.length;
  const pair = lock[at];
  if (!pair) throw new Error('a write lock needs a claim and a door');
  const { mailbox } = where;
  const path = `${mailboxRoot(mailbox)}/messages/${encodeURIComponent(where.messageId)}`;
  const mine = `${version}.${round} ${globalThis.crypto.randomUUID()}`;
  await write(g, path, mailbox, pair.claim, mine);
  const [doorVersion, doorRound] = doorOf((await readLock(g, lock, path, mailbox)).doors[at]);
  if (doorVersion > version || (doorVersion === version && doorRound >= round)) return { won: false, claim: mine };
  await write(g, path, mailbox, pair.door, `${version}.${round}`);
  const state = await readLock(g, lock, path, mailbox);
  // A later round already started means this one was given up for lost: its winner must not write after all.
  const won = state.claims[at] === mine && nextRound(state, version) === round + 1;
  return won ? { won } : { won, claim: mine };
}

/**
 * One caller's turns at a lock, over the attempts of one save. Round 0 is open to all. A round after one that ended
 * with no winner is run at once only by the caller whose claim in that round was written last (one caller, so two
 * who both lost do not meet again); anyone else runs it after waiting through it once with nothing written, in case
 * that caller has gone.
 */
export class Turns {
  private lost: { round: number; claim: string } | undefined;
  private waited = -1;

  constructor(private readonly lock: WriteLock) {}

  /** Whether this caller may run `round` now, the lock being as read. */
  mayRun(state: LockState, round: number): boolean {
    if (round === 0 || this.waited === round) return true;
    const last = this.lost;
    return last?.round === round - 1 && state.claims[last.round % this.lock.length] === last.claim;
  }

  /** This caller ran `round` and did not win it. */
  ranAndLost(round: number, outcome: { claim: string }): void {
    this.lost = { round, claim: outcome.claim };
  }

  /** This caller waited through `round` without running it, and nothing was written. */
  waitedThrough(round: number): void {
    this.waited = round;
  }
}
