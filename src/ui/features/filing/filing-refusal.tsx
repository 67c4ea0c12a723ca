import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { FilingState } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';

export type FilingRefusalProps = {
  readonly state: FilingState;
  readonly onFileTheRest: () => void;
  readonly onBack: () => void;
};

/** Services without a referral mailbox cannot be filed: say so before anything is sent, with whom to contact. */
export function FilingRefusal({ state, onFileTheRest, onBack }: FilingRefusalProps) {
  const s = useFilingScreenStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const rest = state.mailboxes.flatMap((m) => m.serviceNames);
  return (
    <section className={s.root} aria-labelledby="filing-refused-title">
      <h2 id="filing-refused-title" ref={heading} tabIndex={-1} className={s.heading}>
        {state.refused.length === 1
          ? 'One service cannot be filed from here'
          : `${state.refused.length} services cannot be filed from here`}
      </h2>
      <p className={s.text}>
        Nothing has been sent yet. These services have no referral mailbox: refer to them directly.
      </p>
      <ul className={s.list} aria-label="Services to contact directly">
        {state.refused.map((r) => (
          <li key={r.serviceId} className={s.problem}>
            <h3 className={s.subHeading}>{r.name}</h3>
            <p className={s.text}>Contact {r.contact} to refer.</p>
          </li>
        ))}
      </ul>
      {rest.length > 0 && <p className={s.text}>You can still file to {rest.join(', ')}.</p>}
      <div className={s.actions}>
        {rest.length > 0 && (
          <Button appearance="primary" onClick={onFileTheRest}>
            {rest.length === 1 ? `File to ${rest[0]}` : `File to the other ${rest.length} services`}
          </Button>
        )}
        <Button onClick={onBack}>Back to the referral</Button>
      </div>
    </section>
  );
}
