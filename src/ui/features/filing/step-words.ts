// The words for each step of one mailbox's filing, as the progress view shows and announces them.
import type { FilingStep, MailboxView } from '../../../filing';

export const STEP_WORDS: Readonly<Record<FilingStep, string>> = {
  waiting: 'Waiting to start',
  preparing: 'Preparing referral.json and referral.pdf',
  checking: 'Checking your Sent Items, so nothing is sent twice',
  'creating-draft': 'Creating the message in your mailbox',
  attaching: 'Attaching the files',
  sending: 'Sending',
  sent: 'Sent',
};

/** Where one mailbox stands, in words. */
export function mailboxStatusWords(m: MailboxView): string {
  if (m.status === 'filed') return m.alreadySent ? 'Sent (it had already been sent: nothing was sent twice)' : 'Sent';
  if (m.status === 'failed')
    return m.failure?.kind === 'unconfirmed' ? 'May have been sent: not confirmed yet' : 'Not sent';
  if (m.status === 'pending') return m.failure?.kind === 'offline' ? 'Waiting for the connection' : 'Waiting to start';
  return STEP_WORDS[m.step];
}
