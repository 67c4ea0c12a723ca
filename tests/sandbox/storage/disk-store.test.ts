import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
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
import { type DiskStore, describeRecovery, openDiskStore } from '../../../src/sandbox/storage/disk-store';
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

  it('skips a record with a flipped byte in the middle of the log, keeps every other, and reports the offset', async () => {
    const dir = freshDir();
    await writeDocs(dir, 200);
    const path = join(dir, 'data.log');
    const bytes = readFileSync(path);
    // The line holding the middle byte of the log is the one record to lose.
    const middle = Math.floor(bytes.length / 2);
    const lineStart = bytes.lastIndexOf(0x0a, middle) + 1;
    const lineEnd = bytes.indexOf(0x0a, middle) + 1;
    const lost = JSON.parse(bytes.subarray(bytes.indexOf(0x7b, lineStart), lineEnd - 1).toString()) as { i: string };
    bytes.writeUInt8((bytes[middle] as number) ^ 0x20, middle);
    writeFileSync(path, bytes);

    const store = await openAt(dir);
    const ids = store.list<Doc>('docs').map((d) => d.id);
    expect(ids).toHaveLength(199);
    expect(ids).not.toContain(lost.i);
    expect(ids[0]).toBe('d0');
    expect(ids.at(-1)).toBe('d199');
    expect(store.recovery).toEqual({
      records: 199,
      droppedBytes: 0,
      corrupt: [{ offset: lineStart, bytes: lineEnd - lineStart }],
      compacted: false,
    });
    const notice = describeRecovery(store.recovery, path);
    expect(notice).toContain(`1 unreadable record (${lineEnd - lineStart} bytes at byte offset ${lineStart})`);
    expect(notice).toContain('199 records read');
    // Nothing is compacted over the damage: the log is byte for byte what it was.
    expect(readFileSync(path)).toEqual(bytes);

    // New writes go after it and survive the next open, which reports the same damage again.
    await store.put('docs', 'new', { id: 'new', n: 1 });
    await store.close();
    const again = await openAt(dir);
    expect(again.list<Doc>('docs')).toHaveLength(200);
    expect(again.get<Doc>('docs', 'new')).toEqual({ id: 'new', n: 1 });
    expect(again.recovery.corrupt).toEqual([{ offset: lineStart, bytes: lineEnd - lineStart }]);
  });

  it('cuts a torn tail without compacting a log that has unreadable records', async () => {
    const dir = freshDir();
    await writeDocs(dir, 3);
    const path = join(dir, 'data.log');
    const bytes = readFileSync(path);
    bytes.writeUInt8((bytes[20] as number) ^ 0x01, 20); // damage the first record
    const torn = encodePut('docs', 'd3', JSON.stringify({ id: 'd3', n: 3 })).subarray(0, 12);
    writeFileSync(path, Buffer.concat([bytes, torn]));

    const store = await openAt(dir);
    expect(store.list<Doc>('docs').map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(store.recovery).toMatchObject({ droppedBytes: 12, compacted: false, corrupt: [{ offset: 0 }] });
    expect(readFileSync(path)).toEqual(bytes);
    await store.put('docs', 'd4', { id: 'd4', n: 4 });
    await store.close();
    const again = await openAt(dir);
    expect(again.list<Doc>('docs').map((d) => d.id)).toEqual(['d1', 'd2', 'd4']);
  });

  it('writes a batch as one record: after reopening all of it is there', async () => {
    const dir = freshDir();
    const first = await openAt(dir);
    await first.put('docs', 'old', { id: 'old', n: 0 });
    await first.write([
      { op: 'put', collection: 'docs', id: 'a', value: { id: 'a', n: 1 } },
      { op: 'put', collection: 'other', id: 'b', value: { id: 'b', n: 2 } },
      { op: 'delete', collection: 'docs', id: 'old' },
    ]);
    await first.close();
    expect(readFileSync(join(dir, 'data.log')).toString().trim().split('\n')).toHaveLength(2);
    const second = await openAt(dir);
    expect(second.list<Doc>('docs')).toEqual([{ id: 'a', n: 1 }]);
    expect(second.get<Doc>('other', 'b')).toEqual({ id: 'b', n: 2 });
  });

  it('keeps its files to their owner: data.log and blobs 0600, folders 0700', async () => {
    const dir = freshDir();
    const store = await openAt(dir);
    await store.put('docs', 'a', { id: 'a', n: 1 });
    const blob = await store.putBlob(Buffer.from('private'));
    await store.close();
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'blobs'))).toBe(0o700);
    expect(mode(join(dir, 'data.log'))).toBe(0o600);
    expect(mode(join(dir, 'blobs', blob))).toBe(0o600);
    // A store an older sandbox left world-readable is closed to others on open.
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'data.log'), 0o644);
    await (await openAt(dir)).close();
    expect([mode(dir), mode(join(dir, 'data.log'))]).toEqual([0o700, 0o600]);
    // A compaction's fresh log is private too.
    await (await openAt(dir)).close();
    writeFileSync(join(dir, 'data.log'), Buffer.concat([readFileSync(join(dir, 'data.log')), Buffer.from('torn')]));
    await (await openAt(dir)).close();
    expect(mode(join(dir, 'data.log'))).toBe(0o600);
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
