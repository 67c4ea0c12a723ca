import { MARKING } from '../../documents/summary/header-section';
import { statusMessageText } from '../../domain';
import type { BoardRow } from './board-row';
import { mailboxRoot, type Gateway } from './read-row';
import { sendReferralMail } from './referral-mail';

/** The subject of a status message: the marking and the reference only, never a name. */
export const statusSubject = (reference: string) => `${MARKING}: Update on referral ${reference}`;

/**
 * Tells the referrer the referral's current state, from the service's shared mailbox (the board sends as it with the
 * manager's Send As right, the bot with its application permission). It carries ReferralKind `status` and
 * ReferralStatus, which My referrals reads from the referrer's Inbox. Throws GraphFailure.
 */
export function sendStatusMessage(g: Gateway, row: BoardRow, text?: string): Promise<void> {
  return sendReferralMail(
    g,
    mailboxRoot(row.mailbox),
    {
      subject: statusSubject(row.reference),
      text: text?.trim() || statusMessageText(row.triage, row.reference),
      to: row.referrer.address,
      referralId: row.referralId,
      serviceIds: row.serviceIds,
      kind: 'status',
      status: row.triage.state,
    },
    row.mailbox,
  );
}
