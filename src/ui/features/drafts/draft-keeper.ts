// Autosave, restore and the drafts list, outside React: nothing typed is lost to closing the pane, a reload or a
// crash. It subscribes to the card's draft store and saves when the page is idle; the hook only shows what it says.
import type { HostInput, SignedInUser } from '../../host-context';
import { newDraft } from '../../state/draft';
import type { Draft } from '../../state/draft';
import type { DraftStore as CardDraft } from '../../state/draft-store';
import { createStore } from '../../state/store';
import { whenIdle } from '../../state/when-idle';
import { openDraftStore } from './draft-store';
import type { DraftStore } from './draft-store';
import { DraftStoreError } from './draft-store-errors';
import { isBlankDraft, summarise } from './draft-summary';
import type { DraftSummary } from './draft-summary';
import { newestFirst } from './draft-store.types';
import { clearRescueCopy, readRescueCopy, writeRescueCopy } from './rescue-copy';

/** Every change is saved at most this long after it is made: within a second, with the idle wait below. */
export const AUTOSAVE_DELAY_MS = 300;
/** After the delay, the save waits for the page to be idle, at most this long. */
export const AUTOSAVE_IDLE_WAIT_MS = 500;
export const DRAFTS_DB_NAME = 'referral-card';

export type DraftsView = {
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
  /** Saved drafts, newest first. */
  readonly list: readonly DraftSummary[];
};

export type KeeperHost = Pick<HostInput, 'indexedDB' | 'tokenSource' | 'now' | 'newId' | 'council'>;

const NOT_FOUND = 'That draft is no longer saved here; it may have been deleted in another window.';
const words = (e: unknown, fallback: 'write-failed' | 'read-failed') =>
  (e instanceof DraftStoreError ? e : new DraftStoreError(fallback)).message;
const nothing = () => undefined;

/** Keeps the card's draft saved in IndexedDB and the list of drafts up to date; `view` says how it stands. */
export class DraftKeeper {
  readonly view = createStore<DraftsView>({ status: 'loading', list: [] });
  private store: DraftStore | undefined;
  /** The draft object last saved, restored or opened. */
  private saved: Draft | undefined;
  /** Ids in the store: a blank draft is saved only if it was saved before. */
  private stored = new Set<string>();
  private cancelPending: (() => void) | undefined;
  private user: SignedInUser | undefined;
  private live = false;
  /** Counts starts, so a store opened for a start that has since closed is closed again, not kept. */
  private starts = 0;
  private unsubscribe: () => void = nothing;
  /** Signed out: nothing more from this card is written to this device. */
  private stopped = false;

  constructor(
    private readonly host: KeeperHost,
    private readonly draft: CardDraft,
  ) {}

  /** Opens the store and restores the latest draft unless something has been typed meanwhile. */
  start(): void {
    this.live = true;
    this.unsubscribe = this.draft.subscribe(() => this.schedule());
    this.host.tokenSource.user().then(
      (u) => (this.user = u),
      () => undefined,
    );
    void this.openStore((this.starts += 1));
  }

  /** Saves what is unsaved and lets the store go. */
  close(): void {
    this.live = false;
    this.unsubscribe();
    const store = this.store;
    if (!store) return this.cancel();
    void this.flush().finally(() => store.close());
    this.store = undefined;
  }

  /** Saves the open draft, then opens another. */
  async open(id: string): Promise<void> {
    const store = this.store;
    if (!store || id === this.draft.get().id) return;
    if (!(await this.flush())) return; // never switch away from a draft that could not be saved
    try {
      const d = await store.get(id);
      if (!d) {
        this.patch({ error: NOT_FOUND });
        await this.refresh();
        return;
      }
      this.show(d);
      this.patch({ savedAt: d.updatedAt, error: undefined });
    } catch (e) {
      this.patch({ error: words(e, 'read-failed') });
    }
  }

  /** Deletes a draft; deleting the open one starts a new referral without saving the deleted one back. */
  async remove(id: string): Promise<void> {
    const store = this.store;
    if (!store) return;
    if (id === this.draft.get().id) {
      this.cancel();
      this.saved = this.fresh(); // the deleted draft must not be autosaved back
      this.draft.dispatch({ type: 'replace', draft: this.saved });
      this.patch({ savedAt: undefined });
    }
    try {
      await store.remove(id);
      this.stored.delete(id);
      this.patch((v) => ({ list: v.list.filter((x) => x.id !== id), error: undefined }));
    } catch (e) {
      this.patch({ error: words(e, 'write-failed') });
    }
  }

  /** Saves the open draft (it stays listed), then starts a new referral. */
  startNew(): void {
    void this.flush().then((ok) => {
      if (!ok) return; // the error says why; the referrer's work stays on screen
      this.show(this.fresh());
      this.patch({ savedAt: undefined });
    });
  }

  /**
   * Signing out: nothing more is saved from this card, since its drafts are being cleared from this device. Returns
   * the way back, should clearing fail and the referrer stay.
   */
  stopSaving(): () => void {
    this.stopped = true;
    this.cancel();
    this.unsubscribe();
    this.unsubscribe = nothing;
    return () => {
      if (!this.live || !this.stopped) return;
      this.stopped = false;
      this.unsubscribe = this.draft.subscribe(() => this.schedule());
      this.schedule();
    };
  }

  /** The page is going away or out of sight: a synchronous copy, and the save started now. */
  saveOnHide(): void {
    if (this.stopped) return;
    const d = this.draft.get();
    if (this.unsaved(d)) writeRescueCopy(d);
    void this.flush();
  }

  /** Reads the list again (another window may have saved a draft). */
  async refresh(): Promise<readonly DraftSummary[]> {
    if (!this.store) return [];
    try {
      const list = await this.store.list();
      this.stored = new Set(list.map((d) => d.id));
      this.patch({ list });
      return list;
    } catch (e) {
      this.patch({ error: words(e, 'read-failed') });
      return [];
    }
  }

  /** Starts saving the open draft now (synchronously, so it survives pagehide); resolves false if the save failed. */
  flush(): Promise<boolean> {
    this.cancel();
    const d = this.draft.get();
    const store = this.store;
    if (!store || this.stopped || !this.unsaved(d)) return Promise.resolve(true);
    this.saved = d;
    return store.put(d).then(
      () => this.wasSaved(d),
      (e: unknown) => {
        if (this.saved === d) this.saved = undefined; // so the next change or pagehide tries again
        this.patch({ error: words(e, 'write-failed') });
        return false;
      },
    );
  }

  private async openStore(start: number): Promise<void> {
    const current = () => this.live && start === this.starts;
    const s = await openDraftStore(this.host.indexedDB, DRAFTS_DB_NAME, {
      onProblem: (p) => this.patch({ error: p.message }),
    });
    if (!current()) return s.close();
    this.store = s;
    this.patch({ notice: s.notice?.message });
    const rescued = readRescueCopy();
    // A change typed just before the pane closed: the store keeps whichever copy is newer.
    if (rescued) await s.put(rescued).then(() => clearRescueCopy(), nothing);
    const [latest] = await this.refresh();
    const blank = () => isBlankDraft(this.draft.get());
    const restored = latest && blank() ? await s.get(latest.id).catch(nothing) : undefined;
    if (!current()) return;
    if (restored && blank()) {
      this.saved = restored;
      this.draft.dispatch({ type: 'replace', draft: restored });
      this.patch({ savedAt: restored.updatedAt });
    }
    this.patch({ status: 'ready' });
    this.schedule();
  }

  /** The first unsaved change starts the clock, so steady typing is still saved every AUTOSAVE_DELAY_MS. */
  private schedule(): void {
    if (this.view.get().status !== 'ready' || this.draft.get() === this.saved || this.cancelPending) return;
    let cancelIdle: () => void = nothing;
    const timer = setTimeout(
      () => void (cancelIdle = whenIdle(() => void this.flush(), AUTOSAVE_IDLE_WAIT_MS)),
      AUTOSAVE_DELAY_MS,
    );
    this.cancelPending = () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
  }

  private wasSaved(d: Draft): true {
    this.stored.add(d.id);
    clearRescueCopy(d);
    const summary = summarise(d);
    this.patch((v) => ({
      savedAt: this.host.now().toISOString(),
      error: undefined,
      list: [summary, ...v.list.filter((x) => x.id !== d.id)].sort(newestFirst),
    }));
    return true;
  }

  private show(d: Draft): void {
    void this.flush(); // whatever was typed since the last save goes first
    this.saved = d;
    this.draft.dispatch({ type: 'replace', draft: d });
  }

  private unsaved(d: Draft): boolean {
    return d !== this.saved && !(isBlankDraft(d) && !this.stored.has(d.id)); // no clutter from untouched drafts
  }

  private fresh(): Draft {
    return newDraft(this.host.newId(), this.host.now(), this.user, this.host.council);
  }

  private patch(p: Partial<DraftsView> | ((v: DraftsView) => Partial<DraftsView>)): void {
    if (this.live) this.view.set({ ...this.view.get(), ...(typeof p === 'function' ? p(this.view.get()) : p) });
  }
}

/** Deletes a draft once its referral is filed. Inside the card, prefer the keeper's `remove`. */
export async function clearFiledDraft(factory: IDBFactory, id: string): Promise<void> {
  const store = await openDraftStore(factory, DRAFTS_DB_NAME);
  try {
    await store.remove(id);
  } finally {
    store.close();
  }
}
