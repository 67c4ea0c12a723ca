import { StorageConflictError, isStorageConflict, type BotStorage } from '../../../src/bot/storage/bot-storage';

/** What every bot store must do; each store's test runs these against two instances sharing one medium. */
export function storageContract(make: () => Promise<[BotStorage, BotStorage]>) {
  let a: BotStorage;
  let b: BotStorage;
  beforeEach(async () => {
    [a, b] = await make();
  });

  test('reads what was written, with an eTag, and leaves absent keys out', async () => {
    await a.write({ 'card/one': { state: 'posted' } });
    const read = await b.read(['card/one', 'card/absent']);
    expect(Object.keys(read)).toEqual(['card/one']);
    expect(read['card/one']).toEqual({ state: 'posted', eTag: expect.any(String) });
  });

  test('a write with a stale eTag is refused and changes nothing', async () => {
    const first = await a.create('k', { n: 1 });
    await a.write({ k: { n: 2, eTag: first } });
    await expect(b.write({ k: { n: 3, eTag: first } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await a.read(['k'])).k.n).toBe(2);
  });

  test('a write with the current eTag wins and changes the eTag', async () => {
    const first = await a.create('k', { n: 1 });
    await b.write({ k: { n: 2, eTag: first } });
    const now = (await a.read(['k'])).k;
    expect(now.n).toBe(2);
    expect(now.eTag).not.toBe(first);
  });

  test('"*" and no eTag overwrite, as the SDK defines', async () => {
    await a.create('k', { n: 1 });
    await b.write({ k: { n: 2, eTag: '*' } });
    await a.write({ k: { n: 3 } });
    expect((await b.read(['k'])).k.n).toBe(3);
  });

  test('create refuses a key that exists', async () => {
    await a.create('claim', { by: 'a' });
    await expect(b.create('claim', { by: 'b' })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await a.read(['claim'])).claim.by).toBe('a');
  });

  test('two instances racing to create the same keys: exactly one wins each', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `race/${i}`);
    const attempts = keys.flatMap((key) =>
      [a, b].map((s, i) =>
        s.create(key, { by: i }).then(
          () => 1,
          () => 0,
        ),
      ),
    );
    const wins = (await Promise.all(attempts)) as number[];
    expect(wins.reduce((x, y) => x + y, 0)).toBe(keys.length);
  });

  test('two instances racing to update from the same eTag: exactly one wins', async () => {
    const eTag = await a.create('counter', { n: 0 });
    const results = await Promise.allSettled([a, b, a, b].map((s, i) => s.write({ counter: { n: i + 1, eTag } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && isStorageConflict(r.reason))).toHaveLength(3);
  });

  test('delete removes, and deleting an absent key is fine', async () => {
    await a.create('gone', { x: 1 });
    await b.delete(['gone', 'never']);
    expect(await a.read(['gone'])).toEqual({});
    await expect(a.create('gone', { x: 2 })).resolves.toEqual(expect.any(String));
  });

  test('bad input is refused', async () => {
    await expect(a.read([])).rejects.toThrow();
    await expect(a.write({})).rejects.toThrow();
    await expect(a.create('', {})).rejects.toThrow();
    await expect(a.create('bad\u0000key', {})).rejects.toThrow();
  });

  test('keys with slashes, spaces and unicode round-trip', async () => {
    const key = 'card/referrals@council.gov.uk/Ré f 1?x=y#z';
    await a.create(key, { ok: true });
    expect((await b.read([key]))[key].ok).toBe(true);
  });
}
