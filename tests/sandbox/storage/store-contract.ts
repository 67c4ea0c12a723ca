import { createHash } from 'node:crypto';
import { type Store, StoreError } from '../../../src/sandbox/storage/store';

type Message = { id: string; subject: string; categories?: string[]; at?: unknown; extra?: unknown };

/** The behaviour every Store implementation shares (memory-store.test.ts, disk-store.test.ts). */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: Store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('answers undefined and [] for what was never written', () => {
      expect(store.get('messages', 'nope')).toBeUndefined();
      expect(store.list('messages')).toEqual([]);
    });

    it('reads back what was put, per collection', async () => {
      await store.put('messages', 'a', { id: 'a', subject: 'Hello' });
      await store.put('drafts', 'a', { id: 'a', subject: 'Other collection' });
      expect(store.get<Message>('messages', 'a')).toEqual({ id: 'a', subject: 'Hello' });
      expect(store.get<Message>('drafts', 'a')?.subject).toBe('Other collection');
    });

    it('sees a write as soon as put is called, before it is durable', async () => {
      const pending = store.put('messages', 'a', { id: 'a', subject: 'now' });
      expect(store.get<Message>('messages', 'a')?.subject).toBe('now');
      await pending;
    });

    it('writes a batch of puts and deletes at once, visible as soon as write is called', async () => {
      await store.put('messages', 'old', { id: 'old', subject: 'draft' });
      const pending = store.write([
        { op: 'put', collection: 'messages', id: 'new', value: { id: 'new', subject: 'sent' } },
        { op: 'delete', collection: 'messages', id: 'old' },
      ]);
      expect(store.get('messages', 'old')).toBeUndefined();
      expect(store.get<Message>('messages', 'new')?.subject).toBe('sent');
      await pending;
    });

    it('refuses a whole batch when one value has no JSON form, and changes nothing', async () => {
      await expect(
        store.write([
          { op: 'put', collection: 'messages', id: 'a', value: { id: 'a', subject: 'fine' } },
          { op: 'put', collection: 'messages', id: 'b', value: 10n },
        ]),
      ).rejects.toMatchObject({ code: 'NotSerialisable' });
      await expect(store.write([{ op: 'delete', collection: '', id: 'x' }])).rejects.toMatchObject({
        code: 'BadArgument',
      });
      expect(store.list('messages')).toEqual([]);
    });

    it('keeps insertion order; re-putting keeps the place, delete + put moves to the end', async () => {
      for (const id of ['a', 'b', 'c']) await store.put('messages', id, { id, subject: id });
      await store.put('messages', 'a', { id: 'a', subject: 'a2' });
      expect(store.list<Message>('messages').map((m) => m.subject)).toEqual(['a2', 'b', 'c']);
      await store.delete('messages', 'b');
      await store.put('messages', 'b', { id: 'b', subject: 'b2' });
      expect(store.list<Message>('messages').map((m) => m.subject)).toEqual(['a2', 'c', 'b2']);
    });

    it('deletes, and deleting what is absent is a no-op', async () => {
      await store.put('messages', 'a', { id: 'a', subject: 'x' });
      await store.delete('messages', 'a');
      await store.delete('messages', 'never');
      expect(store.get('messages', 'a')).toBeUndefined();
      expect(store.list('messages')).toEqual([]);
    });

    it('stores a JSON copy: later changes to the argument do not leak in; Dates become strings', async () => {
      const value: Message = {
        id: 'a',
        subject: 'x',
        categories: ['New'],
        at: new Date(Date.UTC(2026, 0, 2)),
        extra: undefined,
      };
      await store.put('messages', 'a', value);
      value.categories?.push('Changed');
      value.subject = 'changed';
      expect(store.get('messages', 'a')).toEqual({
        id: 'a',
        subject: 'x',
        categories: ['New'],
        at: '2026-01-02T00:00:00.000Z',
      });
    });

    it('returns deeply frozen values so a caller cannot change the store without put', async () => {
      await store.put('messages', 'a', { id: 'a', subject: 'x', categories: ['New'] });
      const read = store.get<Message>('messages', 'a') as Message;
      expect(() => {
        read.subject = 'mutated';
      }).toThrow(TypeError);
      expect(() => read.categories?.push('mutated')).toThrow(TypeError);
      expect(store.get<Message>('messages', 'a')?.subject).toBe('x');
    });

    it.each([
      ['undefined', undefined],
      ['a BigInt', { n: BigInt(1) }],
      [
        'a cycle',
        (() => {
          const o: Record<string, unknown> = {};
          o.self = o;
          return o;
        })(),
      ],
    ])('refuses %s with NotSerialisable and keeps the previous value', async (_label, value) => {
      await store.put('messages', 'a', { id: 'a', subject: 'kept' });
      await expect(store.put('messages', 'a', value)).rejects.toMatchObject({ code: 'NotSerialisable' });
      expect(store.get<Message>('messages', 'a')?.subject).toBe('kept');
    });

    it('refuses empty collection or id names', async () => {
      await expect(store.put('', 'a', {})).rejects.toMatchObject({ code: 'BadArgument' });
      await expect(store.put('messages', '', {})).rejects.toMatchObject({ code: 'BadArgument' });
      await expect(store.delete('messages', '')).rejects.toBeInstanceOf(StoreError);
    });

    it('keeps ids with any characters (Graph ids carry = + / -)', async () => {
      const id = 'AAMkAGI2T/+==\n"quoted"\u00e9';
      await store.put('messages', id, { id, subject: 'odd id' });
      expect(store.get<Message>('messages', id)?.subject).toBe('odd id');
    });

    it('handles many concurrent writes', async () => {
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => store.put('messages', `m${i}`, { id: `m${i}`, subject: `s${i}` })),
      );
      const listed = store.list<Message>('messages');
      expect(listed).toHaveLength(200);
      expect(listed.map((m) => m.id)).toEqual(Array.from({ length: 200 }, (_, i) => `m${i}`));
    });

    it('stores blobs by sha256 and hands out copies', async () => {
      const bytes = new Uint8Array([1, 2, 3, 250]);
      const id = await store.putBlob(bytes);
      expect(id).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(await store.putBlob(Uint8Array.from(bytes))).toBe(id);
      bytes[0] = 99; // the caller's buffer is not the stored one
      const read = store.getBlob(id) as Buffer;
      expect([...read]).toEqual([1, 2, 3, 250]);
      read[1] = 77;
      expect([...(store.getBlob(id) as Buffer)]).toEqual([1, 2, 3, 250]);
      expect(store.getBlob(await store.putBlob(new Uint8Array(0)))).toEqual(Buffer.alloc(0));
    });

    it('answers undefined for unknown or malformed blob ids (no path tricks)', () => {
      expect(store.getBlob('0'.repeat(64))).toBeUndefined();
      expect(store.getBlob('../../etc/passwd')).toBeUndefined();
      expect(store.getBlob('')).toBeUndefined();
    });

    it('refuses writes after close, and close can be called twice', async () => {
      await store.put('messages', 'a', { id: 'a', subject: 'x' });
      await store.close();
      await store.close();
      await expect(store.put('messages', 'b', {})).rejects.toMatchObject({ code: 'StoreClosed' });
      await expect(store.delete('messages', 'a')).rejects.toMatchObject({ code: 'StoreClosed' });
      await expect(store.putBlob(new Uint8Array([1]))).rejects.toMatchObject({ code: 'StoreClosed' });
    });
  });
}
