// What the filing screens show, as one reducer over the job's events: per mailbox its step, per attachment its
// bytes, the wait Microsoft 365 asked for, and the outcome.
import { referenceFor } from '../domain';
import type { FailureDetails, FailureKind, FilingKind, FilingStep, MailboxPlan, RefusedService } from './filing-types';
import type { FilingJob } from './filing-job.schema';
import type { JobEvent } from './run-filing';

export type AttachmentView = { readonly name: string; readonly sentBytes: number; readonly totalBytes: number };

export type MailboxView = {
  readonly address: string;
  readonly serviceIds: readonly string[];
  readonly serviceNames: readonly string[];
  readonly kind: FilingKind;
  readonly status: 'pending' | 'filing' | 'filed' | 'failed';
  readonly step: FilingStep;
  readonly attachments: readonly AttachmentView[];
  /** The latest wait; `count` tells one wait from the next of the same length (each is announced). */
  readonly wait?: { readonly seconds: number; readonly reason: 'throttled' | 'unavailable'; readonly count: number };
  readonly failure?: { readonly kind: FailureKind; readonly details: FailureDetails };
  /** Resuming found the message already sent. */
  readonly alreadySent?: boolean;
};

export type FilingPhase = 'idle' | 'preparing' | 'refused' | 'filing' | 'offline' | 'failed' | 'done' | 'problem';

export type FilingState = {
  readonly phase: FilingPhase;
  readonly referralId?: string;
  readonly reference?: string;
  readonly mailboxes: readonly MailboxView[];
  readonly refused: readonly RefusedService[];
  /** A problem before any mailbox started (invalid referral, missing file, storage), with its details. */
  readonly problem?: {
    readonly kind: FailureKind | 'storage';
    readonly details: FailureDetails;
    readonly message?: string;
  };
  /** The job is kept in memory only (no IndexedDB): closing the pane would lose it. */
  readonly memoryOnly?: boolean;
};

export type FilingAction =
  | { readonly type: 'reset' }
  | { readonly type: 'preparing' }
  | {
      readonly type: 'refused';
      readonly referralId: string;
      readonly refused: readonly RefusedService[];
      readonly mailboxes: readonly MailboxPlan[];
    }
  | { readonly type: 'problem'; readonly problem: NonNullable<FilingState['problem']>; readonly referralId?: string }
  | {
      readonly type: 'job';
      readonly job: FilingJob;
      readonly phase: 'filing' | 'offline';
      readonly memoryOnly?: boolean;
    }
  | { readonly type: 'running' }
  | { readonly type: 'event'; readonly event: JobEvent }
  | { readonly type: 'outcome'; readonly result: 'done' | 'offline' | 'failed' };

export const INITIAL_FILING: FilingState = { phase: 'idle', mailboxes: [], refused: [] };

function mailboxesOf(job: FilingJob): MailboxView[] {
  const files = job.attachments.map((a) => ({ name: a.name, sentBytes: 0, totalBytes: a.size }));
  return job.mailboxes.map((m) => ({
    address: m.address,
    serviceIds: m.serviceIds,
    serviceNames: m.serviceNames,
    kind: m.kind,
    status: m.state === 'filed' ? 'filed' : 'pending',
    step: m.state === 'filed' ? 'sent' : 'waiting',
    attachments: files,
  }));
}

function upsertAttachment(list: readonly AttachmentView[], a: AttachmentView): AttachmentView[] {
  const at = list.findIndex((x) => x.name === a.name && x.totalBytes === a.totalBytes);
  if (at < 0) {
    // referral.json and referral.pdf come first (the filing contract's order), then the referrer's files.
    const generated = list.filter((x) => x.name === 'referral.json' || x.name === 'referral.pdf');
    return a.name === 'referral.json' || a.name === 'referral.pdf'
      ? [...generated, a, ...list.slice(generated.length)]
      : [...list, a];
  }
  return list.map((x, i) => (i === at ? a : x));
}

function onEvent(m: MailboxView, event: JobEvent): MailboxView {
  switch (event.type) {
    case 'started': {
      const { failure: _f, wait: _w, ...rest } = m;
      return {
        ...rest,
        status: 'filing',
        step: event.resume ? 'checking' : 'preparing',
        attachments: m.attachments.map((a) => ({ ...a, sentBytes: 0 })),
      };
    }
    case 'progress': {
      const p = event.progress;
      const { wait: _w, ...rest } = m;
      if (p.type === 'step') return { ...rest, step: p.step };
      if (p.type === 'wait')
        return { ...m, wait: { seconds: p.seconds, reason: p.reason, count: (m.wait?.count ?? 0) + 1 } };
      return {
        ...rest,
        attachments: upsertAttachment(m.attachments, {
          name: p.name,
          sentBytes: p.sentBytes,
          totalBytes: p.totalBytes,
        }),
      };
    }
    case 'filed': {
      const { wait: _w, failure: _f, ...rest } = m;
      return {
        ...rest,
        status: 'filed',
        step: 'sent',
        alreadySent: event.filed.alreadySent,
        attachments: m.attachments.map((a) => ({ ...a, sentBytes: a.totalBytes })),
      };
    }
    case 'failed': {
      const { wait: _w, ...rest } = m;
      return {
        ...rest,
        status: event.failure.kind === 'offline' ? 'pending' : 'failed',
        failure: { kind: event.failure.kind, details: event.failure.details },
      };
    }
  }
}

export function filingReducer(state: FilingState, action: FilingAction): FilingState {
  switch (action.type) {
    case 'reset':
      return INITIAL_FILING;
    case 'preparing':
      return { ...INITIAL_FILING, phase: 'preparing' };
    case 'refused':
      return {
        ...INITIAL_FILING,
        phase: 'refused',
        referralId: action.referralId,
        reference: referenceFor(action.referralId),
        refused: action.refused,
        mailboxes: action.mailboxes.map((m) => ({ ...m, status: 'pending', step: 'waiting', attachments: [] })),
      };
    case 'problem':
      return {
        ...state,
        phase: 'problem',
        problem: action.problem,
        ...(action.referralId ? { referralId: action.referralId, reference: referenceFor(action.referralId) } : {}),
      };
    case 'job': {
      const { problem: _p, ...rest } = state;
      return {
        ...rest,
        phase: action.phase,
        referralId: action.job.id,
        reference: referenceFor(action.job.id),
        mailboxes: mailboxesOf(action.job),
        memoryOnly: action.memoryOnly === true,
      };
    }
    case 'running': {
      const { problem: _p, ...rest } = state;
      return { ...rest, phase: 'filing' };
    }
    case 'event':
      return {
        ...state,
        mailboxes: state.mailboxes.map((m) => (m.address === action.event.address ? onEvent(m, action.event) : m)),
      };
    case 'outcome':
      return { ...state, phase: action.result === 'done' ? 'done' : action.result };
  }
}
