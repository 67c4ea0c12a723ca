import { chmod, mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BlobFiles } from './blob-files';
import { DIR_MODE, FILE_MODE, TEMP_PREFIX, acquireLock, fsyncDir, writeFileAtomic } from './durable-fs';
import { type CorruptRange, type LogRecord, decodeLog, encodeBatch, encodeDelete, encodePut } from './log-record';
import { LogWriter } from './log-writer';
import { type Store, type StoreChange, StoreError } from './store';
import { StoreIndex, applyStaged, checkKey, deepFreeze, stageChanges, toStoredValue } from './store-index';

const LOG_FILE = 'data.log';
const BLOB_DIR = 'blobs';

/**
 * What opening found on disk: whole records replayed, the bytes of a torn tail cut off, the whole
 * lines that failed their checks (skipped, and left in the log), and whether the log was rewritten.
 */
export type RecoveryReport = { records: number; droppedBytes: number; corrupt: CorruptRange[]; compacted: boolean };

export interface DiskStore extends Store {
  readonly recovery: RecoveryReport;
}

/** A line for the console when opening skipped unreadable records; undefined when the log was clean. */
export function describeRecovery(report: RecoveryReport, logPath: string): string | undefined {
  if (report.corrupt.length === 0) return undefined;
  const bytes = report.corrupt.reduce((n, c) => n + c.bytes, 0);
  const offsets = report.corrupt.map((c) => c.offset).join(', ');
  const what = report.corrupt.length === 1 ? '1 unreadable record' : `${report.corrupt.length} unreadable records`;
  return (
    `${logPath}: skipped ${what} (${bytes} bytes at byte offset ${offsets}); ` +
    `${report.records} records read. The log is kept as it is, not compacted, until it is moved aside.`
  );
}

/**
 * Crash-safe store in `dir`: a write is whole or absent after kill -9, and survives restart.
 * Layout: `data.log` (append-only records, see log-record.ts), `blobs/<sha256>`, `LOCK`.
 * Opening replays every whole record, skipping (and reporting) any that fail their checks, and cuts
 * off a torn tail. A clean log is then compacted into a fresh one (temp + fsync + rename); a log with
 * unreadable records is never rewritten, so nothing in it is lost for good.
 */
export async function openDiskStore(dir: string): Promise<DiskStore> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
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
  const { records, validBytes, corrupt } = decodeLog(bytes);
  const index = new StoreIndex();
  for (const record of records) replay(index, record);

  const live = [...index.entries()];
  // Already compact when every record is a put of a distinct key and nothing was dropped.
  const untidy = validBytes !== bytes.length || live.length !== records.length;
  const compacted = untidy && corrupt.length === 0;
  if (compacted) {
    await writeFileAtomic(
      dir,
      LOG_FILE,
      inChunks(live, ({ collection, id, value }) => encodePut(collection, id, JSON.stringify(value))),
    );
  } else if (validBytes !== bytes.length) {
    await cutTornTail(logPath, validBytes);
  }
  const writer = new LogWriter(await open(logPath, 'a', FILE_MODE));
  // A store made by an older sandbox may be world-readable: close it to others too.
  await Promise.all([chmod(dir, DIR_MODE), chmod(logPath, FILE_MODE)]);
  const blobs = await BlobFiles.open(join(dir, BLOB_DIR));
  await fsyncDir(dir); // a just-created data.log or blobs/ must itself survive a crash
  const recovery: RecoveryReport = {
    records: records.length,
    droppedBytes: bytes.length - validBytes,
    corrupt,
    compacted,
  };
  return createDiskStore(index, writer, blobs, recovery, releaseLock);
}

/** A write cut short by a crash was never acknowledged: drop it so the next record starts on a fresh line. */
async function cutTornTail(logPath: string, validBytes: number): Promise<void> {
  const handle = await open(logPath, 'r+');
  try {
    await handle.truncate(validBytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
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
    async write(changes: readonly StoreChange[]): Promise<void> {
      refuseIfUnusable();
      const staged = stageChanges(changes);
      applyStaged(index, staged);
      await writer.append(
        encodeBatch(
          staged.map((c) =>
            c.op === 'put'
              ? { op: 'put', collection: c.collection, id: c.id, valueJson: c.stored.json }
              : { op: 'delete', collection: c.collection, id: c.id },
          ),
        ),
      );
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
