// Filing jobs in IndexedDB, written before the first Graph request, so a closed pane or a crash mid-filing resumes on
// the next open. A database of its own: the drafts database's versions stay the drafts feature's business.
import { parseFilingJob } from './filing-job.schema';
import type { FilingJob } from './filing-job.schema';

export const FILING_DB_NAME = 'referral-card-filing';
const STORE = 'jobs';
const DB_VERSION = 1;

export interface FilingQueue {
  /** 'memory' when IndexedDB could not be used: a job lasts only while the page stays open. */
  readonly kind: 'indexeddb' | 'memory';
  put(job: FilingJob): Promise<void>;
  get(id: string): Promise<FilingJob | undefined>;
  /** Every readable job; damaged records are left out (and never filed). */
  list(): Promise<FilingJob[]>;
  remove(id: string): Promise<void>;
  close(): void;
}

/** Thrown when a job cannot be written: filing must not start without it (nothing would survive a crash). */
export class FilingQueueError extends Error {
  override readonly name = 'FilingQueueError';
  constructor(readonly code: 'quota-exceeded' | 'write-failed' | 'read-failed') {
    super(
      code === 'quota-exceeded'
        ? 'Your browser has no room to keep the referral and its files while they are filed. Free some space (or remove large attachments), then try again.'
        : 'The referral could not be kept on this device while it is filed. Try again; if it keeps failing, reload the pane.',
    );
  }
}

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
  new FilingQueueError(
    (e as { name?: string } | null)?.name === 'QuotaExceededError' ? 'quota-exceeded' : 'write-failed',
  );

function indexedDbQueue(db: IDBDatabase): FilingQueue {
  return {
    kind: 'indexeddb',
    put: (job) =>
      request(db, 'readwrite', (s) => void s.put(job)).then(
        () => undefined,
        (e) => Promise.reject(writeError(e)),
      ),
    get: (id) =>
      request<unknown>(db, 'readonly', (s) => s.get(id)).then(parseFilingJob, () =>
        Promise.reject(new FilingQueueError('read-failed')),
      ),
    list: () =>
      request<unknown[]>(db, 'readonly', (s) => s.getAll()).then(
        (all) => (all ?? []).flatMap((raw) => parseFilingJob(raw) ?? []),
        () => Promise.reject(new FilingQueueError('read-failed')),
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

function memoryQueue(): FilingQueue {
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

/** Opens the queue; never rejects: without IndexedDB it keeps jobs in this page only (kind 'memory'). */
export async function openFilingQueue(factory: IDBFactory, timeoutMs = 4000): Promise<FilingQueue> {
  try {
    return indexedDbQueue(await openDatabase(factory, timeoutMs));
  } catch {
    return memoryQueue();
  }
}
