import type { AdaptiveCard } from '../../cards';
import { readOne, wroteFirst, type BotStorage } from '../storage/bot-storage';
import type { TriageRow } from '../triage/triage-port';
import { cardKey, isPosted, type CardRecord, type PostedRecord } from './card-records';
import type { PostOnceDeps } from './post-once';

/** What a redraw came to, with the card's record as this instance now knows it. */
export type Redrawn = {
  /** `redrawn` by this call; `current` when the card already shows this version; `busy` while another redraws it. */
  readonly outcome: 'redrawn' | 'current' | 'busy';
  readonly record: PostedRecord;
};

// A lost race here only means someone else wrote the record between our read and write: read it again.
const NOTE_ATTEMPTS = 3;

/**
 * Writes down that the channel's card now shows `version`, and drops `owner`'s redraw claim (another instance's
 * stays). The last drawing wins on the record as it did in the channel, so one that raced with a newer one sets the
 * older version and the card is redrawn once more, never left behind. Undefined when the record is gone or stayed
 * contested (its claim then goes stale and the card is redrawn later).
 */
export async function noteDrawn(
  storage: BotStorage,
  key: string,
  version: number,
  owner?: string,
): Promise<PostedRecord | undefined> {
  for (let attempt = 0; attempt < NOTE_ATTEMPTS; attempt += 1) {
    const stored = await readOne<CardRecord>(storage, key);
    if (!isPosted(stored)) return undefined;
    const { redrawing, ...rest } = stored;
    const next = { ...rest, drawnVersion: version, ...(redrawing && redrawing.owner !== owner ? { redrawing } : {}) };
    // It keeps the eTag it was read with: a write made from it later is checked, and loses, as it should.
    if (await wroteFirst(storage, key, next)) return next;
  }
  return undefined;
}

/**
 * Redraws a posted card drawn for an older triage version than the referral's (or for an unknown one), unless any
 * instance already has: the claim (an eTag-checked write of the shared record) comes before the update, so two
 * instances, or one restarted, redraw a card once per change. Undefined when no card was posted for the referral.
 */
export async function redrawOnce(
  deps: PostOnceDeps,
  row: TriageRow,
  draw: () => Promise<AdaptiveCard>,
): Promise<Redrawn | undefined> {
  const key = cardKey(row.mailbox, row.referralId);
  const stored = await readOne<CardRecord>(deps.storage, key);
  if (!isPosted(stored)) return undefined;
  const version = row.triage.version;
  if (stored.drawnVersion === version) return { outcome: 'current', record: stored };
  const claim = stored.redrawing;
  // A claim with an unreadable time counts as stale: it can hold nothing up.
  if (claim && deps.now().getTime() - Date.parse(claim.at) < deps.staleClaimMs)
    return { outcome: 'busy', record: stored };
  const redrawing = { version, owner: deps.instanceId, at: deps.now().toISOString() };
  if (!(await wroteFirst(deps.storage, key, { ...stored, redrawing }))) return { outcome: 'busy', record: stored };
  // A failed update leaves the claim to go stale, so the card is tried again later (by any instance).
  await deps.channel.updateCard(stored, await draw());
  const noted = await noteDrawn(deps.storage, key, version, deps.instanceId);
  return { outcome: 'redrawn', record: noted ?? { ...stored, drawnVersion: version } };
}
