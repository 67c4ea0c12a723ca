import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DIR_MODE, TEMP_PREFIX, writeFileAtomic } from './durable-fs';
import { StoreError, isBlobId } from './store';

/**
 * Blobs as files named by their sha256 (attachment bytes stay out of the log). Each is written
 * temp + fsync + rename, so a blob file that exists is whole.
 */
export class BlobFiles {
  private readonly known = new Set<string>();
  private readonly writing = new Map<string, Promise<string>>();

  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<BlobFiles> {
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
    const blobs = new BlobFiles(dir);
    for (const name of await readdir(dir)) {
      if (isBlobId(name)) blobs.known.add(name);
      else if (name.startsWith(TEMP_PREFIX)) await rm(join(dir, name), { force: true });
    }
    return blobs;
  }

  put(bytes: Uint8Array): Promise<string> {
    const id = createHash('sha256').update(bytes).digest('hex');
    if (this.known.has(id)) return Promise.resolve(id);
    // Same bytes in flight: share the write so the second caller also waits for durability.
    const inFlight = this.writing.get(id);
    if (inFlight) return inFlight;
    const copy = Buffer.from(bytes); // the caller may reuse its buffer while the write is in flight
    const write = writeFileAtomic(this.dir, id, [copy]).then(
      () => {
        this.known.add(id);
        this.writing.delete(id);
        return id;
      },
      () => {
        this.writing.delete(id);
        throw new StoreError('StoreFailed', 'The blob could not be written.');
      },
    );
    this.writing.set(id, write);
    return write;
  }

  get(id: string): Buffer | undefined {
    if (!this.known.has(id)) return undefined;
    try {
      return readFileSync(join(this.dir, id));
    } catch {
      return undefined;
    }
  }

  /** Settles once every blob write started so far has finished (close waits on it). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.writing.values()]);
  }
}
