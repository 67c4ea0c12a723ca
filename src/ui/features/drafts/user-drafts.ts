// The drafts one person keeps on this device, for signing out of a shared computer. A draft is theirs when its
// referrer's email is their sign-in's: the card fills it in from the sign-in, so every draft they started carries it.
import { isRecord } from '../../../domain';
import type { Draft } from '../../state/draft';
import { DRAFTS_DB_NAME } from './draft-keeper';
import { openDraftStore } from './draft-store';
import type { DraftStore } from './draft-store';
import type { DraftSummary } from './draft-summary';
import { clearRescueCopy, readRescueCopy } from './rescue-copy';

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** True when the draft was written by the person signed in with `email`. */
export function isDraftOf(draft: Draft, email: string): boolean {
  const referrer = draft.referral.referrer;
  return isRecord(referrer) && typeof referrer.email === 'string' && sameEmail(referrer.email, email);
}

async function withStore<T>(factory: IDBFactory, body: (store: DraftStore) => Promise<T>): Promise<T> {
  const store = await openDraftStore(factory, DRAFTS_DB_NAME);
  try {
    return await body(store);
  } finally {
    store.close();
  }
}

async function ownedIn(store: DraftStore, email: string): Promise<DraftSummary[]> {
  const mine: DraftSummary[] = [];
  for (const summary of await store.list()) {
    const draft = await store.get(summary.id);
    if (draft && isDraftOf(draft, email)) mine.push(summary);
  }
  return mine;
}

/** The drafts on this device written by `email`, newest first; rejects with a DraftStoreError (words). */
export function draftsOf(factory: IDBFactory, email: string): Promise<DraftSummary[]> {
  return withStore(factory, (store) => ownedIn(store, email));
}

/** Deletes the drafts on this device written by `email`, and the copy kept when the pane last closed if it is theirs. */
export function removeDraftsOf(factory: IDBFactory, email: string): Promise<number> {
  return withStore(factory, async (store) => {
    const mine = await ownedIn(store, email);
    for (const { id } of mine) await store.remove(id);
    const rescued = readRescueCopy();
    if (rescued && isDraftOf(rescued, email)) clearRescueCopy();
    return mine.length;
  });
}
