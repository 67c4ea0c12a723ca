// Why a verdict is what it is: the deciding reasons first, the met ones behind "Show all reasons", each stating what
// was found in plain words.
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
  const deciding = props.reasons.filter((r) => r.status !== 'met');
  const met = props.reasons.filter((r) => r.status === 'met');
  const { open, buttonProps, regionProps } = useDisclosure();
  return (
    <div>
      {deciding.length > 0 && (
        <ul className={styles.list}>
          {deciding.map((r, i) => (
            <ReasonItem key={`${r.code}-${i}`} reason={r} />
          ))}
        </ul>
      )}
      {met.length > 0 && (
        <>
          <div>
            <Button appearance="subtle" size="small" {...buttonProps}>
              {open ? 'Hide met reasons' : `Show all reasons (${met.length} met)`}
            </Button>
          </div>
          <div {...regionProps}>
            {open && (
              <ul className={styles.list}>
                {met.map((r, i) => (
                  <ReasonItem key={`${r.code}-${i}`} reason={r} />
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}
