import { mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BlobFiles } from './blob-files';
import { TEMP_PREFIX, acquireLock, fsyncDir, writeFileAtomic } from './durable-fs';
import { type LogRecord, decodeLog, encodeDelete, encodePut } from './log-record';
import { LogWriter } from './log-writer';
import { type Store, StoreError } from './store';
import { StoreIndex, checkKey, deepFreeze, toStoredValue } from './store-index';

const LOG_FILE = 'data.log';
const BLOB_DIR = 'blobs';

/** What opening found on disk: whole records replayed and bytes of torn/corrupt tail dropped. */
export type RecoveryReport = { records: number; droppedBytes: number; compacted: boolean };

export interface DiskStore extends Store {
  readonly recovery: RecoveryReport;
}

/**
 * Crash-safe store in `dir` (DESIGN.md §5: a write is whole or absent after kill -9, and survives
 * restart). Layout: `data.log` (append-only records, see log-record.ts), `blobs/<sha256>`, `LOCK`.
 * Opening replays the log up to the first torn or corrupt record, then compacts it into a fresh
 * log (temp + fsync + rename), which also discards the bad tail.
 */
export async function openDiskStore(dir: string): Promise<DiskStore> {
  await mkdir(dir, { recursive: true });
  const releaseLock = await acquireLock(dir);
  try {
    return await openLocked(dir, releaseLock);
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

async function openLocked(dir: string, releaseLock: () => Promise<void>): Promise<DiskStore> {
  for (const name of await readdir(dir)) {
    if (name.startsWith(TEMP_PREFIX)) await rm(join(dir, name), { force: true });
  }
  const logPath = join(dir, LOG_FILE);
  const bytes = await readFile(logPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  });
  const { records, validBytes } = decodeLog(bytes);
  const index = new StoreIndex();
  for (const record of records) replay(index, record);

  const live = [...index.entries()];
  // Already compact when every record is a put of a distinct key and nothing was dropped.
  const compacted = validBytes !== bytes.length || live.length !== records.length;
  if (compacted) {
    await writeFileAtomic(
      dir,
      LOG_FILE,
      inChunks(live, ({ collection, id, value }) => encodePut(collection, id, JSON.stringify(value))),
    );
  }
  const writer = new LogWriter(await open(logPath, 'a'));
  const blobs = await BlobFiles.open(join(dir, BLOB_DIR));
  await fsyncDir(dir); // a just-created data.log or blobs/ must itself survive a crash
  const recovery: RecoveryReport = { records: records.length, droppedBytes: bytes.length - validBytes, compacted };
  return createDiskStore(index, writer, blobs, recovery, releaseLock);
}

/** Encodes items lazily, grouped into ~1 MiB writes. */
function* inChunks<T>(items: T[], encode: (item: T) => Buffer): Generator<Buffer> {
  let chunk: Buffer[] = [];
  let size = 0;
  for (const item of items) {
    const part = encode(item);
    chunk.push(part);
    size += part.length;
    if (size >= 1 << 20) {
      yield Buffer.concat(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield Buffer.concat(chunk);
}

function replay(index: StoreIndex, record: LogRecord): void {
  if (record.op === 'put') index.set(record.collection, record.id, deepFreeze(record.value));
  else index.remove(record.collection, record.id);
}

function createDiskStore(
  index: StoreIndex,
  writer: LogWriter,
  blobs: BlobFiles,
  recovery: RecoveryReport,
  releaseLock: () => Promise<void>,
): DiskStore {
  let closing: Promise<void> | undefined;
  const refuseIfUnusable = (): void => {
    if (closing) throw new StoreError('StoreClosed', 'The store is closed.');
    if (writer.failed) throw writer.failed;
  };

  return {
    recovery,
    get: <T>(collection: string, id: string) => index.get(collection, id) as T | undefined,
    list: <T>(collection: string) => index.list(collection) as T[],
    async put<T>(collection: string, id: string, value: T): Promise<void> {
      refuseIfUnusable();
      checkKey(collection, id);
      const stored = toStoredValue(value);
      // Index first, in the same tick as the caller's read: a read-compare-write cannot interleave.
      index.set(collection, id, stored.value);
      await writer.append(encodePut(collection, id, stored.json));
    },
    async delete(collection: string, id: string): Promise<void> {
      refuseIfUnusable();
      checkKey(collection, id);
      index.remove(collection, id);
      await writer.append(encodeDelete(collection, id));
    },
    async putBlob(bytes: Uint8Array): Promise<string> {
      refuseIfUnusable();
      return blobs.put(bytes);
    },
    getBlob: (id: string) => blobs.get(id),
    close(): Promise<void> {
      closing ??= (async () => {
        await blobs.drain();
        await writer.close();
        await releaseLock();
      })();
      return closing;
    },
  };
}
