// A message I filed, as filing reads it back from Sent Items and My referrals lists it: one per service mailbox.

export type FiledMessage = {
  /** The Sent Items message, where My referrals reads what was sent. */
  readonly messageId?: string;
  readonly referralId: string;
  readonly reference: string;
  readonly kind: 'referral' | 'advice';
  readonly mailbox: string;
  /** ISO instant the message was sent. */
  readonly sentAt: string;
  readonly services: readonly {
    readonly serviceId: string;
    readonly name: string;
    /** The newest status the service reported back (a triage state id), and when, if any. */
    readonly status?: { readonly state: string; readonly at: string };
  }[];
};
