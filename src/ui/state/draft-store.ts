// The draft being written, outside React: fields read their own part of it, autosave and the verdicts subscribe.
import { afterFrame } from './after-frame';
import type { Draft } from './draft';
import type { DraftAction } from './draft-actions';
import { draftReducer } from './draft-reducer';
import { createStore } from './store';
import type { Readable } from './store';

export type DraftStore = Readable<Draft> & {
  dispatch(action: DraftAction): void;
  /**
   * A change to a field that shows its own text. Typed (see noteInput), the draft holds it at once (get() returns it,
   * so autosave, "Check referral" and closing the pane see it) and the rest of the card hears of it once the frame that
   * shows the key has been drawn, one notice for the keys typed by then. Otherwise, and for any other change, at once.
   */
  type(action: DraftAction): void;
  /** Records whether the referrer is typing in a text box (a key there) or choosing (a click, a select). */
  noteInput(typing: boolean): void;
  /** Whether the latest change was typed: what follows from it may wait for a pause, a choice's may not. */
  isTyping(): boolean;
};

const nothing = () => undefined;

export function createDraftStore(initial: Draft, now: () => Date): DraftStore {
  let value = initial;
  // Subscribers hear from this store, which follows `value` when told: immediately, or after the frame when typed.
  const heard = createStore(initial);
  const reduce = draftReducer(now);
  let typing = false;
  let cancelPending: () => void = nothing;
  const tell = () => {
    cancelPending();
    cancelPending = nothing;
    heard.set(value);
  };
  return {
    get: () => value,
    subscribe: heard.subscribe,
    dispatch: (action) => {
      value = reduce(value, action);
      tell();
    },
    type: (action) => {
      value = reduce(value, action);
      if (!typing) return tell(); // pasted with the mouse, filled in by the browser: no key to keep up with
      if (cancelPending === nothing) cancelPending = afterFrame(tell);
    },
    noteInput: (next) => void (typing = next),
    isTyping: () => typing,
  };
}
