import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StoreItem } from '@microsoft/agents-hosting';
import { StorageConflictError, checkKey, withoutETag, type BotStorage } from './bot-storage';

export type FileStorageOptions = {
  /** A lock older than this was left by a process that died mid-write, and is broken. */
  readonly staleLockMs?: number;
  /** How long to wait for another process's lock before giving up. */
  readonly lockWaitMs?: number;
};

type OnDisk = { key: string; eTag: string; item: Record<string, unknown> };

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException | undefined)?.code === code;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The embedded store: one JSON file per key in a folder, safe for several bot processes on one machine. A create
 * is a hard link of a finished file (link fails if the name exists); an update takes the key's lock file (open with
 * O_EXCL), compares the eTag and renames a finished file over the old one, so readers never see half a file.
 */
export class FileStorage implements BotStorage {
  private readonly staleLockMs: number;
  private readonly lockWaitMs: number;

  constructor(
    private readonly folder: string,
    options: FileStorageOptions = {},
  ) {
    this.staleLockMs = options.staleLockMs ?? 30_000;
    this.lockWaitMs = options.lockWaitMs ?? 10_000;
  }

  private fileOf(key: string): string {
    const name = createHash('sha256').update(checkKey(key)).digest('hex');
    return path.join(this.folder, `${name}.json`);
  }

  private async load(key: string): Promise<OnDisk | undefined> {
    try {
      return JSON.parse(await fs.readFile(this.fileOf(key), 'utf8')) as OnDisk;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  /** A finished file beside the target, ready to be linked or renamed into place. */
  private async staged(key: string, item: StoreItem): Promise<{ file: string; eTag: string }> {
    await fs.mkdir(this.folder, { recursive: true });
    const eTag = randomUUID();
    const file = path.join(this.folder, `.${randomUUID()}.tmp`);
    const body: OnDisk = { key, eTag, item: withoutETag(item) };
    await fs.writeFile(file, JSON.stringify(body), { flag: 'wx' });
    return { file, eTag };
  }

  async read(keys: string[]): Promise<StoreItem> {
    if (!keys || keys.length === 0) throw new RangeError('Give at least one key to read.');
    const found: StoreItem = {};
    for (const key of keys) {
      const onDisk = await this.load(key);
      if (onDisk) found[key] = { ...onDisk.item, eTag: onDisk.eTag };
    }
    return found;
  }

  async create(key: string, item: StoreItem): Promise<string> {
    const { file, eTag } = await this.staged(key, item);
    try {
      await fs.link(file, this.fileOf(key));
      return eTag;
    } catch (error) {
      if (isCode(error, 'EEXIST')) throw new StorageConflictError(key);
      throw error;
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  async write(changes: StoreItem): Promise<void> {
    const entries = Object.entries(changes ?? {});
    if (entries.length === 0) throw new RangeError('Give at least one item to write.');
    for (const [key, item] of entries) await this.writeOne(key, item as StoreItem);
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const expected = item.eTag === undefined || item.eTag === '*' ? undefined : String(item.eTag);
    await this.withLock(key, async () => {
      if (expected !== undefined && (await this.load(key))?.eTag !== expected) throw new StorageConflictError(key);
      const { file } = await this.staged(key, item);
      await fs.rename(file, this.fileOf(key));
    });
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.withLock(key, () => fs.rm(this.fileOf(key), { force: true }));
  }

  private async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    await fs.mkdir(this.folder, { recursive: true });
    const lock = `${this.fileOf(key)}.lock`;
    const giveUpAt = Date.now() + this.lockWaitMs;
    for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
      try {
        await (await fs.open(lock, 'wx')).close();
        break;
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
        if (await this.brokeStaleLock(lock)) continue;
        if (Date.now() > giveUpAt) throw new Error(`The stored item ${key} stayed locked by another process.`);
        await sleep(wait);
      }
    }
    try {
      return await work();
    } finally {
      await fs.rm(lock, { force: true });
    }
  }

  private async brokeStaleLock(lock: string): Promise<boolean> {
    try {
      const { mtimeMs } = await fs.stat(lock);
      if (Date.now() - mtimeMs < this.staleLockMs) return false;
      await fs.rm(lock, { force: true });
      return true;
    } catch (error) {
      return isCode(error, 'ENOENT');
    }
  }
}
