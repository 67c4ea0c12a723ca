/** @jest-environment jsdom */
import { eventually, tick } from './jsdom-idb';
import { installFakeIdle } from '../../state/fake-idle';
import { act, renderHook } from '@testing-library/react';
import { useState, useSyncExternalStore } from 'react';
import type { Catalogue } from '../../../../src/domain';
import type { HostContext } from '../../../../src/ui/host-context';
import { createDraftStore } from '../../../../src/ui/state/draft-store';
import { newDraft } from '../../../../src/ui/state/draft';
import type { Draft } from '../../../../src/ui/state/draft';
import { openDraftStore } from '../../../../src/ui/features/drafts/draft-store';
import type { DraftStore } from '../../../../src/ui/features/drafts/draft-store';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_IDLE_WAIT_MS,
  DRAFTS_DB_NAME,
  clearFiledDraft,
  useDrafts,
} from '../../../../src/ui/features/drafts/use-drafts';

let clock: number;
let ids: number;
const sam = { name: 'Sam Worker', email: 'sam@council.gov.uk' };

function makeHost(indexedDB: IDBFactory = new IDBFactory()): HostContext {
  return {
    host: 'browser',
    catalogue: {} as Catalogue,
    tokenSource: { user: async () => sam, getToken: async () => 'token' },
    now: () => new Date(clock),
    theme: 'light',
    indexedDB,
    newId: () => `new-${(ids += 1)}`,
  };
}

/** Like the App: one draft store for the card, and the drafts hook over it. */
function useCard(host: HostContext) {
  const [store] = useState(() => createDraftStore(newDraft(host.newId(), host.now(), sam), host.now));
  const draft = useSyncExternalStore(store.subscribe, store.get);
  return { draft, dispatch: store.dispatch, drafts: useDrafts(host, store) };
}

async function mount(host: HostContext) {
  const view = renderHook(() => useCard(host));
  await eventually(() => expect(view.result.current.drafts.status).toBe('ready'));
  return view;
}

/** A second connection, as another tab would have, to look at what is really stored. */
const peek = (host: HostContext): Promise<DraftStore> => openDraftStore(host.indexedDB, DRAFTS_DB_NAME);

const saved = (name: string, id: string, minutes: number): Draft => {
  const d = newDraft(id, new Date('2026-11-23T09:00:00Z'));
  return {
    ...d,
    updatedAt: new Date(Date.parse(d.createdAt) + minutes * 60_000).toISOString(),
    referral: { ...d.referral, people: [{ id: 'c1', kind: 'child', name }] },
  };
};

const childName = (d: Draft | undefined) => (d?.referral.people as { name?: string }[] | undefined)?.[0]?.name;

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  clock = Date.parse('2026-11-23T10:42:00Z');
  ids = 0;
});
afterEach(() => {
  jest.useRealTimers();
});

describe('useDrafts', () => {
  test('on mount it restores the most recently updated draft and lists them all', async () => {
    const host = makeHost();
    const store = await peek(host);
    await store.put(saved('Older', 'a', 1));
    await store.put(saved('Latest', 'b', 5));
    store.close();
    const { result } = await mount(host);
    expect(result.current.draft.id).toBe('b');
    expect(childName(result.current.draft)).toBe('Latest');
    expect(result.current.drafts.currentId).toBe('b');
    expect(result.current.drafts.list.map((s) => s.id)).toEqual(['b', 'a']);
    expect(result.current.drafts.savedAt).toBe('2026-11-23T09:05:00.000Z');
    expect(result.current.drafts.error).toBeUndefined();
  });

  test('with nothing saved it keeps the new draft and does not save it while untouched', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    expect(result.current.draft.id).toBe('new-1');
    act(() => void jest.advanceTimersByTime(5_000));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await tick();
    const store = await peek(host);
    expect(await store.list()).toEqual([]);
    expect(result.current.drafts.list).toEqual([]);
    store.close();
  });

  test('a change is in the store within 1 s, even while the referrer keeps typing', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    const store = await peek(host);
    const typed = 'Josephine';
    for (let i = 1; i <= typed.length; i += 1) {
      clock += 150;
      act(() => result.current.dispatch({ type: 'edit-notes', notes: typed.slice(0, i) }));
      act(() => void jest.advanceTimersByTime(150));
      // Fake time stands still here: whatever is stored was stored by now. A plain debounce would still be waiting.
      if (i * 150 >= 1000) {
        const seen = await storedNote(store, result.current.draft.id);
        expect(seen.length).toBeGreaterThanOrEqual(i - Math.floor(1000 / 150));
      }
    }
    act(() => void jest.advanceTimersByTime(1000));
    await eventually(async () => expect(await storedNote(store, result.current.draft.id)).toBe(typed));
    await eventually(() => expect(result.current.drafts.savedAt).toBe(new Date(clock).toISOString()));
    expect(result.current.drafts.list.map((s) => s.id)).toEqual(['new-1']);
    store.close();
  });

  test('after the autosave delay the save waits for the page to be idle, half a second at most, and pagehide does not', async () => {
    const idle = installFakeIdle();
    try {
      const host = makeHost();
      const { result } = await mount(host);
      const store = await peek(host);
      act(() => result.current.dispatch({ type: 'edit-notes', notes: 'Jo' }));
      act(() => void jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
      expect(idle.request).not.toHaveBeenCalled();
      act(() => void jest.advanceTimersByTime(1));
      expect(idle.request).toHaveBeenCalledWith(expect.any(Function), { timeout: AUTOSAVE_IDLE_WAIT_MS });
      expect(AUTOSAVE_DELAY_MS + AUTOSAVE_IDLE_WAIT_MS).toBeLessThanOrEqual(1000); // saved within a second
      await tick();
      expect(await storedNote(store, result.current.draft.id)).toBe(''); // not while the page is busy
      act(() => idle.becomeIdle());
      await eventually(async () => expect(await storedNote(store, result.current.draft.id)).toBe('Jo'));
      // Closing the pane saves at once, and the idle save it replaces is cancelled.
      act(() => result.current.dispatch({ type: 'edit-notes', notes: 'Jo B' }));
      act(() => void jest.advanceTimersByTime(AUTOSAVE_DELAY_MS));
      expect(idle.waiting.size).toBe(1);
      act(() => void window.dispatchEvent(new Event('pagehide')));
      expect(idle.waiting.size).toBe(0);
      await eventually(async () => expect(await storedNote(store, result.current.draft.id)).toBe('Jo B'));
      store.close();
    } finally {
      idle.uninstall();
    }
  });

  test('pagehide and a hidden page save at once, without waiting for the autosave delay', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    const store = await peek(host);
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'typed then closed' }));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await eventually(async () => expect(await storedNote(store, 'new-1')).toBe('typed then closed'));

    clock += 1000;
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'then switched app' }));
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();
    await eventually(async () => expect(await storedNote(store, 'new-1')).toBe('then switched app'));
    store.close();
  });

  test('coming back to the page refreshes the list with drafts saved in another tab', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    const otherTab = await peek(host);
    await otherTab.put(saved('Elsewhere', 'elsewhere', 1));
    expect(result.current.drafts.list).toEqual([]);
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();
    await eventually(() => expect(result.current.drafts.list.map((s) => s.id)).toEqual(['elsewhere']));
    expect(result.current.draft.id).toBe('new-1'); // listed, not switched to
    otherTab.close();
  });

  test('a host object rebuilt on every render does not reopen the store or lose the draft', async () => {
    const factory = new IDBFactory();
    const open = jest.spyOn(factory, 'open');
    const view = renderHook(() => useCard({ ...makeHost(factory), now: () => new Date(clock) }));
    await eventually(() => expect(view.result.current.drafts.status).toBe('ready'));
    act(() => view.result.current.dispatch({ type: 'edit-notes', notes: 'a' }));
    act(() => view.result.current.dispatch({ type: 'edit-notes', notes: 'ab' }));
    act(() => void jest.advanceTimersByTime(1000));
    await eventually(() => expect(view.result.current.drafts.list).toHaveLength(1));
    expect(open).toHaveBeenCalledTimes(1);
  });

  test('unmounting (the pane closing) saves what was typed', async () => {
    const host = makeHost();
    const view = await mount(host);
    act(() => view.result.current.dispatch({ type: 'edit-notes', notes: 'last words' }));
    view.unmount();
    const store = await peek(host);
    await eventually(async () => expect(await storedNote(store, 'new-1')).toBe('last words'));
    store.close();
  });

  test('startNew saves the current draft, keeps it listed and starts a fresh one for the same referrer', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    act(() => result.current.dispatch({ type: 'add-person', kind: 'child', id: 'c1' }));
    act(() => result.current.dispatch({ type: 'edit-person', index: 0, patch: { name: 'Jo Bloggs' } }));
    act(() => result.current.drafts.startNew());
    await eventually(() => expect(result.current.draft.id).toBe('new-2'));
    expect(result.current.draft.referral.referrer).toEqual(sam);
    expect(result.current.draft.referral.people).toEqual([]);
    expect(result.current.drafts.list.map((s) => [s.id, s.title])).toEqual([
      ['new-1', 'Referral for Jo, started 23/11/2026 10:42'],
    ]);
    const store = await peek(host);
    expect(childName(await store.get('new-1'))).toBe('Jo Bloggs');
    store.close();
  });

  test('open saves the current draft first, then switches; a vanished draft is an error in words', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    const store = await peek(host);
    await store.put(saved('Other', 'other', 1));
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'current work' }));
    await act(() => result.current.drafts.open('other'));
    expect(result.current.draft.id).toBe('other');
    expect(childName(result.current.draft)).toBe('Other');
    expect(await storedNote(store, 'new-1')).toBe('current work');
    clock += 60_000;
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'more' }));
    await act(() => result.current.drafts.open('new-1'));
    expect(result.current.draft.id).toBe('new-1');
    expect(result.current.draft.referral.notes).toBe('current work');
    expect(await storedNote(store, 'other')).toBe('more');
    await store.remove('other');
    await act(() => result.current.drafts.open('other'));
    expect(result.current.draft.id).toBe('new-1');
    expect(result.current.drafts.error).toMatch(/no longer saved here/);
    store.close();
  });

  test('removing the open draft starts a new one and never saves the deleted one back', async () => {
    const host = makeHost();
    const store = await peek(host);
    await store.put(saved('Gone', 'gone', 1));
    await store.put(saved('Stays', 'stays', 0));
    const { result } = await mount(host);
    expect(result.current.draft.id).toBe('gone');
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'pending' }));
    await act(() => result.current.drafts.remove('gone'));
    expect(result.current.draft.id).toBe('new-2');
    act(() => void jest.advanceTimersByTime(2000));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await tick();
    expect(await store.get('gone')).toBeUndefined();
    expect(result.current.drafts.list.map((s) => s.id)).toEqual(['stays']);
    expect((await store.list()).map((s) => s.id)).toEqual(['stays']);
    store.close();
  });

  test('what is typed before the store opens wins over restoring an older draft', async () => {
    const host = makeHost();
    const store = await peek(host);
    await store.put(saved('Older', 'old', 1));
    const view = renderHook(() => useCard(host));
    act(() => view.result.current.dispatch({ type: 'edit-notes', notes: 'quick typist' }));
    await eventually(() => expect(view.result.current.drafts.status).toBe('ready'));
    expect(view.result.current.draft.id).toBe('new-1');
    act(() => void jest.advanceTimersByTime(1000));
    await eventually(async () => expect(await storedNote(store, 'new-1')).toBe('quick typist'));
    expect(await store.get('old')).toBeDefined();
    store.close();
  });

  test('a failed save is reported in words, keeps the referrer on their draft, and the next save clears it', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    const put = jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'no room' }));
    act(() => void jest.advanceTimersByTime(1000));
    await eventually(() =>
      expect(result.current.drafts.error).toMatch(/^Your browser has no room to save this draft; /),
    );
    act(() => result.current.drafts.startNew());
    await tick();
    expect(result.current.draft.id).toBe('new-1'); // not switched away from unsaved work
    put.mockRestore();
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await eventually(() => expect(result.current.drafts.error).toBeUndefined());
    const store = await peek(host);
    expect(await storedNote(store, 'new-1')).toBe('no room');
    store.close();
  });

  test('without IndexedDB it keeps drafts in memory and says they will not survive closing', async () => {
    const blocked = {
      open: () => {
        throw new DOMException('insecure', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const host = makeHost(blocked);
    const { result } = await mount(host);
    expect(result.current.drafts.notice).toMatch(/closing it or reloading will lose them/);
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'kept in memory' }));
    act(() => void jest.advanceTimersByTime(1000));
    await eventually(() => expect(result.current.drafts.list.map((s) => s.id)).toEqual(['new-1']));
    await clearFiledDraft(blocked, 'new-1');
    const store = await openDraftStore(blocked, DRAFTS_DB_NAME);
    expect(await store.list()).toEqual([]);
  });

  test('clearFiledDraft deletes only the filed draft', async () => {
    const host = makeHost();
    const store = await peek(host);
    await store.put(saved('Filed', 'filed', 1));
    await store.put(saved('Other', 'other', 2));
    await clearFiledDraft(host.indexedDB, 'filed');
    expect((await store.list()).map((s) => s.id)).toEqual(['other']);
    store.close();
  });
});

/** What is stored now, read inside act() because the hook's own save may finish meanwhile and update its state. */
async function storedNote(store: DraftStore, id: string): Promise<string> {
  let d: Draft | undefined;
  await act(async () => {
    d = await store.get(id);
  });
  const note = d?.referral.notes;
  return typeof note === 'string' ? note : '';
}

describe('signing out', () => {
  test('stopSaving: nothing more is saved, not even on pagehide; the way back saves again', async () => {
    const host = makeHost();
    const { result } = await mount(host);
    let resume: () => void = () => undefined;
    act(() => void (resume = result.current.drafts.stopSaving()));
    act(() => result.current.dispatch({ type: 'edit-notes', notes: 'Typed while signing out' }));
    act(() => void jest.advanceTimersByTime(5_000));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await tick();
    const store = await peek(host);
    expect(await store.list()).toEqual([]);
    expect(window.localStorage.getItem('referral-card.rescue-draft')).toBeNull();

    act(() => resume());
    await eventually(async () => {
      act(() => void jest.advanceTimersByTime(1_000));
      expect((await store.list()).map((d) => d.id)).toEqual([result.current.draft.id]);
    });
    store.close();
  });
});
