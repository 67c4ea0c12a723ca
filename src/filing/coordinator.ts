// The filing workflow, free of any framework: check the referral, plan it by mailbox, keep the job in the store, file
// each mailbox, and finish, wait for the connection, or stop for a retry. A job a crash left unfinished is resumed.
// Screens subscribe to its state and events; the browser, the bot and the command line supply the ports.
import type { Catalogue } from '../domain';
import { validateReferral } from '../domain';
import { isJobDone } from './filing-job.schema';
import type { FilingJob, JobAttachment, MailboxJob } from './filing-job.schema';
import { planFiling } from './filing-plan';
import type { FilingPlan } from './filing-plan';
import { INITIAL_FILING, filingReducer } from './filing-state';
import type { FilingAction, FilingState } from './filing-state';
import type { MailboxFiler } from './filing-types';
import { noLock, JobStoreError } from './ports';
import type { Clock, JobLock, JobStore } from './ports';
import { runJob } from './run-filing';

/** What the card hands over when the referrer presses File: the draft and a way to read its attached files. */
export type FileRequest = {
  readonly draftId: string;
  readonly referral: unknown;
  readonly readAttachment: (id: string) => Promise<Uint8Array | undefined>;
};

export type FilingPorts = {
  /** Opened once, on first use. Never rejects: a store that cannot last says so by its kind. */
  readonly openStore: () => Promise<JobStore>;
  /** Loads the documents and Graph code on demand; rejects when it cannot be fetched. */
  readonly loadFiler: () => Promise<MailboxFiler>;
  readonly clock: Clock;
  readonly catalogue: Catalogue;
  readonly lock?: JobLock;
  /** Whether the device has a connection; without one, assumed online. */
  readonly isOnline?: () => boolean;
  /** Every mailbox is filed: the draft can go (awaited before the job is forgotten). */
  readonly onFiled: (draftId: string) => Promise<void> | void;
};

/** Each change of state, as the action that made it; `resumed` when an unfinished job was found at open. */
export type FilingEvent = FilingAction | { readonly type: 'resumed'; readonly referralId: string };
export type FilingListener = (state: FilingState, event: FilingEvent) => void;

type Pending = { request: FileRequest; plan: FilingPlan; referral: FilingJob['referral'] };

// Only our own words reach the screen: a raw storage error's message is neither plain nor guaranteed free of data.
const storageProblem = (e: unknown) => ({
  kind: 'storage' as const,
  details: {},
  ...(e instanceof JobStoreError ? { message: e.message } : {}),
});

const ANOTHER_WINDOW = 'This referral is being filed in another window of Referral Card. Wait for it to finish there.';

/** Mailboxes of the plan, carrying over what an earlier job of this referral did, so nothing is sent twice. */
function mailboxesFor(plan: FilingPlan, before: FilingJob | undefined): MailboxJob[] {
  return plan.mailboxes.map((m): MailboxJob => {
    const was = before?.mailboxes.find((b) => b.address.toLowerCase() === m.address.toLowerCase());
    return {
      address: m.address,
      serviceIds: [...m.serviceIds],
      serviceNames: [...m.serviceNames],
      kind: m.kind,
      state: was?.state ?? 'pending',
      attempts: was?.attempts ?? 0,
      ...(was?.filedAt ? { filedAt: was.filedAt } : {}),
      ...(was?.uploads?.length ? { uploads: was.uploads } : {}),
      // A send that may have gone stays so when the referral is filed again: else the resume would make a new message.
      ...(was?.sending ? { sending: true } : {}),
    };
  });
}

/** The attached files' bytes, or the first one that can no longer be read. */
async function readFiles(request: FileRequest, referral: FilingJob['referral']) {
  const files: JobAttachment[] = [];
  for (const meta of referral.attachments) {
    const bytes = await request.readAttachment(meta.id).catch(() => undefined);
    if (!bytes) return { missing: meta.name };
    files.push({ id: meta.id, name: meta.name, contentType: meta.contentType, size: bytes.byteLength, bytes });
  }
  return { files };
}

export class FilingCoordinator {
  private state: FilingState = INITIAL_FILING;
  private readonly listeners = new Set<FilingListener>();
  private store: Promise<JobStore> | undefined;
  private job: FilingJob | undefined;
  private pending: Pending | undefined;
  private running = false;
  private disposed = false;

  constructor(private readonly ports: FilingPorts) {}

  getState = (): FilingState => this.state;

  subscribe = (listener: FilingListener): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The referrer pressed File: check, plan, and file (or show what is refused first). */
  async start(request: FileRequest): Promise<void> {
    if (this.running) return;
    this.emit({ type: 'preparing' });
    const checked = validateReferral(request.referral, this.ports.catalogue);
    if (!checked.ok) return this.emit({ type: 'problem', problem: { kind: 'invalid', details: {} } });
    const referral = checked.value;
    const plan = planFiling(referral, this.ports.catalogue);
    this.pending = { request, plan, referral };
    if (plan.refused.length > 0)
      return this.emit({ type: 'refused', referralId: referral.id, refused: plan.refused, mailboxes: plan.mailboxes });
    await this.persistAndRun(this.pending);
  }

  /** After a refusal: file the services that have a mailbox. */
  async fileTheRest(): Promise<void> {
    const p = this.pending;
    if (p && p.plan.mailboxes.length > 0) await this.persistAndRun(p);
  }

  /** File what is left: the job as it stands, or the request that never became one. */
  async retry(): Promise<void> {
    if (this.job) await this.run(this.job);
    else if (this.pending) await this.persistAndRun(this.pending);
  }

  /** At open: clear drafts of finished jobs, and finish the one a closed pane or a crash left unfinished. */
  async resume(): Promise<void> {
    this.disposed = false;
    const store = await this.openStore();
    const jobs = await store.list().catch(() => []);
    const unfinished = jobs.find((j) => !j.cancelled && !isJobDone(j));
    // Filed, but the pane closed before the draft was cleared.
    for (const done of jobs.filter((j) => !j.cancelled && isJobDone(j))) await this.finish(store, done);
    if (!unfinished || this.disposed || this.running || this.job) return;
    this.emit({ type: 'resumed', referralId: unfinished.id });
    this.emit({ type: 'job', job: unfinished, phase: 'filing', memoryOnly: store.kind === 'memory' });
    await this.run(unfinished);
  }

  /**
   * Back to the referral. With nothing filed the job stops, kept without the files' bytes so the next filing of this
   * referral resumes what was attempted; with some mailboxes filed it stays queued, so those are never sent twice.
   */
  async cancel(): Promise<void> {
    const current = this.job;
    this.reset();
    if (!current || current.mailboxes.some((m) => m.state === 'filed')) return;
    const store = await this.openStore();
    await store.put({ ...current, attachments: [], cancelled: true }).catch(() => undefined);
  }

  /** The confirmation was read: clear the screen for a new referral. */
  reset(): void {
    this.job = undefined;
    this.pending = undefined;
    this.emit({ type: 'reset' });
  }

  /** No more events until the next resume: the screen has gone. A run under way finishes and stays in the store. */
  dispose(): void {
    this.disposed = true;
  }

  private emit(event: FilingEvent): void {
    if (this.disposed) return;
    if (event.type !== 'resumed') this.state = filingReducer(this.state, event);
    for (const listener of [...this.listeners]) listener(this.state, event);
  }

  private openStore(): Promise<JobStore> {
    return (this.store ??= this.ports.openStore());
  }

  private isOnline(): boolean {
    return this.ports.isOnline?.() ?? true;
  }

  // The draft goes first: were the job forgotten first, a crash between would leave a draft that files again.
  // If the draft cannot be cleared, the finished job stays and the next open tries again.
  private async finish(store: JobStore, done: FilingJob): Promise<void> {
    const cleared = await Promise.resolve()
      .then(() => this.ports.onFiled(done.draftId))
      .then(
        () => true,
        () => false,
      );
    if (cleared) await store.remove(done.id).catch(() => undefined);
  }

  private async persistAndRun({ request, plan, referral }: Pending): Promise<void> {
    const read = await readFiles(request, referral);
    if (!read.files) {
      const details = { fileName: read.missing };
      return this.emit({ type: 'problem', problem: { kind: 'attachment-missing', details }, referralId: referral.id });
    }
    const store = await this.openStore();
    const before = await store.get(referral.id).catch(() => undefined);
    const next: FilingJob = {
      id: referral.id,
      draftId: request.draftId,
      referral,
      filedAt: before?.filedAt ?? this.ports.clock.now().toISOString(),
      mailboxes: mailboxesFor(plan, before),
      attachments: read.files,
    };
    try {
      await store.put(next); // before the first request: nothing the referrer filed is lost
    } catch (e) {
      return this.emit({ type: 'problem', problem: storageProblem(e), referralId: referral.id });
    }
    this.emit({ type: 'job', job: next, phase: 'filing', memoryOnly: store.kind === 'memory' });
    await this.run(next);
  }

  private async run(current: FilingJob): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.job = current;
    try {
      await this.runHeld(current);
    } catch (e) {
      this.emit({ type: 'problem', problem: storageProblem(e) });
    } finally {
      this.running = false;
    }
  }

  private async runHeld(current: FilingJob): Promise<void> {
    if (!this.isOnline()) return this.emit({ type: 'outcome', result: 'offline' });
    this.emit({ type: 'running' });
    const store = await this.openStore();
    let filer: MailboxFiler;
    try {
      filer = await this.ports.loadFiler();
    } catch {
      // The filing code could not be fetched: usually the connection.
      return this.emit(
        this.isOnline()
          ? { type: 'problem', problem: { kind: 'server', details: {} } }
          : { type: 'outcome', result: 'offline' },
      );
    }
    const lock = this.ports.lock ?? noLock;
    const ran = await lock(current.id, () =>
      runJob(current, {
        store,
        filer,
        now: () => this.ports.clock.now(),
        onEvent: (event) => this.emit({ type: 'event', event }),
      }),
    );
    if (!ran) return this.emit({ type: 'problem', problem: { kind: 'server', details: {}, message: ANOTHER_WINDOW } });
    this.job = ran.job;
    if (ran.result === 'done') await this.finish(store, ran.job);
    this.emit({ type: 'outcome', result: ran.result });
  }
}

export function createFilingCoordinator(ports: FilingPorts): FilingCoordinator {
  return new FilingCoordinator(ports);
}
