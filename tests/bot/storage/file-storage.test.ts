import { mkdtempSync, promises as fs, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from '../../../src/bot/storage/file-storage';
import { storageContract } from './storage-contract';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function folder() {
  const f = mkdtempSync(join(tmpdir(), 'bot-store-'));
  folders.push(f);
  return f;
}

describe('FileStorage: two instances on one folder', () => {
  storageContract(async () => {
    const f = folder();
    return [new FileStorage(f), new FileStorage(f)];
  });
});

describe('FileStorage on disk', () => {
  test('leaves no temporary or lock files behind', async () => {
    const f = folder();
    const s = new FileStorage(f);
    const eTag = await s.create('a', { n: 1 });
    await s.write({ a: { n: 2, eTag } });
    await s.create('b', { n: 1 }).catch(() => undefined);
    await s.create('b', { n: 1 }).catch(() => undefined);
    expect(readdirSync(f).filter((n) => !n.endsWith('.json'))).toEqual([]);
  });

  test('a lock left by a process that died is broken after it goes stale', async () => {
    const f = folder();
    const s = new FileStorage(f, { staleLockMs: 50, lockWaitMs: 2_000 });
    await s.create('k', { n: 1 });
    const [file] = readdirSync(f).filter((n) => n.endsWith('.json'));
    await fs.writeFile(join(f, `${file}.lock`), '');
    await s.write({ k: { n: 2 } });
    expect((await s.read(['k'])).k.n).toBe(2);
  });

  test('a live lock makes a writer wait, then give up with an error', async () => {
    const f = folder();
    const s = new FileStorage(f, { staleLockMs: 60_000, lockWaitMs: 100 });
    await s.create('k', { n: 1 });
    const [file] = readdirSync(f).filter((n) => n.endsWith('.json'));
    await fs.writeFile(join(f, `${file}.lock`), '');
    await expect(s.write({ k: { n: 2 } })).rejects.toThrow(/locked/);
    expect((await s.read(['k'])).k.n).toBe(1);
  });

  test('a damaged file is an error, not an empty read', async () => {
    const f = folder();
    const s = new FileStorage(f);
    await s.create('k', { n: 1 });
    const [file] = readdirSync(f).filter((n) => n.endsWith('.json'));
    await fs.writeFile(join(f, file!), '{not json');
    await expect(s.read(['k'])).rejects.toThrow();
  });
});
