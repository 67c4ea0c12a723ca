import { createHash } from 'node:crypto';
import { type Store, type StoreChange, StoreError, isBlobId } from './store';
import { StoreIndex, applyStaged, checkKey, stageChanges, toStoredValue } from './store-index';

/** In-memory store for tests and `--memory` (same JSON-copy and frozen-read rules as the disk store). */
export function openMemoryStore(): Store {
  const index = new StoreIndex();
  const blobs = new Map<string, Buffer>();
  let closed = false;

  const ensureOpen = (): void => {
    if (closed) throw new StoreError('StoreClosed', 'The store is closed.');
  };

  return {
    get: <T>(collection: string, id: string) => index.get(collection, id) as T | undefined,
    list: <T>(collection: string) => index.list(collection) as T[],
    async put<T>(collection: string, id: string, value: T): Promise<void> {
      ensureOpen();
      checkKey(collection, id);
      index.set(collection, id, toStoredValue(value).value);
    },
    async delete(collection: string, id: string): Promise<void> {
      ensureOpen();
      checkKey(collection, id);
      index.remove(collection, id);
    },
    async write(changes: readonly StoreChange[]): Promise<void> {
      ensureOpen();
      applyStaged(index, stageChanges(changes));
    },
    async putBlob(bytes: Uint8Array): Promise<string> {
      ensureOpen();
      const id = createHash('sha256').update(bytes).digest('hex');
      if (!blobs.has(id)) blobs.set(id, Buffer.from(bytes));
      return id;
    },
    getBlob(id: string): Buffer | undefined {
      const bytes = isBlobId(id) ? blobs.get(id) : undefined;
      return bytes && Buffer.from(bytes);
    },
    async close(): Promise<void> {
      closed = true;
    },
  };
}
