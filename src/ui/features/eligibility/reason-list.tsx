// Why a verdict is what it is, on demand: behind "Show reasons", the deciding reasons first, each stating what was
// found in plain words. Closed, 64 services fit in a few screens.
import { Button } from '@fluentui/react-components';
import type { Reason } from '../../../domain';
import { reasonLabel, reasonWords } from '../../../domain';
import { CitedStatement } from './cited-statement';
import { useDisclosure } from './use-disclosure';
import { REASON_STATUS_TONE } from './verdict-tone';
import { useServiceRowStyles } from './service-row.styles';

function ReasonItem(props: { reason: Reason }) {
  const styles = useServiceRowStyles();
  const { reason } = props;
  return (
    <li className={styles.reason}>
      <CitedStatement
        tone={REASON_STATUS_TONE[reason.status]}
        label={reasonLabel(reason)}
        message={reasonWords(reason)}
        citation={reason.citation}
      />
    </li>
  );
}

export function ReasonList(props: { reasons: readonly Reason[] }) {
  const styles = useServiceRowStyles();
  // The deciding reasons first: what is not met, needs a judgement or information, then what is met.
  const ordered = [
    ...props.reasons.filter((r) => r.status !== 'met'),
    ...props.reasons.filter((r) => r.status === 'met'),
  ];
  const { open, buttonProps, regionProps } = useDisclosure();
  if (ordered.length === 0) return null;
  return (
    <div>
      <div>
        <Button appearance="subtle" size="small" {...buttonProps}>
          {open ? 'Hide reasons' : `Show reasons (${ordered.length})`}
        </Button>
      </div>
      <div {...regionProps}>
        {open && (
          <ul className={styles.list}>
            {ordered.map((r, i) => (
              <ReasonItem key={`${r.code}-${i}`} reason={r} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
