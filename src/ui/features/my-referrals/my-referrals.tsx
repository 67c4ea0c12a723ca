// "My referrals": what I filed (from my Sent Items), newest first, each labelled with the children's initials and
// ages from what was sent, searchable, and opened to show the summary and files the service received.
import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { servicesIn } from './filter-referrals';
import type { ConnectMyReferrals } from './my-referrals-source';
import { useMyReferralsStyles } from './my-referrals.styles';
import { OpenedReferral } from './opened-referral';
import { ReferralFilters } from './referral-filters';
import { ReferralItem } from './referral-item';
import type { MyReferralsState } from './use-my-referrals';
import { PAGE_SIZE, useReferralList } from './use-referral-list';

export type MyReferralsProps = {
  readonly connect: ConnectMyReferrals;
  readonly onBack: () => void;
  /** The clock for the children's ages; the host's. */
  readonly now?: () => Date;
};

export { PAGE_SIZE };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function countWords(shown: number, all: number, searching: boolean): string {
  if (all === 0) return 'You have not filed any referrals yet.';
  if (!searching) return `${plural(all, 'referral', 'referrals')}, newest first.`;
  return shown === 0 ? 'No referrals match.' : `${plural(shown, 'referral matches', 'referrals match')}.`;
}

function Problem({ problem }: { readonly problem: Extract<MyReferralsState, { status: 'error' }>['problem'] }) {
  const s = useMyReferralsStyles();
  return (
    <div className={s.problem} role="alert">
      <p className={s.text}>{problem.what}</p>
      <p className={s.text}>{problem.todo}</p>
      {problem.requestId && (
        <p className={s.muted}>
          Request id (for the service desk): <span className={s.code}>{problem.requestId}</span>
        </p>
      )}
    </div>
  );
}

export function MyReferrals({ connect, onBack, now = () => new Date() }: MyReferralsProps) {
  const s = useMyReferralsStyles();
  const v = useReferralList(connect, now);
  const { list: state, items, found, shown, opened } = v;
  const heading = useRef<HTMLHeadingElement>(null);
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string>();
  useEffect(() => {
    const back = returnTo.current && openButtons.current.get(returnTo.current);
    if (!opened) (back || heading.current)?.focus();
  }, [opened]);
  if (opened && state.source)
    return (
      <OpenedReferral item={opened} source={state.source} details={v.details} onClose={() => v.setOpened(undefined)} />
    );
  return (
    <section className={s.root} aria-labelledby="my-referrals-title">
      <div className={s.top}>
        <h2 id="my-referrals-title" ref={heading} tabIndex={-1} className={s.heading}>
          My referrals
        </h2>
        <div className={s.actions}>
          <Button onClick={v.refresh} disabledFocusable={state.status === 'loading'}>
            Refresh
          </Button>
          <Button onClick={onBack}>Back to the referral</Button>
        </div>
      </div>
      {items.length > 0 && <ReferralFilters query={v.query} services={servicesIn(items)} onChange={v.setQuery} />}
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p className={s.text}>Loading your referrals…</p>}
        {state.status === 'ready' && <p className={s.muted}>{countWords(found.length, items.length, v.filtering)}</p>}
        {v.searchingText && v.reading > 0 && (
          <p className={s.muted}>
            Reading the details of {plural(v.reading, 'more referral', 'more referrals')} to search them…
          </p>
        )}
      </div>
      {state.status === 'error' && <Problem problem={state.problem} />}
      {shown.length > 0 && (
        <ul className={s.list} aria-label="Referrals I filed">
          {shown.map((item) => (
            <ReferralItem
              key={item.referralId}
              item={item}
              label={v.labelFor(item)}
              ref={(b) =>
                b ? openButtons.current.set(item.referralId, b) : openButtons.current.delete(item.referralId)
              }
              onOpen={(i) => {
                returnTo.current = i.referralId;
                v.setOpened(i);
              }}
            />
          ))}
        </ul>
      )}
      {found.length > shown.length && (
        <Button onClick={v.showMore}>Show {Math.min(PAGE_SIZE, found.length - shown.length)} more</Button>
      )}
    </section>
  );
}
