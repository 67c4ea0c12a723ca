import 'fake-indexeddb/auto';
import { openDraftStore } from '../../../../src/ui/features/drafts/draft-store';
import { DraftStoreError, toDraftStoreError } from '../../../../src/ui/features/drafts/draft-store-errors';
import { newDraft } from '../../../../src/ui/state/draft';
import type { Draft } from '../../../../src/ui/state/draft';

const at = (iso: string) => new Date(iso);
const draft = (id: string, updatedAt: string, childName?: string): Draft => {
  const d = newDraft(id, at('2026-11-23T10:42:00Z'));
  const people = childName ? [{ id: 'c1', kind: 'child' as const, name: childName }] : [];
  return { ...d, updatedAt, referral: { ...d.referral, people } };
};

/** Writes a raw record straight into the database, as a bug or another program might. */
async function writeRaw(factory: IDBFactory, name: string, record: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = factory.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(record);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

describe('draft store (IndexedDB)', () => {
  test('put, get, list newest first with titles, remove', async () => {
    const store = await openDraftStore(new IDBFactory());
    expect(store.kind).toBe('indexeddb');
    expect(store.notice).toBeUndefined();
    await store.put(draft('a', '2026-11-23T10:43:00.000Z', 'Jo Bloggs'));
    await store.put(draft('b', '2026-11-23T11:00:00.000Z'));
    expect((await store.get('a'))?.referral.people).toEqual([{ id: 'c1', kind: 'child', name: 'Jo Bloggs' }]);
    expect(await store.list()).toEqual([
      { id: 'b', updatedAt: '2026-11-23T11:00:00.000Z', title: 'Referral started 23/11/2026 10:42' },
      { id: 'a', updatedAt: '2026-11-23T10:43:00.000Z', title: 'Referral for Jo, started 23/11/2026 10:42' },
    ]);
    await store.remove('a');
    expect(await store.get('a')).toBeUndefined();
    expect((await store.list()).map((s) => s.id)).toEqual(['b']);
    store.close();
  });

  test('drafts survive closing and reopening the database', async () => {
    const factory = new IDBFactory();
    const first = await openDraftStore(factory, 'rc');
    await first.put(draft('a', '2026-11-23T10:43:00.000Z'));
    first.close();
    const second = await openDraftStore(factory, 'rc');
    expect((await second.get('a'))?.updatedAt).toBe('2026-11-23T10:43:00.000Z');
    second.close();
  });

  test('an older copy never overwrites a newer stored draft (two tabs editing)', async () => {
    const factory = new IDBFactory();
    const tabA = await openDraftStore(factory);
    const tabB = await openDraftStore(factory);
    await tabA.put(draft('a', '2026-11-23T10:50:00.000Z', 'Newer'));
    await tabB.put(draft('a', '2026-11-23T10:45:00.000Z', 'Older'));
    expect((await tabA.get('a'))?.referral.people).toEqual([{ id: 'c1', kind: 'child', name: 'Newer' }]);
    await tabB.put(draft('a', '2026-11-23T10:55:00.000Z', 'Newest'));
    expect((await tabA.get('a'))?.referral.people).toEqual([{ id: 'c1', kind: 'child', name: 'Newest' }]);
    tabA.close();
    tabB.close();
  });

  test('a damaged record is skipped and reported by id, never crashing the list or leaking its content', async () => {
    const factory = new IDBFactory();
    const problems: DraftStoreError[] = [];
    const store = await openDraftStore(factory, 'rc', { onProblem: (p) => problems.push(p) });
    await store.put(draft('good', '2026-11-23T10:43:00.000Z'));
    await writeRaw(factory, 'rc', { id: 'bad', updatedAt: 'yesterday', referral: 'Jo Bloggs, 12 High St' });
    await writeRaw(factory, 'rc', {
      id: 'worse',
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
      referral: null,
    });
    expect((await store.list()).map((s) => s.id)).toEqual(['good']);
    expect(await store.get('bad')).toBeUndefined();
    expect(problems.map((p) => [p.code, p.draftId])).toEqual([
      ['corrupt-record', 'bad'],
      ['corrupt-record', 'worse'],
      ['corrupt-record', 'bad'],
    ]);
    expect(problems[0]?.message).toBe('A saved draft could not be read and has been left out of the list.');
    expect(JSON.stringify(problems.map((p) => [p.message, p.draftId]))).not.toContain('Bloggs');
    // A valid save replaces a damaged record with the same id.
    await store.put(draft('bad', '2026-11-23T09:00:00.000Z'));
    expect((await store.get('bad'))?.id).toBe('bad');
    store.close();
  });

  test('an invalid draft is refused with a plain-words error, not written', async () => {
    const store = await openDraftStore(new IDBFactory());
    const broken = { id: '', createdAt: 'x', updatedAt: 'y', referral: {} } as Draft;
    await expect(store.put(broken)).rejects.toMatchObject({ code: 'invalid-draft' });
    expect(await store.list()).toEqual([]);
    store.close();
  });

  test('a full disk becomes a quota-exceeded error in words, and the stored draft is unchanged', async () => {
    const store = await openDraftStore(new IDBFactory());
    await store.put(draft('a', '2026-11-23T10:43:00.000Z', 'Kept'));
    const spy = jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const error = await store.put(draft('a', '2026-11-23T10:50:00.000Z', 'Lost?')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DraftStoreError);
      expect(error).toMatchObject({ code: 'quota-exceeded', draftId: 'a' });
      expect((error as Error).message).toMatch(/^Your browser has no room to save this draft; /);
    } finally {
      spy.mockRestore();
    }
    expect((await store.get('a'))?.referral.people).toEqual([{ id: 'c1', kind: 'child', name: 'Kept' }]);
    store.close();
  });

  test('after another tab upgrades the database, writes fail with "closed" in words', async () => {
    const factory = new IDBFactory();
    const store = await openDraftStore(factory, 'rc');
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open('rc', 2); // a newer release; this store steps aside (versionchange)
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await expect(store.put(draft('a', '2026-11-23T10:43:00.000Z'))).rejects.toMatchObject({
      code: 'closed',
      message: expect.stringMatching(/Reload this pane/),
    });
    newer.close();
    // And this (older) version cannot open the newer database: it keeps drafts in memory and says so.
    const old = await openDraftStore(factory, 'rc');
    expect(old.kind).toBe('memory');
    expect(old.notice?.code).toBe('newer-version');
  });

  test('DOM errors map to codes; unknown ones to the fallback', () => {
    expect(toDraftStoreError(new DOMException('x', 'QuotaExceededError'), 'write-failed').code).toBe('quota-exceeded');
    expect(toDraftStoreError(new DOMException('x', 'DataCloneError'), 'write-failed').code).toBe('invalid-draft');
    expect(toDraftStoreError(new DOMException('x', 'UnknownError'), 'read-failed').code).toBe('read-failed');
    expect(toDraftStoreError('weird', 'write-failed').code).toBe('write-failed');
    expect(toDraftStoreError(null, 'write-failed').message).not.toMatch(/null|undefined|Error/);
  });
});

describe('draft store fallback (no usable IndexedDB)', () => {
  const throwing = {
    open: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as IDBFactory;

  test('when indexedDB.open throws, drafts are kept in memory and the notice says they will not survive closing', async () => {
    const store = await openDraftStore(throwing, 'private-1');
    expect(store.kind).toBe('memory');
    expect(store.notice?.code).toBe('unavailable');
    expect(store.notice?.message).toMatch(/closing it or reloading will lose them/);
    await store.put(draft('a', '2026-11-23T10:43:00.000Z', 'Jo'));
    await store.put(draft('b', '2026-11-23T10:44:00.000Z'));
    await store.put(draft('a', '2026-11-23T10:40:00.000Z', 'Older'));
    expect((await store.list()).map((s) => [s.id, s.title])).toEqual([
      ['b', 'Referral started 23/11/2026 10:42'],
      ['a', 'Referral for Jo, started 23/11/2026 10:42'],
    ]);
    await expect(store.put({ id: 'x' } as Draft)).rejects.toMatchObject({ code: 'invalid-draft' });
    // The same page reopening the store (the pane re-rendered, a filed draft being cleared) sees the same drafts.
    const again = await openDraftStore(throwing, 'private-1');
    await again.remove('a');
    expect((await store.list()).map((s) => s.id)).toEqual(['b']);
  });

  test('the memory store hands out copies: later edits to an object do not reach the store', async () => {
    const store = await openDraftStore(throwing, 'private-2');
    const d = draft('a', '2026-11-23T10:43:00.000Z', 'Jo');
    await store.put(d);
    (d.referral.people as { name: string }[])[0]!.name = 'Changed';
    expect((await store.get('a'))?.referral.people).toEqual([{ id: 'c1', kind: 'child', name: 'Jo' }]);
  });

  test('an open request that fails, or never answers, falls back too', async () => {
    const failing = {
      open: () => {
        const request = { error: new DOMException('x', 'UnknownError') } as unknown as IDBOpenDBRequest;
        setTimeout(() => request.onerror?.({ preventDefault() {} } as unknown as Event), 0);
        return request;
      },
    } as unknown as IDBFactory;
    expect((await openDraftStore(failing, 'fails')).notice?.code).toBe('unavailable');
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    expect((await openDraftStore(hanging, 'hangs', { openTimeoutMs: 5 })).kind).toBe('memory');
  });
});
