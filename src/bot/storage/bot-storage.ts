import type { Storage, StoreItem } from '@microsoft/agents-hosting';

/** A write lost a race: the item changed (or appeared) since it was read. Read it again and decide again. */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';
  readonly code = 'storage-conflict';
  constructor(readonly key: string) {
    super(`The stored item ${key} was changed by someone else.`);
  }
}

/**
 * The SDK's Storage contract, kept exactly (a write whose eTag is missing or "*" overwrites; any other eTag must match
 * or the write throws StorageConflictError), plus an atomic create: the claim two bot instances race for.
 */
export interface BotStorage extends Storage {
  /** Stores the item only if no item has that key, and returns its eTag; throws StorageConflictError otherwise. */
  create(key: string, item: StoreItem): Promise<string>;
}

export const isStorageConflict = (error: unknown): error is StorageConflictError =>
  error instanceof StorageConflictError;

/** An eTag-checked write of one item: false when someone else changed it first (read it again, decide again). */
export async function wroteFirst(storage: Storage, key: string, item: StoreItem): Promise<boolean> {
  try {
    await storage.write({ [key]: item });
    return true;
  } catch (error) {
    if (isStorageConflict(error)) return false;
    throw error;
  }
}

/** One item under one key: the common case, read as `undefined` when absent. */
export async function readOne<T extends StoreItem>(storage: Storage, key: string): Promise<T | undefined> {
  const items = (await storage.read([key])) as Record<string, T | undefined>;
  return items[key];
}

/** The item without its eTag, as it is written to the medium (which keeps the eTag itself). */
export function withoutETag(item: StoreItem): Record<string, unknown> {
  const { eTag: _eTag, ...rest } = item;
  return rest;
}

/** Keys are checked before they become file or blob names: non-empty, printable, bounded. */
export function checkKey(key: string): string {
  // eslint-disable-next-line no-control-regex
  if (typeof key !== 'string' || key.length === 0 || key.length > 512 || /[\u0000-\u001f]/.test(key))
    throw new RangeError('A storage key must be 1–512 printable characters.');
  return key;
}
