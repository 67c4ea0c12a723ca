// Prefills a new referral with the referrer's remembered details and remembers what they type there, outside React:
// the hook only starts it and shows its problem. Changes are written after a short pause, and at once on pagehide.
import type { UserSettings } from '../../host-context';
import type { DraftStore } from '../../state/draft-store';
import { createStore } from '../../state/store';
import {
  REMEMBERED_FIELDS,
  prefillFor,
  readRemembered,
  rememberedFrom,
  sameRemembered,
  writeRemembered,
} from './remembered-referrer';
import type { RememberedReferrer } from './remembered-referrer';

/** A change is remembered this long after the last keystroke in the referrer's details. */
export const REMEMBER_DELAY_MS = 600;

const PROBLEM = 'Your role, organisation, team and phone number could not be remembered for your next referral.';

export type MemoryView = { readonly problem?: string };

/** The prefill and the remembering for one card: `start` subscribes, `stop` writes what is pending and lets go. */
export class ReferrerMemory {
  readonly view = createStore<MemoryView>({});
  /** What the settings hold, as far as this card knows (undefined until read). */
  private stored: RememberedReferrer | undefined;
  private seen: { id: string; details: RememberedReferrer } | undefined;
  private pending: { timer: ReturnType<typeof setTimeout>; details: RememberedReferrer } | undefined;
  private unsubscribe: () => void = () => undefined;
  private live = false;

  constructor(
    private readonly settings: UserSettings,
    private readonly draft: DraftStore,
  ) {}

  start(): void {
    this.live = true;
    this.unsubscribe = this.draft.subscribe(() => this.changed());
    this.changed();
  }

  stop(): void {
    this.flush();
    this.live = false;
    this.unsubscribe();
  }

  /** Writes a pending change now (the page is going away). */
  flush(): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    this.write(pending.details);
  }

  private changed(): void {
    const { id, referral } = this.draft.get();
    const details = rememberedFrom(referral.referrer);
    const before = this.seen;
    this.seen = { id, details };
    if (before?.id !== id) return void this.prefill(id);
    // Only an edit within one draft is remembered: opening another draft, or a new one, is not the referrer's choice.
    if (!sameRemembered(before.details, details)) this.schedule(details);
  }

  /** Fills the remembered details into a draft that has none of them yet. */
  private prefill(id: string): void {
    void readRemembered(this.settings).then((remembered) => {
      if (!this.live || !remembered) return;
      this.stored ??= remembered;
      const { referrer } = this.draft.get().referral;
      const hasAny = REMEMBERED_FIELDS.some((f) => typeof referrer?.[f] === 'string' && referrer[f].trim() !== '');
      if (this.draft.get().id !== id || hasAny) return;
      const patch = prefillFor(referrer, remembered);
      if (Object.keys(patch).length) this.draft.dispatch({ type: 'edit-section', section: 'referrer', patch });
    });
  }

  private schedule(details: RememberedReferrer): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = { timer: setTimeout(() => this.flush(), REMEMBER_DELAY_MS), details };
  }

  private write(details: RememberedReferrer): void {
    if (this.stored && sameRemembered(this.stored, details)) return;
    const previous = this.stored;
    this.stored = details;
    writeRemembered(this.settings, details).then(
      () => this.live && this.view.get().problem && this.view.set({}),
      (error: unknown) => {
        if (this.stored === details) this.stored = previous; // so the next change tries again
        const reason = error instanceof Error && error.message ? ` ${error.message}` : '';
        if (this.live) this.view.set({ problem: `${PROBLEM}${reason} This referral keeps what you typed.` });
      },
    );
  }
}
