// Drafts in IndexedDB, so a half-filled referral survives closing the pane, a reload and a crash.
import type { Draft } from '../../state/draft';
import { parseDraftRecord, recordId } from './draft-record.schema';
import { DraftStoreError, toDraftStoreError } from './draft-store-errors';
import { summarise } from './draft-summary';
import { isNewer, newestFirst } from './draft-store.types';
import type { DraftStore, DraftStoreOptions } from './draft-store.types';
import { memoryDraftStore } from './memory-draft-store';

export type { DraftStore, DraftStoreOptions } from './draft-store.types';

const DB_VERSION = 1;
const STORE = 'drafts';

/** Each step moves the schema on one version. Never edit a released step: drafts on users' machines depend on it. */
function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'id' });
}

function openDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (code: 'unavailable' | 'newer-version') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new DraftStoreError(code));
    };
    // Some browsers never answer open() in private mode; an older tab may block an upgrade. Don't wait forever.
    const timer = setTimeout(() => fail('unavailable'), timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch {
      fail('unavailable'); // no IndexedDB at all, or a SecurityError (private mode, blocked storage)
      return;
    }
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onerror = (event) => {
      event.preventDefault();
      fail(request.error?.name === 'VersionError' ? 'newer-version' : 'unavailable');
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) return db.close(); // answered after the timeout: the memory store is already in use
      settled = true;
      clearTimeout(timer);
      // A newer version in another tab wants to upgrade: step aside; this tab then reports 'closed' on its next write.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

type Work<T> = { store: IDBObjectStore; fail: (e: unknown) => void; ready: (read: () => T) => void };

/** Runs requests in one transaction; resolves when it commits, rejects with our error when it aborts. */
function transact<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  fallback: 'write-failed' | 'read-failed',
  draftId: string | undefined,
  body: (w: Work<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let failure: unknown;
    let read: () => T = () => undefined as T;
    let tx: IDBTransaction | undefined;
    const fail = (e: unknown) => {
      failure ??= e;
      try {
        tx?.abort();
      } catch {
        // already finished: onabort or the reject below reports it
      }
    };
    try {
      tx = db.transaction(STORE, mode);
      tx.oncomplete = () => resolve(read());
      tx.onabort = () => reject(toDraftStoreError(failure ?? tx?.error, fallback, draftId));
      body({ store: tx.objectStore(STORE), fail, ready: (r) => (read = r) });
    } catch (e) {
      fail(e);
      reject(toDraftStoreError(e, fallback, draftId));
    }
  });
}

function indexedDbStore(db: IDBDatabase, options: DraftStoreOptions): DraftStore {
  const report = (raw: unknown, key: string) =>
    options.onProblem?.(new DraftStoreError('corrupt-record', recordId(raw) ?? key));
  return {
    kind: 'indexeddb',
    list: () =>
      transact<Draft[]>(db, 'readonly', 'read-failed', undefined, ({ store, ready }) => {
        const all = store.getAll();
        ready(() =>
          (all.result as unknown[]).flatMap((raw, i) => {
            const draft = parseDraftRecord(raw);
            if (!draft) report(raw, `#${i}`);
            return draft ? [draft] : [];
          }),
        );
      }).then((drafts) => drafts.sort(newestFirst).map(summarise)),
    get: (id) =>
      transact<Draft | undefined>(db, 'readonly', 'read-failed', id, ({ store, ready }) => {
        const req = store.get(id);
        ready(() => {
          if (req.result === undefined) return undefined;
          const draft = parseDraftRecord(req.result);
          if (!draft) report(req.result, id);
          return draft;
        });
      }),
    put: (draft) => {
      const valid = parseDraftRecord(draft);
      if (!valid) return Promise.reject(new DraftStoreError('invalid-draft', recordId(draft)));
      return transact<void>(db, 'readwrite', 'write-failed', valid.id, ({ store, fail }) => {
        // Read and write in one transaction, so two tabs cannot interleave between the check and the write.
        const req = store.get(valid.id);
        req.onsuccess = () => {
          const stored = parseDraftRecord(req.result);
          if (stored && isNewer(stored, valid)) return; // last write wins by updatedAt: keep the newer copy
          try {
            store.put(valid);
          } catch (e) {
            fail(e);
          }
        };
      });
    },
    remove: (id) => transact<void>(db, 'readwrite', 'write-failed', id, ({ store }) => void store.delete(id)),
    close: () => db.close(),
  };
}

/**
 * Opens the drafts database. Never rejects: when IndexedDB cannot be used it returns an in-memory store whose
 * `notice` says, in words, that drafts will not survive closing the pane.
 */
export async function openDraftStore(
  factory: IDBFactory,
  name = 'referral-card',
  options: DraftStoreOptions = {},
): Promise<DraftStore> {
  try {
    return indexedDbStore(await openDatabase(factory, name, options.openTimeoutMs ?? 4000), options);
  } catch (e) {
    return memoryDraftStore(name, e instanceof DraftStoreError ? e : new DraftStoreError('unavailable'));
  }
}
