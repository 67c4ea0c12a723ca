// The draft being written, outside React: fields read their own part of it, autosave and the verdicts subscribe.
import type { Draft } from './draft';
import type { DraftAction } from './draft-actions';
import { draftReducer } from './draft-reducer';
import { createStore } from './store';
import type { Readable } from './store';

export type DraftStore = Readable<Draft> & {
  dispatch(action: DraftAction): void;
  /** Records whether the referrer is typing in a text box (a key there) or choosing (a click, a select). */
  noteInput(typing: boolean): void;
  /** Whether the latest change was typed: what follows from it may wait for a pause, a choice's may not. */
  isTyping(): boolean;
};

export function createDraftStore(initial: Draft, now: () => Date): DraftStore {
  const store = createStore(initial);
  const reduce = draftReducer(now);
  let typing = false;
  return {
    get: store.get,
    subscribe: store.subscribe,
    dispatch: (action) => store.set(reduce(store.get(), action)),
    noteInput: (value) => void (typing = value),
    isTyping: () => typing,
  };
}
