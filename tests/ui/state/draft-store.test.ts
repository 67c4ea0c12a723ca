import { newDraft } from '../../../src/ui/state/draft';
import { createDraftStore } from '../../../src/ui/state/draft-store';
import { createStore } from '../../../src/ui/state/store';

const t0 = new Date('2026-11-23T10:00:00Z');
const t1 = new Date('2026-11-23T10:00:05Z');

describe('the draft store', () => {
  test('a change is reduced, stamped, and told to every subscriber until it unsubscribes', () => {
    const store = createDraftStore(newDraft('d1', t0), () => t1);
    const seen: string[] = [];
    const stop = store.subscribe(() => seen.push(store.get().referral.referrer?.role ?? ''));
    store.dispatch({ type: 'edit-section', section: 'referrer', patch: { role: 'Social worker' } });
    expect(seen).toEqual(['Social worker']);
    expect(store.get().updatedAt).toBe(t1.toISOString());
    stop();
    store.dispatch({ type: 'edit-section', section: 'referrer', patch: { role: 'Nurse' } });
    expect(seen).toEqual(['Social worker']);
    expect(store.get().referral.referrer?.role).toBe('Nurse');
  });

  test('replacing with the same draft tells no one', () => {
    const first = newDraft('d1', t0);
    const store = createDraftStore(first, () => t1);
    const listener = jest.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'replace', draft: first });
    expect(listener).not.toHaveBeenCalled();
  });

  test('remembers whether the latest input was typing or a choice', () => {
    const store = createDraftStore(newDraft('d1', t0), () => t1);
    expect(store.isTyping()).toBe(false);
    store.noteInput(true);
    expect(store.isTyping()).toBe(true);
    store.noteInput(false);
    expect(store.isTyping()).toBe(false);
  });

  test('a listener that unsubscribes while being told does not stop the others hearing', () => {
    const store = createStore(1);
    const heard: string[] = [];
    const stopA = store.subscribe(() => {
      heard.push('a');
      stopA();
    });
    store.subscribe(() => heard.push('b'));
    store.set(2);
    store.set(3);
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
