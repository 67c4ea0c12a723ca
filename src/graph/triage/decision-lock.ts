import type { SingleValueExtendedProperty } from '../dto';
import { toGraphFailure } from '../errors/to-graph-failure';
import { expandProperties, readReferralProperties, REFERRAL_PROPERTY_IDS } from '../filing/referral-properties';
import { mailboxRoot, type Gateway } from './read-row';

// Graph has no If-Match on messages, and a PATCH simply overwrites: read → write → read back still lets two deciders
// both see their own write (one lands just after the other's check). So the right to write version v is won first,
// with a splitter (Moir and Anderson, "Wait-free algorithms for fast, long-lived renaming", 1995) over two
// single-value properties: claim := me; if the door is shut, lose; shut the door; win if the claim is still mine.
// At most one decider wins a round; when contention leaves no winner, a later round is tried, first by the one decider
// whose claim was written last (decide.ts), so that the same two do not meet again. Rounds take the three claim/door
// pairs in turn; a door holds "version.round", so an old round's door never shuts a newer one.

const P = REFERRAL_PROPERTY_IDS;
const PAIRS = [
  { claim: 'claim0', door: 'door0' },
  { claim: 'claim1', door: 'door1' },
  { claim: 'claim2', door: 'door2' },
] as const;
type LockKey = (typeof PAIRS)[number]['claim' | 'door'];

export const LOCK_EXPAND_IDS: readonly string[] = PAIRS.flatMap((p) => [P[p.claim], P[p.door]]);

/** The lock's properties as read (claims "version.round nonce", doors "version.round"). */
export type LockState = Partial<Record<LockKey, string>>;

export function lockStateOf(props: readonly SingleValueExtendedProperty[] | undefined): LockState {
  return readReferralProperties(props);
}

// "7.2" → [7, 2]; anything else is a door never shut.
function doorOf(value: string | undefined): [number, number] {
  const m = /^(\d{1,9})\.(\d{1,9})$/.exec(value ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, -1];
}

/** The next round to run for `version`: 0 when no round has been shut for it yet. */
export function nextRound(lock: LockState, version: number): number {
  const shut = PAIRS.map((p) => doorOf(lock[p.door])).filter(([v]) => v === version);
  return shut.length === 0 ? 0 : Math.max(...shut.map(([, r]) => r)) + 1;
}

async function readLock(g: Gateway, messagePath: string, mailbox: string): Promise<LockState> {
  try {
    const item = (await g.client
      .api(messagePath)
      .select('id')
      .expand(expandProperties(...LOCK_EXPAND_IDS))
      .get()) as { singleValueExtendedProperties?: SingleValueExtendedProperty[] };
    return lockStateOf(item.singleValueExtendedProperties);
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

/** Whether `claim` is still the last one written in round `round`: the same two deciders are not to meet again. */
export function holdsClaim(lock: LockState, round: number, claim: string): boolean {
  const pair = PAIRS[round % PAIRS.length];
  return !!pair && lock[pair.claim] === claim;
}

/** Runs round `round` of the splitter for `version`; won when this caller (and no one else) may write it. */
export async function winRound(
  g: Gateway,
  mailbox: string,
  messageId: string,
  version: number,
  round: number,
): Promise<RoundOutcome> {
  const pair = PAIRS[round % PAIRS.length];
  if (!pair) return { won: false, claim: '' };
  const path = `${mailboxRoot(mailbox)}/messages/${encodeURIComponent(messageId)}`;
  const mine = `${version}.${round} ${globalThis.crypto.randomUUID()}`;
  await write(g, path, mailbox, P[pair.claim], mine);
  const [doorVersion, doorRound] = doorOf((await readLock(g, path, mailbox))[pair.door]);
  if (doorVersion > version || (doorVersion === version && doorRound >= round)) return { won: false, claim: mine };
  await write(g, path, mailbox, P[pair.door], `${version}.${round}`);
  const lock = await readLock(g, path, mailbox);
  // A later round already started means this one was given up for lost: its winner must not write after all.
  const won = lock[pair.claim] === mine && nextRound(lock, version) === round + 1;
  return won ? { won } : { won, claim: mine };
}
