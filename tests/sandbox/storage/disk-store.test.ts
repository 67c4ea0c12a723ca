import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DiskStore, openDiskStore } from '../../../src/sandbox/storage/disk-store';
import { encodePut } from '../../../src/sandbox/storage/log-record';
import { describeStoreContract } from './store-contract';

type Doc = { id: string; n: number };

const root = mkdtempSync(join(tmpdir(), 'disk-store-test-'));
let counter = 0;
const freshDir = (): string => join(root, `store-${(counter += 1)}`);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describeStoreContract('disk store', () => openDiskStore(freshDir()));

describe('disk store on disk', () => {
  const open: DiskStore[] = [];
  const openAt = async (dir: string): Promise<DiskStore> => {
    const store = await openDiskStore(dir);
    open.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  async function writeDocs(dir: string, count: number): Promise<void> {
    const store = await openAt(dir);
    for (let n = 0; n < count; n += 1) await store.put('docs', `d${n}`, { id: `d${n}`, n });
    await store.close();
  }

  it('keeps records, order, deletes and blobs across close and reopen', async () => {
    const dir = freshDir();
    const first = await openAt(dir);
    for (const id of ['a', 'b', 'c', 'd']) await first.put('docs', id, { id, n: 1 });
    await first.put('docs', 'b', { id: 'b', n: 2 });
    await first.delete('docs', 'c');
    await first.put('other', 'x', { id: 'x', n: 9 });
    const blob = await first.putBlob(Buffer.from('attachment bytes'));
    await first.close();

    const second = await openAt(dir);
    expect(second.list<Doc>('docs')).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'd', n: 1 },
    ]);
    expect(second.get<Doc>('other', 'x')?.n).toBe(9);
    expect(second.getBlob(blob)?.toString()).toBe('attachment bytes');
    expect(second.recovery).toMatchObject({ records: 7, droppedBytes: 0 });
  });

  it('drops a torn tail on open and keeps appending after it', async () => {
    const dir = freshDir();
    await writeDocs(dir, 3);
    const torn = encodePut('docs', 'd3', JSON.stringify({ id: 'd3', n: 3 }));
    appendFileSync(join(dir, 'data.log'), torn.subarray(0, torn.length - 5)); // a record cut short by a crash

    const second = await openAt(dir);
    expect(second.list<Doc>('docs').map((d) => d.id)).toEqual(['d0', 'd1', 'd2']);
    expect(second.recovery).toMatchObject({ records: 3, droppedBytes: torn.length - 5, compacted: true });
    await second.put('docs', 'd4', { id: 'd4', n: 4 });
    await second.close();

    const third = await openAt(dir);
    expect(third.list<Doc>('docs').map((d) => d.id)).toEqual(['d0', 'd1', 'd2', 'd4']);
    expect(third.recovery.droppedBytes).toBe(0);
  });

  it('drops a record whose bytes were garbled (checksum mismatch) and everything after it', async () => {
    const dir = freshDir();
    await writeDocs(dir, 4);
    const path = join(dir, 'data.log');
    const bytes = readFileSync(path);
    const lines = bytes.toString('latin1').split('\n');
    const thirdLineStart = (lines[0] as string).length + 1 + (lines[1] as string).length + 1;
    bytes.writeUInt8((bytes[thirdLineStart + 30] as number) ^ 0x01, thirdLineStart + 30); // one flipped bit in record d2's payload
    writeFileSync(path, bytes);

    const store = await openAt(dir);
    // Point-in-time recovery: stop at the first bad record rather than replay around a hole.
    expect(store.list<Doc>('docs').map((d) => d.id)).toEqual(['d0', 'd1']);
    expect(store.recovery.droppedBytes).toBe(bytes.length - thirdLineStart);
  });

  it('ignores garbage appended after the last record', async () => {
    const dir = freshDir();
    await writeDocs(dir, 2);
    appendFileSync(join(dir, 'data.log'), Buffer.from('\u0000\u0000garbage\nmore garbage'));
    const store = await openAt(dir);
    expect(store.list<Doc>('docs').map((d) => d.id)).toEqual(['d0', 'd1']);
    expect(store.recovery.droppedBytes).toBeGreaterThan(0);
  });

  it('compacts overwritten and deleted records on open', async () => {
    const dir = freshDir();
    const first = await openAt(dir);
    for (let n = 0; n < 50; n += 1) await first.put('docs', 'same', { id: 'same', n });
    await first.put('docs', 'gone', { id: 'gone', n: 0 });
    await first.delete('docs', 'gone');
    await first.close();
    const before = statSync(join(dir, 'data.log')).size;

    const second = await openAt(dir);
    expect(second.recovery).toMatchObject({ records: 52, compacted: true });
    expect(second.get<Doc>('docs', 'same')?.n).toBe(49);
    expect(second.get('docs', 'gone')).toBeUndefined();
    await second.close();
    expect(statSync(join(dir, 'data.log')).size).toBeLessThan(before / 10);

    const third = await openAt(dir);
    expect(third.recovery).toMatchObject({ records: 1, compacted: false });
  });

  it('removes temp-file debris from an interrupted write', async () => {
    const dir = freshDir();
    await writeDocs(dir, 1);
    writeFileSync(join(dir, '.tmp-0123'), 'half a compaction');
    mkdirSync(join(dir, 'blobs'), { recursive: true });
    writeFileSync(join(dir, 'blobs', '.tmp-4567'), 'half a blob');
    const store = await openAt(dir);
    expect(store.list('docs')).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    expect(readdirSync(join(dir, 'blobs'))).toEqual([]);
  });

  it('refuses a second open of a live directory, and allows it after close', async () => {
    const dir = freshDir();
    const first = await openAt(dir);
    await expect(openDiskStore(dir)).rejects.toMatchObject({ code: 'StoreLocked' });
    await first.close();
    const second = await openAt(dir);
    expect(second.list('docs')).toEqual([]);
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = freshDir();
    await writeDocs(dir, 1);
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number; // exited: its pid is free
    writeFileSync(join(dir, 'LOCK'), String(dead));
    const store = await openAt(dir);
    expect(store.list('docs')).toHaveLength(1);
    await store.close();
    expect(existsSync(join(dir, 'LOCK'))).toBe(false);
  });
});
