import { REMEMBER_DELAY_MS, ReferrerMemory } from '../../../../src/ui/features/referrer-memory/referrer-memory';
import { REMEMBERED_REFERRER_KEY } from '../../../../src/ui/features/referrer-memory/remembered-referrer';
import type { UserSettings } from '../../../../src/ui/host-context';
import { newDraft } from '../../../../src/ui/state/draft';
import { createDraftStore } from '../../../../src/ui/state/draft-store';
import type { DraftStore } from '../../../../src/ui/state/draft-store';
import type * as Timers from 'node:timers';

const t0 = new Date('2026-12-07T09:00:00Z');
const sam = { name: 'Sam Worker', email: 'sam@council.gov.uk' };
const realImmediate = jest.requireActual<typeof Timers>('timers').setImmediate;
const flush = () => new Promise<void>((resolve) => realImmediate(resolve));

function fakeSettings(initial?: unknown) {
  const kept = new Map<string, unknown>(initial === undefined ? [] : [[REMEMBERED_REFERRER_KEY, initial]]);
  let failWith: Error | undefined;
  const settings: UserSettings & { writes: unknown[] } = {
    writes: [],
    read: async (k) => kept.get(k),
    write: async (k, v) => {
      if (failWith) throw failWith;
      settings.writes.push(v);
      kept.set(k, v);
    },
    clear: async () => kept.clear(),
  };
  return { settings, kept, fail: (e: Error | undefined) => (failWith = e) };
}

const referrerOf = (store: DraftStore) => store.get().referral.referrer;
const edit = (store: DraftStore, patch: Record<string, string>) =>
  store.dispatch({ type: 'edit-section', section: 'referrer', patch });

let memory: ReferrerMemory | undefined;
beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
afterEach(() => {
  memory?.stop();
  memory = undefined;
  jest.useRealTimers();
});

function start(settings: UserSettings, store = createDraftStore(newDraft('d1', t0, sam), () => t0)) {
  memory = new ReferrerMemory(settings, store);
  memory.start();
  return store;
}

describe('the remembered referrer', () => {
  test('prefills a new referral with what was remembered, beside the name and email of the sign-in', async () => {
    const { settings } = fakeSettings({ v: 1, role: 'IDVA', organisation: 'Refuge', phone: '0115 000 0000' });
    const store = start(settings);
    await flush();
    expect(referrerOf(store)).toEqual({ ...sam, role: 'IDVA', organisation: 'Refuge', phone: '0115 000 0000' });
    expect(settings.writes).toEqual([]); // its own prefill is not written back
  });

  test('never touches a draft that already holds any of the details (a restored draft)', async () => {
    const { settings } = fakeSettings({ v: 1, role: 'IDVA', organisation: 'Refuge' });
    const draft = newDraft('d1', t0, sam);
    const restored = { ...draft, referral: { ...draft.referral, referrer: { ...sam, role: 'Social worker' } } };
    const store = start(
      settings,
      createDraftStore(restored, () => t0),
    );
    await flush();
    expect(referrerOf(store)).toEqual({ ...sam, role: 'Social worker' });
  });

  test('a detail typed before the remembered ones arrive is kept', async () => {
    const { settings } = fakeSettings({ v: 1, role: 'IDVA', organisation: 'Refuge' });
    const store = start(settings);
    edit(store, { role: 'Health visitor' });
    await flush();
    expect(referrerOf(store)).toMatchObject({ role: 'Health visitor' });
    expect(referrerOf(store)?.organisation).toBeUndefined();
  });

  test('remembers what is typed a moment after the last change, and each new referral gets it', async () => {
    const { settings } = fakeSettings();
    const store = start(settings);
    await flush();
    edit(store, { role: 'S' });
    edit(store, { role: 'Social worker', organisation: 'Lewisham' });
    jest.advanceTimersByTime(REMEMBER_DELAY_MS - 1);
    expect(settings.writes).toEqual([]);
    jest.advanceTimersByTime(1);
    await flush();
    expect(settings.writes).toEqual([{ v: 1, role: 'Social worker', organisation: 'Lewisham' }]);

    store.dispatch({ type: 'replace', draft: newDraft('d2', t0, sam) });
    await flush();
    expect(referrerOf(store)).toEqual({ ...sam, role: 'Social worker', organisation: 'Lewisham' });
    jest.advanceTimersByTime(REMEMBER_DELAY_MS);
    expect(settings.writes).toHaveLength(1);
  });

  test('opening another draft is not remembered: only an edit is', async () => {
    const { settings } = fakeSettings({ v: 1, role: 'IDVA' });
    const store = start(settings);
    await flush();
    const other = newDraft('d2', t0, sam);
    store.dispatch({
      type: 'replace',
      draft: { ...other, referral: { ...other.referral, referrer: { ...sam, role: 'Old role' } } },
    });
    jest.advanceTimersByTime(REMEMBER_DELAY_MS * 2);
    await flush();
    expect(settings.writes).toEqual([]);
  });

  test('a change still waiting is written at once when the page goes away', async () => {
    const { settings } = fakeSettings();
    const store = start(settings);
    await flush();
    edit(store, { phone: '07700 900000' });
    memory!.flush();
    await flush();
    expect(settings.writes).toEqual([{ v: 1, phone: '07700 900000' }]);
  });

  test('a failed write is said in words, keeps what is on screen, and the next change tries again', async () => {
    const { settings, fail } = fakeSettings();
    const store = start(settings);
    await flush();
    fail(new Error('Outlook could not save them to your mailbox just now.'));
    edit(store, { role: 'IDVA' });
    jest.advanceTimersByTime(REMEMBER_DELAY_MS);
    await flush();
    expect(memory!.view.get().problem).toBe(
      'Your role, organisation, team and phone number could not be remembered for your next referral. Outlook could not save them to your mailbox just now. This referral keeps what you typed.',
    );
    expect(referrerOf(store)).toMatchObject({ role: 'IDVA' });
    fail(undefined);
    edit(store, { role: 'IDVA (Refuge)' });
    jest.advanceTimersByTime(REMEMBER_DELAY_MS);
    await flush();
    expect(settings.writes).toEqual([{ v: 1, role: 'IDVA (Refuge)' }]);
    expect(memory!.view.get().problem).toBeUndefined();
  });

  test('after stop nothing more is read into the draft', async () => {
    const { settings } = fakeSettings({ v: 1, role: 'IDVA' });
    const store = createDraftStore(newDraft('d1', t0, sam), () => t0);
    memory = new ReferrerMemory(settings, store);
    memory.start();
    memory.stop();
    await flush();
    expect(referrerOf(store)).toEqual(sam);
  });
});
