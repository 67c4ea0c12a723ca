import type { FiledReferral } from '../../domain';
import type { GraphGateway } from '../gateway/graph-gateway';
import {
  readReferralDocument,
  type MailboxRef,
  type QuarantineReason,
} from '../referral-document/read-referral-document';

// The details of filed referrals (their referral.json) for a list: read once per message and kept, because each read
// is a download. Only what the caller asks for (the entries on screen) is read, a few at a time.

/** What a message's referral.json gave: the checked document, or why it was quarantined. Kept once read. */
export type ReferralDetails =
  | { readonly ok: true; readonly document: FiledReferral }
  | { readonly ok: false; readonly reason: QuarantineReason; readonly message: string };

/** A message's details, or `unavailable` when Graph could not be reached this time (not kept: tried again later). */
export type DetailsResult =
  ReferralDetails | { readonly ok: false; readonly reason: 'unavailable'; readonly error: unknown };

/** Where read details are kept between opens. A cache only: a read or write that fails means "read again". */
export interface DetailsCache {
  /** The kept details of those of `messageIds` that are kept. */
  get(messageIds: readonly string[]): Promise<ReadonlyMap<string, ReferralDetails>>;
  put(messageId: string, details: ReferralDetails): Promise<void>;
}

export type ReadDetailsOptions = {
  readonly mailbox?: MailboxRef;
  /** Downloads at once; Graph allows four concurrent requests per mailbox. */
  readonly concurrency?: number;
  readonly onRead?: (messageId: string, result: DetailsResult) => void;
};

async function keptIn(cache: DetailsCache, ids: readonly string[]): Promise<ReadonlyMap<string, ReferralDetails>> {
  try {
    return await cache.get(ids);
  } catch {
    return new Map();
  }
}

/** The details of each message: kept ones from the cache, the rest downloaded, checked and kept. Never rejects. */
export async function readDetails(
  gateway: Pick<GraphGateway, 'client'>,
  messageIds: readonly string[],
  cache: DetailsCache,
  options: ReadDetailsOptions = {},
): Promise<Map<string, DetailsResult>> {
  const unique = [...new Set(messageIds)];
  const kept = await keptIn(cache, unique);
  const results = new Map<string, DetailsResult>(kept);
  const toRead = unique.filter((id) => !kept.has(id));
  const readOne = async (id: string) => {
    let result: DetailsResult;
    try {
      const read = await readReferralDocument(gateway, options.mailbox ?? 'me', id);
      result = read.ok ? { ok: true, document: read.document } : read;
      await cache.put(id, result).catch(() => undefined);
    } catch (error) {
      result = { ok: false, reason: 'unavailable', error };
    }
    results.set(id, result);
    options.onRead?.(id, result);
  };
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, async () => {
    for (let id = toRead.shift(); id !== undefined; id = toRead.shift()) await readOne(id);
  });
  await Promise.all(workers);
  return results;
}
