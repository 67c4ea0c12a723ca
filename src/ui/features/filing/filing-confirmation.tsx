import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Catalogue } from '../../../domain';
import { useAnnounce } from '../../components/announcer';
import type { MailboxView } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';
import { nextSteps } from './next-steps';

export type FilingConfirmationProps = {
  readonly reference: string;
  readonly mailboxes: readonly MailboxView[];
  readonly catalogue: Catalogue;
  readonly onOpenMyReferrals: () => void;
  readonly onNewReferral: () => void;
};

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // clipboard blocked in the pane: the reference stays selectable by hand
  }
}

/** Filed: the reference to quote, what each service does next, and where to go from here. */
export function FilingConfirmation({
  reference,
  mailboxes,
  catalogue,
  onOpenMyReferrals,
  onNewReferral,
}: FilingConfirmationProps) {
  const s = useFilingScreenStyles();
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  useEffect(() => heading.current?.focus(), []);
  const advice = mailboxes.every((m) => m.kind === 'advice');
  const copy = async () => {
    const ok = await copyText(reference);
    setCopied(ok ? 'yes' : 'no');
    announce(
      ok ? `Reference ${reference} copied` : 'The reference could not be copied: select it and copy it yourself',
    );
  };
  return (
    <section className={s.root} aria-labelledby="filing-done-title">
      <h2 id="filing-done-title" ref={heading} tabIndex={-1} className={s.heading}>
        {advice ? 'Advice request sent' : 'Referral filed'}
      </h2>
      <div>
        <p className={s.text}>Your reference</p>
        <p className={s.reference} data-testid="filing-reference">
          {reference}
        </p>
      </div>
      <div className={s.actions}>
        <Button onClick={() => void copy()}>Copy the reference</Button>
        {copied === 'no' && (
          <p className={s.muted}>Copying is blocked here: select the reference and copy it yourself.</p>
        )}
      </div>
      <p className={s.text}>Quote it when you contact a service about this {advice ? 'request' : 'referral'}.</p>
      <h3 className={s.subHeading}>What happens next</h3>
      <ul className={s.list} aria-label="What happens next">
        {mailboxes.map((m) => (
          <li key={m.address} className={s.card}>
            <h4 className={s.subHeading}>{m.serviceNames.join(', ')}</h4>
            <p className={s.muted}>
              {m.kind === 'advice' ? 'Advice request sent' : 'Referral sent'} to {m.address}
            </p>
            <ul className={s.bullets}>
              {nextSteps(catalogue, m.serviceIds, m.kind).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <div className={s.actions}>
        <Button appearance="primary" onClick={onNewReferral}>
          Start a new referral
        </Button>
        <Button onClick={onOpenMyReferrals}>See My referrals</Button>
      </div>
    </section>
  );
}
