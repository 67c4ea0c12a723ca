// Polite announcements of the milestones only (a mailbox sent or failed, a wait, the outcome): never each step or
// byte, so a screen reader is not flooded while files upload. The progress bars stay readable on demand.
import { useEffect, useRef } from 'react';
import { useAnnounce } from '../../components/announcer';
import { failureWords, waitWords } from '../../../filing';
import type { FilingState, MailboxView } from '../../../filing';

const name = (m: MailboxView) => m.serviceNames.join(', ');

function milestone(before: MailboxView | undefined, m: MailboxView): string | undefined {
  if (m.status === 'filed' && before?.status !== 'filed') return `${name(m)}: sent.`;
  if (m.status === 'failed' && before?.status !== 'failed' && m.failure)
    return `${name(m)}: ${m.failure.kind === 'unconfirmed' ? 'not confirmed' : 'not sent'}. ${failureWords(m.failure.kind, m.failure.details, m.address).what}`;
  if (m.wait && m.wait.count !== before?.wait?.count && m.wait.reason === 'throttled')
    return `Microsoft 365 asked us to wait ${waitWords(m.wait.seconds)}.`;
  return undefined;
}

const OUTCOMES: Partial<Record<FilingState['phase'], string>> = {
  offline: 'You are offline. The referral will be filed when you are back online.',
  failed: 'Not everything was filed. Try again to file what is left.',
};

export function useFilingAnnouncements(state: FilingState): void {
  const announce = useAnnounce();
  const previous = useRef<FilingState>(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before === state) return;
    const said = state.mailboxes.flatMap(
      (m) =>
        milestone(
          before.mailboxes.find((b) => b.address === m.address),
          m,
        ) ?? [],
    );
    if (state.phase !== before.phase && state.phase === 'filing')
      said.unshift(
        `Filing to ${state.mailboxes.length} ${state.mailboxes.length === 1 ? 'service mailbox' : 'service mailboxes'}.`,
      );
    if (state.phase !== before.phase && OUTCOMES[state.phase]) said.push(OUTCOMES[state.phase] as string);
    if (state.phase !== before.phase && state.phase === 'done')
      said.push(`Filed. Your reference is ${state.reference}.`);
    if (said.length) announce(said.join(' '));
  }, [state, announce]);
}
