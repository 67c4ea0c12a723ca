// One referral in the list: who it is about (initials and ages), when, and each service's latest status.
import { Button } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { MyReferral } from './my-referrals.types';
import { useMyReferralsStyles } from './my-referrals.styles';
import type { ReferralLabel } from './referral-label';
import { statusWords } from './status-words';
import { when } from './when';

function kindWords(item: MyReferral): string {
  const kinds = new Set(item.services.map((s) => s.kind));
  if (kinds.size > 1) return 'Referral and advice request';
  return kinds.has('advice') ? 'Advice request' : 'Referral';
}

function LabelLine({ label }: { readonly label: ReferralLabel }) {
  const s = useMyReferralsStyles();
  switch (label.kind) {
    case 'loading':
      return <p className={s.muted}>Reading the details…</p>;
    case 'label':
      return (
        <p className={s.label}>
          Children: <bdi dir="auto">{label.text}</bdi>
        </p>
      );
    case 'unreadable':
      return (
        <p className={s.text}>
          <strong>Details could not be read.</strong> {label.reason}
        </p>
      );
    case 'unavailable':
      return <p className={s.muted}>The details could not be loaded just now. Refresh to try again.</p>;
  }
}

export type ReferralItemProps = {
  readonly item: MyReferral;
  readonly label: ReferralLabel;
  readonly onOpen: (item: MyReferral) => void;
};

export const ReferralItem = forwardRef<HTMLButtonElement, ReferralItemProps>(function ReferralItem(
  { item, label, onOpen },
  openRef,
) {
  const s = useMyReferralsStyles();
  return (
    <li className={s.card} aria-label={item.reference}>
      <h3 className={s.itemTitle}>{item.reference}</h3>
      <LabelLine label={label} />
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
      {item.messages.length > 0 && (
        <div className={s.actions}>
          <Button ref={openRef} onClick={() => onOpen(item)} aria-label={`Open what was sent in ${item.reference}`}>
            Open what was sent
          </Button>
        </div>
      )}
    </li>
  );
});
