import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DraftReferral } from './draft';
import type { DraftAction } from './draft-actions';
import type { DraftStore } from './draft-store';

const DraftStoreContext = createContext<DraftStore | undefined>(undefined);
export const DraftStoreProvider = DraftStoreContext.Provider;

export function useDraftStore(): DraftStore {
  const store = useContext(DraftStoreContext);
  if (!store) throw new Error('useDraftStore must be used inside <DraftStoreProvider>');
  return store;
}

/**
 * The part of the draft's referral that `select` picks, re-rendering only when that part changes: parts are kept
 * when untouched, so a keystroke re-renders the fields that show what it changed.
 */
export function useDraft<T>(select: (referral: DraftReferral) => T): T {
  const store = useDraftStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get().referral));
}

export function useDraftId(): string {
  const store = useDraftStore();
  return useSyncExternalStore(store.subscribe, () => store.get().id);
}

export function useDispatch(): (action: DraftAction) => void {
  return useDraftStore().dispatch;
}
