// What My referrals shows. The App hands in a loader (filing's Graph reads, loaded with the filing code) returning a
// FiledMessage per message sent.

import type { FiledMessage } from '../../state/filed-message';

export type { FiledMessage };

export type LoadMyReferrals = () => Promise<readonly FiledMessage[]>;

/** One referral as listed: its messages (one per service mailbox) folded together. */
export type MyReferral = {
  readonly referralId: string;
  readonly reference: string;
  /** The first message's send time. */
  readonly sentAt: string;
  readonly services: readonly (FiledMessage['services'][number] & {
    readonly kind: FiledMessage['kind'];
    readonly mailbox: string;
  })[];
};
