/** @jest-environment jsdom */
import { eventually } from './jsdom-idb';
import { act, renderHook } from '@testing-library/react';
import { useState, useSyncExternalStore } from 'react';
import type { Catalogue } from '../../../../src/domain';
import type { HostContext } from '../../../../src/ui/host-context';
import { createDraftStore } from '../../../../src/ui/state/draft-store';
import { newDraft } from '../../../../src/ui/state/draft';
import type { Draft } from '../../../../src/ui/state/draft';
import { openDraftStore } from '../../../../src/ui/features/drafts/draft-store';
import { DRAFTS_DB_NAME, useDrafts } from '../../../../src/ui/features/drafts/use-drafts';
import { readRescueCopy, writeRescueCopy } from '../../../../src/ui/features/drafts/rescue-copy';

// A closing page gets no later turn to finish an IndexedDB write, so pagehide also leaves a synchronous copy.
let clock = Date.parse('2026-11-23T10:42:00Z');
const host = (): HostContext => ({
  host: 'browser',
  catalogue: {} as Catalogue,
  theme: 'light',
  indexedDB: new IDBFactory(),
  tokenSource: { user: async () => undefined, getToken: async () => 't' },
  now: () => new Date(clock),
  newId: () => 'new-1',
});
const named = (id: string, name: string, at: string): Draft => {
  const d = newDraft(id, new Date('2026-11-23T09:00:00Z'));
  return { ...d, updatedAt: at, referral: { ...d.referral, people: [{ id: 'c1', kind: 'child', name }] } };
};
const childName = (d: Draft | undefined) => (d?.referral.people as { name?: string }[] | undefined)?.[0]?.name;

function mount(h: HostContext) {
  return renderHook(() => {
    const [store] = useState(() => createDraftStore(newDraft(h.newId(), h.now()), h.now));
    const draft = useSyncExternalStore(store.subscribe, store.get);
    return { draft, dispatch: store.dispatch, drafts: useDrafts(h, store) };
  });
}

beforeEach(() => window.localStorage.clear());

test('pagehide writes the open draft to localStorage at once, before the IndexedDB save can finish', async () => {
  const h = host();
  const view = mount(h);
  await eventually(() => expect(view.result.current.drafts.status).toBe('ready'));
  act(() => view.result.current.dispatch({ type: 'add-person', kind: 'child', id: 'c1' }));
  act(() => view.result.current.dispatch({ type: 'edit-person', index: 0, patch: { name: 'Typed last' } }));
  act(() => void window.dispatchEvent(new Event('pagehide')));
  expect(childName(readRescueCopy())).toBe('Typed last');
});

test('on the next start a newer rescue copy wins over the stored draft and is then removed', async () => {
  const h = host();
  const store = await openDraftStore(h.indexedDB, DRAFTS_DB_NAME);
  await store.put(named('d1', 'Saved before', '2026-11-23T10:00:00.000Z'));
  store.close();
  writeRescueCopy(named('d1', 'Typed just before closing', '2026-11-23T10:00:01.000Z'));
  const view = mount(h);
  await eventually(() => expect(view.result.current.drafts.status).toBe('ready'));
  expect(childName(view.result.current.draft)).toBe('Typed just before closing');
  expect(readRescueCopy()).toBeUndefined();
});

test('an older rescue copy never overwrites a newer stored draft', async () => {
  const h = host();
  const store = await openDraftStore(h.indexedDB, DRAFTS_DB_NAME);
  await store.put(named('d1', 'Newer in the store', '2026-11-23T10:05:00.000Z'));
  store.close();
  writeRescueCopy(named('d1', 'Old copy', '2026-11-23T10:00:00.000Z'));
  clock += 1;
  const view = mount(h);
  await eventually(() => expect(view.result.current.drafts.status).toBe('ready'));
  expect(childName(view.result.current.draft)).toBe('Newer in the store');
});

test('a damaged rescue copy is ignored', () => {
  window.localStorage.setItem('referral-card.rescue-draft', '{not json');
  expect(readRescueCopy()).toBeUndefined();
});
