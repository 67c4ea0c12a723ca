// The board between opens: one IndexedDB record per person and mailbox holding the delta link, the rows and the
// digests of the referral files read. A cache only: anything unreadable is dropped and the board reads afresh.
import { isRecord } from '../../../domain';
import type { BoardCache, CachedBoard } from './board-ports';

export const BOARD_DB_NAME = 'referral-card-board';
const STORE = 'boards';
const DB_VERSION = 1;
// Bumped when the shape of a cached board changes: an older record is ignored, not misread.
const SHAPE = 1;

type Stored = { key: string; shape: number; board: CachedBoard };

function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(BOARD_DB_NAME, DB_VERSION);
    } catch (e) {
      reject(e);
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, body: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      const tx = db.transaction(STORE, mode);
      const req = body(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onabort = () => reject(tx.error);
    } catch (e) {
      reject(e);
    }
  });
}

/** A record this build wrote: the right shape version, a rows object and a digests object. */
function boardOf(raw: unknown): CachedBoard | undefined {
  if (!isRecord(raw) || raw.shape !== SHAPE || !isRecord(raw.board)) return undefined;
  const { sync, digests } = raw.board;
  if (!isRecord(sync) || !isRecord(sync.rows) || !isRecord(digests)) return undefined;
  if (sync.deltaLink !== undefined && typeof sync.deltaLink !== 'string') return undefined;
  return raw.board as CachedBoard;
}

/** The cache for one person's view of one mailbox; without IndexedDB (blocked storage) it keeps nothing. */
export function indexedDbBoardCache(idb: IDBFactory | undefined, person: string, mailbox: string): BoardCache {
  const key = `${person.toLowerCase()}|${mailbox.toLowerCase()}`;
  let db: Promise<IDBDatabase> | undefined;
  const database = () => {
    if (!idb) return Promise.reject(new Error('no IndexedDB'));
    db ??= openDb(idb);
    return db;
  };
  return {
    load: () =>
      database()
        .then((d) => run<unknown>(d, 'readonly', (s) => s.get(key)))
        .then(boardOf, () => undefined),
    save: (board) =>
      database()
        .then((d) => run(d, 'readwrite', (s) => s.put({ key, shape: SHAPE, board } satisfies Stored)))
        .then(() => undefined),
  };
}
