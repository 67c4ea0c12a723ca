// Test support (not a test): fake ports for the filing coordinator, each recording what it was asked.
import type { FilingJob, JobStore, MailboxFiler, MailboxFilingRequest, FilingProgress } from '../../src/filing';
import { JobStoreError } from '../../src/filing';

/** A job store in memory, copying jobs as a real store would; `failPut` makes every write fail from then on. */
export function fakeJobStore(kind: JobStore['kind'] = 'durable') {
  const jobs = new Map<string, FilingJob>();
  const writes: FilingJob[] = [];
  let failPut: JobStoreError | undefined;
  const store: JobStore = {
    kind,
    async put(job) {
      if (failPut) throw failPut;
      writes.push(structuredClone(job));
      jobs.set(job.id, structuredClone(job));
    },
    get: async (id) => (jobs.has(id) ? structuredClone(jobs.get(id)) : undefined),
    list: async () => [...jobs.values()].map((j) => structuredClone(j)),
    remove: async (id) => void jobs.delete(id),
    close: () => undefined,
  };
  return {
    store,
    jobs,
    writes,
    failWrites: (code: JobStoreError['code'] = 'quota-exceeded') => void (failPut = new JobStoreError(code)),
  };
}

type Script = (
  request: MailboxFilingRequest,
  progress: (e: FilingProgress) => void,
  onUploadSession?: (uploadUrl: string) => Promise<void>,
) => Promise<{ alreadySent?: boolean } | void>;

/** A mailbox filer whose every call is recorded; `script` decides what each call does (by default: sent). */
export function fakeFiler(script: Script = async () => undefined) {
  const calls: MailboxFilingRequest[] = [];
  const filer: MailboxFiler = {
    async fileMailbox(request, progress, onUploadSession) {
      calls.push(request);
      const out = await script(request, progress, onUploadSession);
      return { mailbox: request.mailbox, alreadySent: out?.alreadySent === true };
    },
  };
  return { filer, calls };
}
