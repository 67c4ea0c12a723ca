// A statement beside its status icon, led by what it is in bold, with the council's source behind a disclosure.
import { useId } from 'react';
import type { Citation } from '../../../domain';
import { StatusIcon } from '../../components/status-icon';
import type { StatusTone } from '../../components/status-icon';
import { CitationDisclosure } from './citation-disclosure';
import { useServiceRowStyles } from './service-row.styles';

export type CitedStatementProps = {
  readonly tone: StatusTone;
  /** What the statement is, e.g. "Not met" or "Advice"; none where the statement says it itself. */
  readonly label: string | undefined;
  readonly message: string;
  readonly citation: Citation | undefined;
};

export function CitedStatement({ tone, label, message, citation }: CitedStatementProps) {
  const styles = useServiceRowStyles();
  const textId = useId();
  return (
    <p className={styles.line}>
      <StatusIcon tone={tone} />
      <span>
        <span id={textId}>
          {label && <span className={styles.reasonStatus}>{label}: </span>}
          {message}
        </span>
        {citation && <CitationDisclosure citation={citation} describedBy={textId} />}
      </span>
    </p>
  );
}
