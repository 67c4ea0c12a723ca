// "My referrals": what I filed (from my Sent Items), newest first, each service with the latest status it reported.
import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { LoadMyReferrals, MyReferral } from './my-referrals.types';
import { useMyReferralsStyles } from './my-referrals.styles';
import { statusWords } from './status-words';
import { useMyReferrals } from './use-my-referrals';

export type MyReferralsProps = {
  readonly load: LoadMyReferrals;
  readonly onBack: () => void;
};

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
const when = (iso: string) => (Number.isNaN(Date.parse(iso)) ? 'an unknown date' : WHEN.format(new Date(iso)));

function kindWords(item: MyReferral): string {
  const kinds = new Set(item.services.map((s) => s.kind));
  if (kinds.size > 1) return 'Referral and advice request';
  return kinds.has('advice') ? 'Advice request' : 'Referral';
}

function ReferralItem({ item }: { readonly item: MyReferral }) {
  const s = useMyReferralsStyles();
  return (
    <li className={s.card} aria-label={item.reference}>
      <h3 className={s.itemTitle}>{item.reference}</h3>
      <p className={s.muted}>
        {kindWords(item)}, sent {when(item.sentAt)}
      </p>
      <ul className={s.services} aria-label={`Services of ${item.reference}`}>
        {item.services.map((svc) => (
          <li key={`${svc.mailbox}:${svc.serviceId}`}>
            <span className={s.text}>
              {svc.name}
              {svc.kind === 'advice' ? ' (advice request)' : ''}:{' '}
            </span>
            <strong className={s.text}>{statusWords(svc.status)}</strong>
            {svc.status && <span className={s.muted}> ({when(svc.status.at)})</span>}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function MyReferrals({ load, onBack }: MyReferralsProps) {
  const s = useMyReferralsStyles();
  const state = useMyReferrals(load);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items = state.items ?? [];
  return (
    <section className={s.root} aria-labelledby="my-referrals-title">
      <div className={s.top}>
        <h2 id="my-referrals-title" ref={heading} tabIndex={-1} className={s.heading}>
          My referrals
        </h2>
        <div className={s.actions}>
          <Button onClick={state.refresh} disabledFocusable={state.status === 'loading'}>
            Refresh
          </Button>
          <Button onClick={onBack}>Back to the referral</Button>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p className={s.text}>Loading your referrals…</p>}
        {state.status === 'ready' && (
          <p className={s.muted}>
            {items.length === 0
              ? 'You have not filed any referrals yet.'
              : `${items.length} ${items.length === 1 ? 'referral' : 'referrals'}, newest first.`}
          </p>
        )}
      </div>
      {state.status === 'error' && (
        <div className={s.problem} role="alert">
          <p className={s.text}>{state.problem.what}</p>
          <p className={s.text}>{state.problem.todo}</p>
          {state.problem.requestId && (
            <p className={s.muted}>
              Request id (for the service desk): <span className={s.code}>{state.problem.requestId}</span>
            </p>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul className={s.list} aria-label="Referrals I filed">
          {items.map((item) => (
            <ReferralItem key={item.referralId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
