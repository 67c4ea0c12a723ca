// What My referrals shows. The App hands in a way to connect to its source (filing's Graph reads for the list, and
// the details and files of each message), loaded on demand.

import type { FiledMessage } from '../../state/filed-message';

export type { FiledMessage };

export type LoadMyReferrals = () => Promise<readonly FiledMessage[]>;

/** One referral as listed: its messages (one per service mailbox) folded together. */
export type MyReferral = {
  readonly referralId: string;
  readonly reference: string;
  /** The first message's send time. */
  readonly sentAt: string;
  /** The messages sent, one per service mailbox, in the order sent; their details are read from the first. */
  readonly messages: readonly { readonly messageId: string; readonly mailbox: string }[];
  readonly services: readonly (FiledMessage['services'][number] & {
    readonly kind: FiledMessage['kind'];
    readonly mailbox: string;
  })[];
};
