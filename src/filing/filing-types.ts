// Filing's own vocabulary. The mailbox filer (mailbox-filer.ts) maps the documents and Graph layers onto it, so the
// coordinator, the screens and their tests never depend on another layer's names.
import type { Referral } from '../domain';
import type { FiledMessage } from './filed-message';

/** A message is an advice request only when every service it carries is one ("ask for advice" on the card). */
export type FilingKind = 'referral' | 'advice';

/** One message: the chosen services that share a referral mailbox travel together. */
export type MailboxPlan = {
  /** As the catalogue spells it; compared lower-cased. */
  readonly address: string;
  readonly serviceIds: readonly string[];
  readonly serviceNames: readonly string[];
  readonly kind: FilingKind;
};

/** A chosen service that cannot be filed: the catalogue gives it no referral mailbox. */
export type RefusedService = {
  readonly serviceId: string;
  readonly name: string;
  /** Whom to contact instead, in words (the service's contacts, else its provider's). */
  readonly contact: string;
};

/** The steps of one mailbox's filing, in order. */
export const FILING_STEPS = [
  'waiting',
  'preparing',
  'checking',
  'creating-draft',
  'attaching',
  'sending',
  'sent',
] as const;
export type FilingStep = (typeof FILING_STEPS)[number];

/** What the mailbox filer reports while one mailbox is filed. */
export type FilingProgress =
  | { readonly type: 'step'; readonly step: FilingStep }
  | { readonly type: 'attachment'; readonly name: string; readonly sentBytes: number; readonly totalBytes: number }
  /** Microsoft 365 asked us to wait (429/503 with Retry-After), or the connection dropped and we retry. */
  | { readonly type: 'wait'; readonly seconds: number; readonly reason: 'throttled' | 'unavailable' };

export type FilingAttachment = {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
};

export type MailboxFilingRequest = {
  readonly referral: Referral;
  readonly mailbox: string;
  readonly serviceIds: readonly string[];
  readonly kind: FilingKind;
  /** In the order they are attached, after referral.json and referral.pdf. */
  readonly attachments: readonly FilingAttachment[];
  /** A previous attempt may have got part-way: look in Sent Items and Drafts before creating anything. */
  readonly resume: boolean;
  /** Upload sessions earlier attempts opened (kept by `onUploadSession`): a resume cancels them first. */
  readonly abandonedUploads: readonly string[];
  readonly filedAt: Date;
  /** An earlier attempt reached /send and never heard it refused: look for the sent copy, never make a new one. */
  readonly sendMayHaveGone?: boolean;
};

export type MailboxFiled = {
  readonly mailbox: string;
  /** True when resuming found the message already sent: nothing was sent twice. */
  readonly alreadySent: boolean;
};

/** `offline`: the device has no connection (the job waits for one). `connection`: online, but Microsoft 365's answer
 * never came (a dropped connection): the referrer retries, and resuming makes sure nothing is sent twice. */
export const FAILURE_KINDS = [
  'mailbox-not-found',
  'no-permission',
  'too-large',
  'throttled',
  'offline',
  'connection',
  'signed-out',
  'no-mailbox',
  'invalid',
  'attachment-missing',
  'server',
  'unconfirmed',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export type FailureDetails = {
  /** Graph's request id, for the service desk. */
  readonly requestId?: string;
  /** How long Microsoft 365 asked us to wait. */
  readonly retryAfterSeconds?: number;
  /** Whom to contact instead (no-mailbox). */
  readonly contact?: string;
  /** The file concerned (too-large, attachment-missing). */
  readonly fileName?: string;
  /** too-large: the size found and the limit it broke, in bytes. */
  readonly sizeBytes?: number;
  readonly limitBytes?: number;
};

/** Why a mailbox was not filed. `kind` is what callers branch on; the words come from the one table, failureWords. */
export class FilingFailure extends Error {
  readonly kind: FailureKind;
  readonly details: FailureDetails;
  constructor(kind: FailureKind, details: FailureDetails = {}) {
    super(`Filing failed: ${kind}`);
    this.name = 'FilingFailure';
    this.kind = kind;
    this.details = details;
  }
}

/** Files one mailbox's message: the documents rendered, then the Graph protocol. */
export interface MailboxFiler {
  /**
   * Files one mailbox's message. Rejects with a FilingFailure only. `onUploadSession` is awaited with each large
   * file's upload session URL before its first range, so the job can keep it for a resume to cancel.
   */
  fileMailbox(
    request: MailboxFilingRequest,
    onProgress: (event: FilingProgress) => void,
    onUploadSession?: (uploadUrl: string) => Promise<void>,
    onSend?: (phase: 'starting' | 'refused') => Promise<void>,
  ): Promise<MailboxFiled>;
}

/** The mailbox filer and the reads of My referrals, as a host loads them together. */
export interface FilingService extends MailboxFiler {
  /** What I filed, newest first. Rejects with a FilingFailure only. */
  listMyReferrals(): Promise<readonly FiledMessage[]>;
}
