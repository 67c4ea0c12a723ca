import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './store';

/** Prefix of files being written; anything carrying it at open time is debris from a crash. */
export const TEMP_PREFIX = '.tmp-';

/** Makes a rename or a new file in `dir` durable (the directory entry itself must be synced). */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
    if (process.platform !== 'win32') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `chunks` to `dir/name` all-or-nothing: temp file, fsync, rename, fsync the directory.
 * A crash at any point leaves either the old file or the new one, never a mix.
 */
export async function writeFileAtomic(dir: string, name: string, chunks: Iterable<Buffer>): Promise<void> {
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    for (const chunk of chunks) await writeAll(handle, chunk);
    await handle.datasync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, join(dir, name));
  await fsyncDir(dir);
}

export async function writeAll(
  handle: { write(b: Buffer, o: number, l: number): Promise<{ bytesWritten: number }> },
  bytes: Buffer,
): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    written += bytesWritten;
  }
}

const LOCK_FILE = 'LOCK';

/** Store files are readable by their owner only: they hold mail. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/**
 * Claims `dir` for this process so two sandboxes never append to one log. A lock left by a
 * process that no longer exists (e.g. after kill -9) is taken over.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx', mode: FILE_MODE });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) break;
    await rm(path, { force: true });
  }
  throw new StoreError('StoreLocked', 'The data directory is in use by another sandbox process.');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
