// The database My referrals keeps details in: opened here, and cleared for one person when they sign out.

export const DETAILS_DB_NAME = 'referral-card-my-referrals';
export const STORE = 'details';
const DB_VERSION = 1;

export const personKey = (person: string) => person.trim().toLowerCase();

export function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(DETAILS_DB_NAME, DB_VERSION);
    } catch (e) {
      reject(e instanceof Error ? e : new Error('IndexedDB could not be opened'));
      return;
    }
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'key' });
      store.createIndex('person', 'person');
    };
    req.onsuccess = () => {
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Runs `body` in one transaction and resolves with what `read` gives once it commits. */
export function transact<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      const tx = db.transaction(STORE, mode);
      const read = body(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(read());
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    } catch (e) {
      reject(e instanceof Error ? e : new Error('IndexedDB transaction failed'));
    }
  });
}

/** Forgets every referral's details kept for `person` on this device (signing out of a shared computer). */
export async function clearReferralDetails(idb: IDBFactory, person: string): Promise<void> {
  const d = await openDb(idb);
  try {
    await transact(d, 'readwrite', (store) => {
      const keys = store.index('person').getAllKeys(personKey(person));
      keys.onsuccess = () => keys.result.forEach((key) => store.delete(key));
      return () => undefined;
    });
  } finally {
    d.close();
  }
}
