// What the filing coordinator needs from its surroundings. The browser, the bot and the command line each supply their
// own: a store that outlives the process, a PDF renderer, a Graph filer, a clock, and optionally a lock across windows.
import type { Catalogue, FiledReferral } from '../domain';
import type { FilingRequest, MessageOptions, MessageResult, SentReferral } from '../graph';
import type { FilingJob } from './filing-job.schema';

/** Keeps filing jobs, written before the first Graph request so that a crash mid-filing resumes. */
export interface JobStore {
  /** 'memory' when nothing outlives this process: the screen says so. */
  readonly kind: 'durable' | 'memory';
  put(job: FilingJob): Promise<void>;
  get(id: string): Promise<FilingJob | undefined>;
  /** Every readable job; damaged records are left out (and never filed). */
  list(): Promise<FilingJob[]>;
  remove(id: string): Promise<void>;
  close(): void;
}

/** Thrown by a job store that cannot keep a job: filing must not start without it (nothing would survive a crash). */
export class JobStoreError extends Error {
  override readonly name = 'JobStoreError';
  constructor(readonly code: 'quota-exceeded' | 'write-failed' | 'read-failed') {
    super(
      code === 'quota-exceeded'
        ? 'Your browser has no room to keep the referral and its files while they are filed. Free some space (or remove large attachments), then try again.'
        : 'The referral could not be kept on this device while it is filed. Try again; if it keeps failing, reload the pane.',
    );
  }
}

/** Renders referral.pdf from the filed referral (a Web Worker in the browser, in-process elsewhere). */
export type DocumentRenderer = (doc: FiledReferral, catalogue: Catalogue) => Promise<Uint8Array>;

/** Microsoft 365 asked us to wait (429/503 with Retry-After), or the connection dropped and the gateway retries. */
export type FilingWait = { readonly seconds: number; readonly reason: 'throttled' | 'unavailable' };

/** The Graph protocol the coordinator drives: one message to one mailbox, and the reads of My referrals. */
export interface GraphFiler {
  fileMessage(
    request: FilingRequest,
    options: MessageOptions,
    onWait?: (wait: FilingWait) => void,
  ): Promise<MessageResult>;
  listSent(): Promise<readonly SentReferral[]>;
}

export interface Clock {
  now(): Date;
}

/** Runs `body` holding the referral's lock across windows; undefined when another window holds it. */
export type JobLock = <T>(referralId: string, body: () => Promise<T>) => Promise<T | undefined>;

/** Without a cross-window lock (the bot, the command line, a browser without Web Locks): just run. */
export const noLock: JobLock = (_referralId, body) => body();
