/**
 * The sandbox's storage contract: one interface with an in-memory and an on-disk implementation,
 * as Azurite keeps its storage.
 *
 * Values are JSON: `put` stores a JSON copy (so `Date`s become strings, `undefined` fields vanish)
 * and reads return that copy deeply frozen — build a new object to change one, e.g.
 * `store.put('messages', id, { ...old, isRead: true })`. Reads see a write as soon as `put` is
 * called (so a read-compare-write done in one tick cannot lose an update); the promise resolves
 * once the write is durable.
 */
export interface Store {
  /** The value stored under `id`, or undefined. Synchronous: served from the in-memory index. */
  get<T>(collection: string, id: string): T | undefined;
  /** Every value of the collection in insertion order (re-putting an id keeps its place). */
  list<T>(collection: string): T[];
  /** Resolves only once the write is durable; rejects with a StoreError if it cannot be. */
  put<T>(collection: string, id: string, value: T): Promise<void>;
  /** Removes `id` (no-op when absent); resolves once durable. */
  delete(collection: string, id: string): Promise<void>;
  /**
   * Several puts and deletes as one write: after a crash all of them are there or none. Every value is
   * checked before anything changes, so a refused batch changes nothing.
   */
  write(changes: readonly StoreChange[]): Promise<void>;
  /** Content-addressed: resolves with the lowercase sha256 hex of the bytes, once durable. */
  putBlob(bytes: Uint8Array): Promise<string>;
  /** A fresh copy of the blob's bytes, or undefined (also for ids that are not sha256 hex). */
  getBlob(id: string): Buffer | undefined;
  /** Waits for pending writes, then releases files. Later writes reject with `StoreClosed`. */
  close(): Promise<void>;
}

/** One change of a batch written with `Store.write`. */
export type StoreChange =
  { op: 'put'; collection: string; id: string; value: unknown } | { op: 'delete'; collection: string; id: string };

export type StoreErrorCode =
  | 'StoreClosed' // write after close()
  | 'StoreFailed' // an earlier write could not be made durable; the store refuses further writes
  | 'StoreLocked' // another live process (or this one) has the directory open
  | 'NotSerialisable' // the value has no JSON form (undefined, BigInt, a cycle…)
  | 'BadArgument'; // collection or id is not a non-empty string

/** Errors are data with a code (callers branch on `code`, never on message text). */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

const BLOB_ID = /^[0-9a-f]{64}$/;

/** True when `id` can name a blob: lowercase sha256 hex (also keeps ids from escaping a folder). */
export function isBlobId(id: string): boolean {
  return BLOB_ID.test(id);
}
