import { useSyncExternalStore } from 'react';
import type { DraftReferral } from './draft';
import type { DraftAction } from './draft-actions';
import type { DraftStore } from './draft-store';
import { requiredContext } from './required-context';

const [DraftStoreProvider, useDraftStore] = requiredContext<DraftStore>('useDraftStore', 'DraftStoreProvider');
export { DraftStoreProvider, useDraftStore };

/**
 * The part of the draft's referral that `select` picks, re-rendering only when that part changes: parts are kept
 * when untouched, so a keystroke re-renders the fields that show what it changed.
 */
export function useDraft<T>(select: (referral: DraftReferral) => T): T {
  const store = useDraftStore();
  const read = () => select(store.get().referral);
  // The server snapshot is the same: outlook.html's first screen is rendered at build time (first-screen.tsx).
  return useSyncExternalStore(store.subscribe, read, read);
}

export function useDraftId(): string {
  const store = useDraftStore();
  const read = () => store.get().id;
  return useSyncExternalStore(store.subscribe, read, read);
}

export function useDispatch(): (action: DraftAction) => void {
  return useDraftStore().dispatch;
}
