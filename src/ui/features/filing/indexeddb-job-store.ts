// The browser's job store: filing jobs in IndexedDB, written before the first Graph request, so a closed pane or a
// crash mid-filing resumes on the next open. A database of its own: the drafts database stays the drafts feature's.
import { JobStoreError, parseFilingJob } from '../../../filing';
import type { FilingJob, JobStore } from '../../../filing';

export const FILING_DB_NAME = 'referral-card-filing';
const STORE = 'jobs';
const DB_VERSION = 1;

function request<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    let result: IDBRequest<T> | void;
    try {
      const tx = db.transaction(STORE, mode);
      tx.oncomplete = () => resolve(result ? result.result : undefined);
      tx.onabort = () => reject(tx.error);
      result = body(tx.objectStore(STORE));
    } catch (e) {
      reject(e);
    }
  });
}

const writeError = (e: unknown) =>
  new JobStoreError((e as { name?: string } | null)?.name === 'QuotaExceededError' ? 'quota-exceeded' : 'write-failed');

function indexedDbStore(db: IDBDatabase): JobStore {
  return {
    kind: 'durable',
    put: (job) =>
      request(db, 'readwrite', (s) => void s.put(job)).then(
        () => undefined,
        (e) => Promise.reject(writeError(e)),
      ),
    get: (id) =>
      request<unknown>(db, 'readonly', (s) => s.get(id)).then(parseFilingJob, () =>
        Promise.reject(new JobStoreError('read-failed')),
      ),
    list: () =>
      request<unknown[]>(db, 'readonly', (s) => s.getAll()).then(
        (all) => (all ?? []).flatMap((raw) => parseFilingJob(raw) ?? []),
        () => Promise.reject(new JobStoreError('read-failed')),
      ),
    remove: (id) =>
      request(db, 'readwrite', (s) => void s.delete(id)).then(
        () => undefined,
        (e) => Promise.reject(writeError(e)),
      ),
    close: () => db.close(),
  };
}

const memoryJobs = new Map<string, FilingJob>();

function memoryStore(): JobStore {
  return {
    kind: 'memory',
    put: async (job) => void memoryJobs.set(job.id, job),
    get: async (id) => memoryJobs.get(id),
    list: async () => [...memoryJobs.values()],
    remove: async (id) => void memoryJobs.delete(id),
    close: () => undefined,
  };
}

function openDatabase(factory: IDBFactory, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Some browsers never answer open() in private mode: do not wait forever.
    const timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    const open = factory.open(FILING_DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    open.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      reject(open.error);
    };
    open.onsuccess = () => {
      clearTimeout(timer);
      open.result.onversionchange = () => open.result.close();
      resolve(open.result);
    };
  });
}

/** Opens the store; never rejects: without IndexedDB it keeps jobs in this page only (kind 'memory'). */
export async function openIndexedDbJobStore(factory: IDBFactory, timeoutMs = 4000): Promise<JobStore> {
  try {
    return indexedDbStore(await openDatabase(factory, timeoutMs));
  } catch {
    return memoryStore();
  }
}
