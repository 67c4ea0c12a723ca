// What My referrals shows. The App hands in a loader (the filing feature's Graph adapter) returning these, one per
// message sent: features never import each other (STYLE.md).

export type FiledMessage = {
  readonly referralId: string;
  readonly reference: string;
  readonly kind: 'referral' | 'advice';
  readonly mailbox: string;
  /** ISO instant the message was sent. */
  readonly sentAt: string;
  readonly services: readonly {
    readonly serviceId: string;
    readonly name: string;
    /** The newest status the service reported back: a triage state id and when. */
    readonly status?: { readonly state: string; readonly at: string };
  }[];
};

export type LoadMyReferrals = () => Promise<readonly FiledMessage[]>;

/** One referral as listed: its messages (one per service mailbox) folded together. */
export type MyReferral = {
  readonly referralId: string;
  readonly reference: string;
  /** The first message's send time. */
  readonly sentAt: string;
  readonly services: readonly (FiledMessage['services'][number] & { readonly kind: FiledMessage['kind']; readonly mailbox: string })[];
};
