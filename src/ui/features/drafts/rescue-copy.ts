// IndexedDB writes are asynchronous and a closing page gets no later turn to finish them, so on pagehide the open
// draft is also written to localStorage, synchronously. On the next start the rescue copy goes into the store
// (where the newer copy wins) and is then removed.
import type { Draft } from '../../state/draft';
import { parseDraftRecord } from './draft-record.schema';

const KEY = 'referral-card.rescue-draft';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // blocked storage (some embedded frames): the IndexedDB save is all there is
  }
}

export function writeRescueCopy(draft: Draft): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Full or unavailable: the IndexedDB save started at the same moment may still land.
  }
}

/** The rescue copy, if there is a readable one. */
export function readRescueCopy(): Draft | undefined {
  try {
    const raw = storage()?.getItem(KEY);
    return raw ? parseDraftRecord(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the rescue copy once a copy at least as new is in IndexedDB. */
export function clearRescueCopy(saved?: Draft): void {
  const copy = readRescueCopy();
  if (!copy || (saved && (copy.id !== saved.id || copy.updatedAt > saved.updatedAt))) return;
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to do: the copy is harmless, and the store keeps the newer draft.
  }
}
