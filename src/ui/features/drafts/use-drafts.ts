// Autosave, restore and the drafts list: nothing typed is lost to closing the pane, a reload or a crash (DESIGN.md §6).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HostInput, SignedInUser } from '../../host-context';
import { newDraft } from '../../state/draft';
import type { Draft, DraftAction } from '../../state/draft';
import { whenIdle } from '../../state/when-idle';
import { openDraftStore } from './draft-store';
import type { DraftStore } from './draft-store';
import { DraftStoreError } from './draft-store-errors';
import { isBlankDraft, summarise } from './draft-summary';
import type { DraftSummary } from './draft-summary';
import { newestFirst } from './draft-store.types';
import { clearRescueCopy, readRescueCopy, writeRescueCopy } from './rescue-copy';

/** Every change is saved at most this long after it is made (the issue asks for within a second). */
export const AUTOSAVE_DELAY_MS = 300;
/** After the delay, the save waits for the page to be idle, at most this long: saved within a second (issue #5). */
export const AUTOSAVE_IDLE_WAIT_MS = 500;
export const DRAFTS_DB_NAME = 'referral-card';

export type DraftsState = {
  readonly status: 'loading' | 'ready';
  /**
   * When the open draft was last known to be saved (ISO instant). There is no "saving" state: a save takes
   * milliseconds, and a status flipping to "Saving…" and back on every autosave would be read out while typing.
   */
  readonly savedAt?: string;
  /** The last failure, in words; cleared by the next successful save. */
  readonly error?: string;
  /** A lasting condition, in words: drafts are kept in memory only and will not survive closing the pane. */
  readonly notice?: string;
  /** The id of the draft being edited. */
  readonly currentId: string;
  /** Saved drafts, newest first. */
  readonly list: readonly DraftSummary[];
  /** Saves the open draft, then opens another. */
  open(id: string): Promise<void>;
  /** Deletes a draft; deleting the open one starts a new referral without saving the deleted one back. */
  remove(id: string): Promise<void>;
  /** Saves the open draft (it stays listed), then starts a new referral. */
  startNew(): void;
};

type View = Pick<DraftsState, 'status' | 'savedAt' | 'error' | 'notice' | 'list'>;

const NOT_FOUND = 'That draft is no longer saved here; it may have been deleted in another window.';
const words = (e: unknown, fallback: 'write-failed' | 'read-failed') =>
  (e instanceof DraftStoreError ? e : new DraftStoreError(fallback)).message;

export function useDrafts(
  host: Pick<HostInput, 'indexedDB' | 'tokenSource' | 'now' | 'newId'>,
  draft: Draft,
  dispatch: (a: DraftAction) => void,
): DraftsState {
  const [view, setView] = useState<View>({ status: 'loading', list: [] });
  const live = useRef(true);
  const patch = useCallback((p: Partial<View> | ((v: View) => Partial<View>)) => {
    if (live.current) setView((v) => ({ ...v, ...(typeof p === 'function' ? p(v) : p) }));
  }, []);

  // The latest host, read when needed, so a host object rebuilt on render does not reopen the store.
  const hostRef = useRef(host);
  hostRef.current = host;
  const factory = host.indexedDB;
  const store = useRef<DraftStore | undefined>(undefined);
  const current = useRef(draft);
  current.current = draft; // read synchronously by pagehide, which cannot wait for an effect
  const saved = useRef<Draft | undefined>(undefined); // the draft object last saved, restored or opened
  const stored = useRef(new Set<string>()); // ids in the store: a blank draft is saved only if it was saved before
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelIdle = useRef(() => undefined as void);
  const user = useRef<SignedInUser | undefined>(undefined);

  const refresh = useCallback(async (): Promise<readonly DraftSummary[]> => {
    const s = store.current;
    if (!s) return [];
    try {
      const list = await s.list();
      stored.current = new Set(list.map((d) => d.id));
      patch({ list });
      return list;
    } catch (e) {
      patch({ error: words(e, 'read-failed') });
      return [];
    }
  }, [patch]);

  /** Starts saving the open draft now (synchronously, so it survives pagehide); resolves false if the save failed. */
  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    cancelIdle.current();
    timer.current = undefined;
    const s = store.current;
    const d = current.current;
    if (!s || d === saved.current) return Promise.resolve(true);
    if (isBlankDraft(d) && !stored.current.has(d.id)) return Promise.resolve(true); // no clutter from untouched drafts
    saved.current = d;
    return s.put(d).then(
      () => {
        stored.current.add(d.id);
        clearRescueCopy(d);
        const summary = summarise(d);
        patch((v) => ({
          savedAt: hostRef.current.now().toISOString(),
          error: undefined,
          list: [summary, ...v.list.filter((x) => x.id !== d.id)].sort(newestFirst),
        }));
        return true;
      },
      (e: unknown) => {
        if (saved.current === d) saved.current = undefined; // so the next change or pagehide tries again
        patch({ error: words(e, 'write-failed') });
        return false;
      },
    );
  }, [patch]);

  const show = useCallback(
    (d: Draft) => {
      void flush(); // whatever was typed since the last save goes first
      saved.current = d;
      dispatch({ type: 'replace', draft: d });
    },
    [dispatch, flush],
  );

  // Open the store; restore the most recent draft unless something has been typed meanwhile.
  useEffect(() => {
    live.current = true;
    let cancelled = false;
    let opened: DraftStore | undefined;
    hostRef.current.tokenSource.user().then(
      (u) => (user.current = u),
      () => undefined,
    );
    void (async () => {
      const s = await openDraftStore(factory, DRAFTS_DB_NAME, { onProblem: (p) => patch({ error: p.message }) });
      if (cancelled) return s.close();
      opened = store.current = s;
      patch({ notice: s.notice?.message });
      const rescued = readRescueCopy();
      if (rescued) {
        // A change typed just before the pane closed: the store keeps whichever copy is newer.
        await s.put(rescued).then(
          () => clearRescueCopy(),
          () => undefined,
        );
      }
      const [latest] = await refresh();
      const restored =
        latest && isBlankDraft(current.current) ? await s.get(latest.id).catch(() => undefined) : undefined;
      if (cancelled) return;
      if (restored && isBlankDraft(current.current)) {
        saved.current = restored;
        dispatch({ type: 'replace', draft: restored });
        patch({ savedAt: restored.updatedAt });
      }
      patch({ status: 'ready' });
    })();
    return () => {
      cancelled = true;
      live.current = false;
      if (opened) {
        const s = opened;
        void flush().finally(() => s.close());
        store.current = undefined;
      }
    };
  }, [factory, dispatch, patch, refresh, flush]);

  // Autosave: the first unsaved change starts the clock, so steady typing is still saved every AUTOSAVE_DELAY_MS.
  useEffect(() => {
    if (view.status !== 'ready' || draft === saved.current || timer.current !== undefined) return;
    timer.current = setTimeout(
      () => void (cancelIdle.current = whenIdle(() => void flush(), AUTOSAVE_IDLE_WAIT_MS)),
      AUTOSAVE_DELAY_MS,
    );
  }, [draft, view.status, flush]);

  // Closing the pane, switching tab or app, or a mobile OS freezing the page: save at once.
  useEffect(() => {
    const save = () => {
      const d = current.current;
      if (d !== saved.current && !(isBlankDraft(d) && !stored.current.has(d.id))) writeRescueCopy(d);
      void flush();
    };
    const onHide = () => save();
    const onVisibility = () => (document.visibilityState === 'hidden' ? save() : void refresh());
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush, refresh]);

  const open = useCallback(
    async (id: string) => {
      const s = store.current;
      if (!s || id === current.current.id) return;
      if (!(await flush())) return; // never switch away from a draft that could not be saved
      try {
        const d = await s.get(id);
        if (!d) {
          patch({ error: NOT_FOUND });
          await refresh();
          return;
        }
        show(d);
        patch({ savedAt: d.updatedAt, error: undefined });
      } catch (e) {
        patch({ error: words(e, 'read-failed') });
      }
    },
    [flush, patch, refresh, show],
  );

  const remove = useCallback(
    async (id: string) => {
      const s = store.current;
      if (!s) return;
      if (id === current.current.id) {
        clearTimeout(timer.current);
        cancelIdle.current();
        timer.current = undefined;
        const fresh = newDraft(hostRef.current.newId(), hostRef.current.now(), user.current);
        saved.current = fresh; // the deleted draft must not be autosaved back
        dispatch({ type: 'replace', draft: fresh });
        patch({ savedAt: undefined });
      }
      try {
        await s.remove(id);
        stored.current.delete(id);
        patch((v) => ({ list: v.list.filter((x) => x.id !== id), error: undefined }));
      } catch (e) {
        patch({ error: words(e, 'write-failed') });
      }
    },
    [dispatch, patch],
  );

  const startNew = useCallback(() => {
    void flush().then((ok) => {
      if (!ok) return; // the error says why; the referrer's work stays on screen
      show(newDraft(hostRef.current.newId(), hostRef.current.now(), user.current));
      patch({ savedAt: undefined });
    });
  }, [flush, patch, show]);

  // The same object while nothing in it changes, so the memoised header does not re-render on every keystroke.
  return useMemo(
    () => ({ ...view, currentId: draft.id, open, remove, startNew }),
    [view, draft.id, open, remove, startNew],
  );
}

/** Deletes a draft once its referral is filed (issue #6). Inside the card, prefer the hook's `remove`. */
export async function clearFiledDraft(factory: IDBFactory, id: string): Promise<void> {
  const store = await openDraftStore(factory, DRAFTS_DB_NAME);
  try {
    await store.remove(id);
  } finally {
    store.close();
  }
}
