import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DraftStore as CardDraft } from '../../state/draft-store';
import { DraftKeeper } from './draft-keeper';
import type { DraftsView, KeeperHost } from './draft-keeper';

export { AUTOSAVE_DELAY_MS, AUTOSAVE_IDLE_WAIT_MS, DRAFTS_DB_NAME, clearFiledDraft } from './draft-keeper';

export type DraftsState = DraftsView & {
  /** The id of the draft being edited. */
  readonly currentId: string;
  /** Saves the open draft, then opens another. */
  open(id: string): Promise<void>;
  /** Deletes a draft; deleting the open one starts a new referral without saving the deleted one back. */
  remove(id: string): Promise<void>;
  /** Saves the open draft (it stays listed), then starts a new referral. */
  startNew(): void;
  /** Signing out: nothing more is saved from this card; returns the way back, should the referrer stay. */
  stopSaving(): () => void;
};

/** Autosave, restore and the drafts list for the card's draft store, kept while the card is mounted. */
export function useDrafts(host: KeeperHost, draft: CardDraft): DraftsState {
  // One keeper per database and draft store: a host object rebuilt on render does not reopen the store.
  const [keeper] = useState(() => new DraftKeeper(host, draft));
  useEffect(() => {
    keeper.start();
    // Closing the pane, switching tab or app, or a mobile OS freezing the page: save at once.
    const onHide = () => keeper.saveOnHide();
    const onVisibility = () => (document.visibilityState === 'hidden' ? keeper.saveOnHide() : void keeper.refresh());
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      keeper.close();
    };
  }, [keeper]);
  // Followed as React state, not read with useSyncExternalStore: a save finishing late must not force a synchronous
  // render of the card (it lands with the next ordinary update instead).
  const [view, setView] = useState(keeper.view.get);
  useEffect(() => {
    setView(keeper.view.get());
    return keeper.view.subscribe(() => setView(keeper.view.get()));
  }, [keeper]);
  const idOf = () => draft.get().id;
  const currentId = useSyncExternalStore(draft.subscribe, idOf, idOf); // also when outlook.html's first screen is built
  // The same object while nothing in it changes, so the memoised header does not re-render on every keystroke.
  return useMemo(
    () => ({
      ...view,
      currentId,
      open: (id: string) => keeper.open(id),
      remove: (id: string) => keeper.remove(id),
      startNew: () => keeper.startNew(),
      stopSaving: () => keeper.stopSaving(),
    }),
    [view, currentId, keeper],
  );
}
