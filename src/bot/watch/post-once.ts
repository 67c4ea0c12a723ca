import type { AdaptiveCard } from '../../cards';
import { isStorageConflict, readOne, wroteFirst, type BotStorage } from '../storage/bot-storage';
import type { ChannelPort } from '../teams/channel-port';
import type { TriageRow } from '../triage/triage-port';
import { cardKey, isPosted, type CardRecord, type PostedRecord } from './card-records';

export type PostOnceDeps = {
  readonly storage: BotStorage;
  readonly channel: ChannelPort;
  readonly instanceId: string;
  readonly now: () => Date;
  /** A claim older than this was left by an instance that died before posting; another may take it over. */
  readonly staleClaimMs: number;
};

type Where = { teamId: string; channelId: string };

/** Takes over a stale claim with an eTag-checked write; undefined when another instance got there first. */
async function takeOver(deps: PostOnceDeps, key: string, stale: CardRecord): Promise<string | undefined> {
  const mine = { ...stale, owner: deps.instanceId, claimedAt: deps.now().toISOString() };
  if (!(await wroteFirst(deps.storage, key, mine))) return undefined;
  const now = await readOne<CardRecord>(deps.storage, key);
  return now?.owner === deps.instanceId ? now.eTag : undefined;
}

/** The claim's eTag if this instance may post the card now; otherwise the record as it stands. */
async function claim(
  deps: PostOnceDeps,
  key: string,
  fresh: CardRecord,
): Promise<{ eTag: string } | { record: CardRecord | undefined }> {
  try {
    return { eTag: await deps.storage.create(key, fresh) };
  } catch (error) {
    if (!isStorageConflict(error)) throw error;
  }
  const existing = await readOne<CardRecord>(deps.storage, key);
  const age = existing ? deps.now().getTime() - Date.parse(existing.claimedAt) : 0;
  if (existing?.status === 'posting' && !(age < deps.staleClaimMs)) {
    const eTag = await takeOver(deps, key, existing);
    if (eTag) return { eTag };
  }
  return { record: existing };
}

/**
 * Posts the referral's card unless any instance already has: the claim (an atomic create in the shared store) comes
 * before the post, so two instances, or one restarted, never post the same referral twice. Returns the card's
 * record once posted (by anyone), or undefined while another instance is posting it.
 */
export async function postOnce(
  deps: PostOnceDeps,
  row: TriageRow,
  where: Where,
  card: AdaptiveCard,
): Promise<PostedRecord | undefined> {
  const key = cardKey(row.mailbox, row.referralId);
  const fresh: CardRecord = {
    mailbox: row.mailbox,
    referralId: row.referralId,
    messageId: row.messageId,
    channelId: where.channelId,
    status: 'posting',
    owner: deps.instanceId,
    claimedAt: deps.now().toISOString(),
  };
  const claimed = await claim(deps, key, fresh);
  if ('record' in claimed) return isPosted(claimed.record) ? claimed.record : undefined;
  // A failed post leaves the claim to go stale, so the card is tried again later (by any instance).
  const posted = await deps.channel.postCard(where, card);
  const drawnVersion = row.triage.version;
  const record = { ...fresh, ...posted, status: 'posted', claimedAt: deps.now().toISOString(), drawnVersion } as const;
  await deps.storage.write({ [key]: { ...record, eTag: claimed.eTag } });
  return record as PostedRecord;
}
