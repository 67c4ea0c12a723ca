import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { FilingState } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';
import { MailboxCard } from './mailbox-card';

export type FilingProgressViewProps = {
  readonly state: FilingState;
  readonly onRetry: () => void;
  readonly onBack: () => void;
};

const HEADINGS = {
  filing: 'Filing the referral',
  offline: 'Waiting to file: you are offline',
  failed: 'Not everything was filed',
} as const;

/** Per mailbox the step and per attachment the upload; offline, the job waits; on failure, what to do and Retry. */
export function FilingProgressView({ state, onRetry, onBack }: FilingProgressViewProps) {
  const s = useFilingScreenStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const phase = state.phase === 'offline' || state.phase === 'failed' ? state.phase : 'filing';
  // Focus follows the screen's purpose: its heading when it opens and when filing stops for the referrer.
  useEffect(() => heading.current?.focus(), [phase]);
  const filed = state.mailboxes.filter((m) => m.status === 'filed').length;
  const total = state.mailboxes.length;
  return (
    <section className={s.root} aria-labelledby="filing-title" aria-busy={phase === 'filing'}>
      <h2 id="filing-title" ref={heading} tabIndex={-1} className={s.heading}>
        {HEADINGS[phase]}
      </h2>
      <p className={s.text}>
        Reference {state.reference}. {filed} of {total} {total === 1 ? 'message' : 'messages'} sent.
      </p>
      {phase === 'offline' && (
        <div className={s.notice}>
          <p className={s.text}>
            <strong>Filed when you are back online.</strong>
          </p>
          <p className={s.text}>
            The referral and its files are kept on this device. You can close the card: filing carries on when it next
            opens online.
          </p>
        </div>
      )}
      {state.memoryOnly && (
        <div className={s.notice}>
          <p className={s.text}>
            This browser will not let Referral Card keep the referral on this device. Keep the card open until filing
            finishes.
          </p>
        </div>
      )}
      {phase === 'failed' && (
        <p className={s.text}>
          {filed > 0 ? 'What was sent stays sent. ' : ''}Try again to file what is left: nothing is sent twice.
        </p>
      )}
      <ul className={s.list} aria-label="Messages">
        {state.mailboxes.map((m) => (
          <MailboxCard key={m.address} mailbox={m} />
        ))}
      </ul>
      {phase !== 'filing' && (
        <div className={s.actions}>
          <Button appearance="primary" onClick={onRetry}>
            {phase === 'offline' ? 'Try now' : 'Try again'}
          </Button>
          <Button onClick={onBack}>Back to the referral</Button>
        </div>
      )}
    </section>
  );
}
