import type { TriageState } from '../../domain';

/** A service's latest status, as reported back by the service (a ReferralKind=status message). */
export type ReportedStatus = { readonly state: TriageState; readonly at: string };

/** One message the referrer filed (one per service mailbox), with each service's latest reported status. */
export type SentReferral = {
  /** The Sent Items message: where its referral.json and files are read from. */
  readonly messageId: string;
  readonly referralId: string;
  /** RC-XXXXXXXX */
  readonly reference: string;
  readonly kind: 'referral' | 'advice';
  readonly serviceIds: readonly string[];
  readonly mailbox: string;
  /** ISO date-time the message was sent. */
  readonly sentAt: string;
  /** Keyed by service id; a service with no status message yet is absent. */
  readonly statuses: Readonly<Record<string, ReportedStatus>>;
};
