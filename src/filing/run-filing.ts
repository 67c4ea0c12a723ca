// Runs a filing job, one mailbox after another. Every attempt is counted in the job store before its first request,
// so an attempt cut short (crash, closed pane, dropped connection) is resumed, never repeated.
import { FilingFailure } from './filing-types';
import type { FilingProgress, MailboxFiler, MailboxFiled } from './filing-types';
import type { FilingJob, MailboxJob } from './filing-job.schema';
import type { JobStore } from './ports';

export type JobEvent =
  | { readonly type: 'started'; readonly address: string; readonly resume: boolean }
  | { readonly type: 'progress'; readonly address: string; readonly progress: FilingProgress }
  | { readonly type: 'filed'; readonly address: string; readonly filed: MailboxFiled }
  | { readonly type: 'failed'; readonly address: string; readonly failure: FilingFailure };

/** done: every mailbox filed. offline: stopped to wait for the connection. failed: some mailbox needs a retry. */
export type JobOutcome = { readonly result: 'done' | 'offline' | 'failed'; readonly job: FilingJob };

export type RunDeps = {
  readonly store: JobStore;
  readonly filer: MailboxFiler;
  readonly now: () => Date;
  readonly onEvent: (event: JobEvent) => void;
};

const withMailbox = (job: FilingJob, address: string, patch: Partial<MailboxJob>): FilingJob => ({
  ...job,
  mailboxes: job.mailboxes.map((m) => (m.address === address ? { ...m, ...patch } : m)),
});

export function asFailure(error: unknown): FilingFailure {
  return error instanceof FilingFailure ? error : new FilingFailure('server');
}

export async function runJob(start: FilingJob, deps: RunDeps): Promise<JobOutcome> {
  let job = start;
  let result: JobOutcome['result'] = 'done';
  const attachments = job.attachments.map(({ id, name, contentType, bytes }) => ({ id, name, contentType, bytes }));
  for (const mailbox of start.mailboxes) {
    if (mailbox.state === 'filed') continue;
    const { address } = mailbox;
    const resume = mailbox.attempts > 0;
    job = withMailbox(job, address, { attempts: mailbox.attempts + 1 });
    await deps.store.put(job); // before the first request: a crash from here on resumes
    deps.onEvent({ type: 'started', address, resume });
    const abandonedUploads = mailbox.uploads ?? [];
    const keep = async (patch: Partial<MailboxJob>) => {
      job = withMailbox(job, address, patch);
      await deps.store.put(job);
    };
    // Before the first range: a crash from here on cancels the session when resuming.
    const keepUpload = (url: string) =>
      keep({ uploads: [...(job.mailboxes.find((m) => m.address === address)?.uploads ?? []), url] });
    // Before /send: a crash from here on never sends blindly; a refusal says nothing went.
    const keepSending = (phase: 'starting' | 'refused') => keep({ sending: phase === 'starting' });
    try {
      const filed = await deps.filer.fileMailbox(
        {
          referral: job.referral,
          mailbox: address,
          serviceIds: mailbox.serviceIds,
          kind: mailbox.kind,
          attachments,
          resume,
          abandonedUploads,
          filedAt: new Date(job.filedAt),
          sendMayHaveGone: mailbox.sending === true,
        },
        (progress) => deps.onEvent({ type: 'progress', address, progress }),
        keepUpload,
        keepSending,
      );
      const filedAt = deps.now().toISOString();
      job = withMailbox(job, address, { state: 'filed', filedAt, uploads: [], sending: false });
      await deps.store.put(job).catch(() => undefined); // sent either way; a later resume finds it in Sent Items
      deps.onEvent({ type: 'filed', address, filed });
    } catch (error) {
      const failure = asFailure(error);
      deps.onEvent({ type: 'failed', address, failure });
      if (failure.kind === 'offline') return { result: 'offline', job }; // the rest would fail the same way
      result = 'failed';
    }
  }
  return { result, job };
}
