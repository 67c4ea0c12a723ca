// The details of filed referrals kept on this device, per signed-in person, so reopening My referrals downloads
// nothing again. A cache only: a record that does not check is read afresh; sign-out clears the person's records.
import { checkedDocument } from '../../../documents/filed-referral';
import type { DetailsCache, QuarantineReason, ReferralDetails } from '../../../graph';

import { openDb, personKey, transact } from './details-db';

export { DETAILS_DB_NAME, clearReferralDetails } from './details-db';

// Bumped when the shape of a kept record changes: an older record is read afresh, not misread.
const SHAPE = 1;

// Spelled out rather than imported, so the filing screen's duplicate check does not load the Graph client with it.
const REASONS: Readonly<Record<QuarantineReason, true>> = {
  missing: true,
  'too-large': true,
  'not-json': true,
  invalid: true,
};
const isReason = (r: unknown): r is QuarantineReason => typeof r === 'string' && Object.hasOwn(REASONS, r);

type Stored = { key: string; person: string; shape: number; details: unknown };

const keyOf = (person: string, messageId: string) => `${personKey(person)}|${messageId}`;

/** A kept record as details, checked again: a damaged or older record gives undefined (read afresh). */
export function detailsOf(raw: unknown): ReferralDetails | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { shape, details } = raw as Partial<Stored>;
  if (shape !== SHAPE || typeof details !== 'object' || details === null) return undefined;
  const d = details as Record<string, unknown>;
  if (d.ok === false) {
    const { reason, message } = d;
    return isReason(reason) && typeof message === 'string' ? { ok: false, reason, message } : undefined;
  }
  try {
    return { ok: true, document: checkedDocument(d.document) };
  } catch {
    return undefined;
  }
}

/** One person's kept details; without IndexedDB (blocked storage) it keeps nothing and every read downloads. */
export function indexedDbDetailsCache(idb: IDBFactory | undefined, person: string): DetailsCache {
  let db: Promise<IDBDatabase> | undefined;
  const database = () => (idb ? (db ??= openDb(idb)) : Promise.reject(new Error('no IndexedDB')));
  return {
    async get(messageIds) {
      const d = await database();
      const found = await transact(d, 'readonly', (store) => {
        const requests = messageIds.map((id) => [id, store.get(keyOf(person, id))] as const);
        return () => requests.map(([id, req]) => [id, detailsOf(req.result)] as const);
      });
      return new Map(found.flatMap(([id, details]) => (details ? [[id, details] as const] : [])));
    },
    async put(messageId, details) {
      const d = await database();
      const record: Stored = { key: keyOf(person, messageId), person: personKey(person), shape: SHAPE, details };
      await transact(d, 'readwrite', (store) => {
        store.put(record);
        return () => undefined;
      });
    },
  };
}
