// The filing flow: check, plan by mailbox, keep the job on this device, file, and finish or wait (offline) or stop
// for a retry. A job left unfinished by a closed pane or a crash is resumed when the card opens again.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Catalogue } from '../../../domain';
import { validateReferral } from '../../../domain';
import { planFiling } from './filing-plan';
import type { FilingPlan } from './filing-plan';
import { INITIAL_FILING, filingReducer } from './filing-state';
import type { FilingState } from './filing-state';
import type { FilingService } from './filing-types';
import { isJobDone } from './filing-job.schema';
import type { FilingJob, JobAttachment, MailboxJob } from './filing-job.schema';
import { FilingQueueError, openFilingQueue } from './filing-queue';
import type { FilingQueue } from './filing-queue';
import { runJob } from './run-filing';
import { withJobLock } from './job-lock';

/** What the card hands over when the referrer presses File: the draft and a way to read its attached files. */
export type FileRequest = {
  readonly draftId: string;
  readonly referral: unknown;
  readonly readAttachment: (id: string) => Promise<Uint8Array | undefined>;
};

export type FilingOptions = {
  readonly indexedDB: IDBFactory;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
  /** Loads the documents and Graph code on demand (never in the first screen). */
  readonly loadService: () => Promise<FilingService>;
  /** Every mailbox is filed: the draft can go (awaited before the job is forgotten). */
  readonly onFiled: (draftId: string) => Promise<void> | void;
  /** An unfinished job was found when the card opened: show the filing screen. */
  readonly onResume: () => void;
  /** Whether the browser thinks it is online (navigator.onLine); tests pass their own. */
  readonly isOnline?: () => boolean;
};

export type Filing = {
  readonly state: FilingState;
  start(request: FileRequest): Promise<void>;
  /** After a refusal: file the services that have a mailbox. */
  fileTheRest(): Promise<void>;
  retry(): Promise<void>;
  /** Back to the referral. With nothing filed the job stops; with some mailboxes filed it stays queued (resumed on the
   * next open, or merged when the referral is filed again), so those are never sent twice. */
  cancel(): Promise<void>;
  /** The confirmation was read: clear the screen for a new referral. */
  reset(): void;
};

type Pending = { request: FileRequest; plan: FilingPlan; referral: FilingJob['referral'] };

// Only our own words reach the screen: a raw DOM error's message is neither plain nor guaranteed free of data.
const storageProblem = (e: unknown) => ({
  kind: 'storage' as const,
  details: {},
  ...(e instanceof FilingQueueError ? { message: e.message } : {}),
});

const online = () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);

export function useFiling(options: FilingOptions): Filing {
  const [state, dispatch] = useReducer(filingReducer, INITIAL_FILING);
  const opts = useRef(options);
  opts.current = options;
  const queue = useRef<Promise<FilingQueue> | undefined>(undefined);
  const job = useRef<FilingJob | undefined>(undefined);
  const pending = useRef<Pending | undefined>(undefined);
  const running = useRef(false);
  const live = useRef(true);
  const act = useCallback((a: Parameters<typeof dispatch>[0]) => live.current && dispatch(a), []);
  const openQueue = useCallback(() => (queue.current ??= openFilingQueue(opts.current.indexedDB)), []);
  const isOnline = useCallback(() => (opts.current.isOnline ?? online)(), []);

  // The draft goes first: were the job forgotten first, a crash between would leave a draft that files again.
  // If the draft cannot be cleared, the finished job stays and the next open tries again.
  const finish = useCallback(async (q: FilingQueue, done: FilingJob) => {
    const cleared = await Promise.resolve(opts.current.onFiled(done.draftId)).then(
      () => true,
      () => false,
    );
    if (cleared) await q.remove(done.id).catch(() => undefined);
  }, []);

  const run = useCallback(
    async (current: FilingJob) => {
      if (running.current) return;
      running.current = true;
      job.current = current;
      try {
        if (!isOnline()) return act({ type: 'outcome', result: 'offline' });
        act({ type: 'running' });
        const q = await openQueue();
        let service: FilingService;
        try {
          service = await opts.current.loadService();
        } catch {
          // The filing code could not be fetched: usually the connection.
          return act(
            isOnline()
              ? { type: 'problem', problem: { kind: 'server', details: {} } }
              : { type: 'outcome', result: 'offline' },
          );
        }
        const ran = await withJobLock(current.id, () =>
          runJob(current, {
            queue: q,
            service,
            now: opts.current.now,
            onEvent: (event) => act({ type: 'event', event }),
          }),
        );
        if (!ran)
          return act({
            type: 'problem',
            problem: {
              kind: 'server',
              details: {},
              message: 'This referral is being filed in another window of Referral Card. Wait for it to finish there.',
            },
          });
        job.current = ran.job;
        if (ran.result === 'done') await finish(q, ran.job);
        act({ type: 'outcome', result: ran.result });
      } catch (e) {
        act({ type: 'problem', problem: storageProblem(e) });
      } finally {
        running.current = false;
      }
    },
    [act, finish, isOnline, openQueue],
  );

  const persistAndRun = useCallback(
    async ({ request, plan, referral }: Pending) => {
      const files: JobAttachment[] = [];
      for (const meta of referral.attachments) {
        const bytes = await request.readAttachment(meta.id).catch(() => undefined);
        if (!bytes)
          return act({
            type: 'problem',
            problem: { kind: 'attachment-missing', details: { fileName: meta.name } },
            referralId: referral.id,
          });
        files.push({ id: meta.id, name: meta.name, contentType: meta.contentType, size: bytes.byteLength, bytes });
      }
      const q = await openQueue();
      const before = await q.get(referral.id).catch(() => undefined);
      const mailboxes = plan.mailboxes.map((m): MailboxJob => {
        const was = before?.mailboxes.find((b) => b.address.toLowerCase() === m.address.toLowerCase());
        // Attempts carry over, so a mailbox tried before is resumed (checked in Sent Items), never sent twice; so do the
        // upload sessions it left open, for the resume to cancel.
        const carried = {
          state: was?.state ?? 'pending',
          attempts: was?.attempts ?? 0,
          ...(was?.filedAt ? { filedAt: was.filedAt } : {}),
          ...(was?.uploads?.length ? { uploads: was.uploads } : {}),
        } as const;
        return {
          address: m.address,
          serviceIds: [...m.serviceIds],
          serviceNames: [...m.serviceNames],
          kind: m.kind,
          ...carried,
        };
      });
      const next: FilingJob = {
        id: referral.id,
        draftId: request.draftId,
        referral,
        filedAt: before?.filedAt ?? opts.current.now().toISOString(),
        mailboxes,
        attachments: files,
      };
      try {
        await q.put(next); // before the first request (DESIGN.md §6 "Nothing lost")
      } catch (e) {
        return act({ type: 'problem', problem: storageProblem(e), referralId: referral.id });
      }
      act({ type: 'job', job: next, phase: 'filing', memoryOnly: q.kind === 'memory' });
      await run(next);
    },
    [act, openQueue, run],
  );

  const start = useCallback(
    async (request: FileRequest) => {
      if (running.current) return;
      act({ type: 'preparing' });
      const checked = validateReferral(request.referral, opts.current.catalogue);
      if (!checked.ok) {
        act({ type: 'problem', problem: { kind: 'invalid', details: {} } });
        return;
      }
      const referral = checked.value;
      const plan = planFiling(referral, opts.current.catalogue);
      pending.current = { request, plan, referral };
      if (plan.refused.length > 0) {
        act({ type: 'refused', referralId: referral.id, refused: plan.refused, mailboxes: plan.mailboxes });
        return;
      }
      await persistAndRun(pending.current);
    },
    [act, persistAndRun],
  );

  const fileTheRest = useCallback(async () => {
    const p = pending.current;
    if (p && p.plan.mailboxes.length > 0) await persistAndRun(p);
  }, [persistAndRun]);

  const retry = useCallback(async () => {
    if (job.current) await run(job.current);
    else if (pending.current) await persistAndRun(pending.current);
  }, [persistAndRun, run]);

  const cancel = useCallback(async () => {
    const current = job.current;
    job.current = undefined;
    pending.current = undefined;
    act({ type: 'reset' });
    if (!current || current.mailboxes.some((m) => m.state === 'filed')) return;
    const q = await openQueue();
    // Kept without the files' bytes, so the next filing of this referral resumes what was attempted.
    await q.put({ ...current, attachments: [], cancelled: true }).catch(() => undefined);
  }, [act, openQueue]);

  const reset = useCallback(() => {
    job.current = undefined;
    pending.current = undefined;
    act({ type: 'reset' });
  }, [act]);

  // On open: finish what a closed pane or a crash left unfinished.
  useEffect(() => {
    live.current = true;
    void (async () => {
      const q = await openQueue();
      const jobs = await q.list().catch(() => []);
      const unfinished = jobs.find((j) => !j.cancelled && !isJobDone(j));
      const finished = jobs.filter((j) => !j.cancelled && isJobDone(j));
      // Filed, but the pane closed before the draft was cleared.
      for (const done of finished) await finish(q, done);
      if (!unfinished || !live.current || running.current || job.current) return;
      opts.current.onResume();
      act({ type: 'job', job: unfinished, phase: 'filing', memoryOnly: q.kind === 'memory' });
      await run(unfinished);
    })();
    return () => {
      live.current = false;
    };
  }, [act, finish, openQueue, run]);

  // Back online: file what was queued.
  useEffect(() => {
    if (state.phase !== 'offline') return;
    const onOnline = () => {
      if (job.current) void run(job.current);
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [state.phase, run]);

  return { state, start, fileTheRest, retry, cancel, reset };
}
