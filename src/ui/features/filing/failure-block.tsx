import { forwardRef } from 'react';
import { failureWords } from '../../../filing';
import type { FailureDetails, FailureKind } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';

export type FailureBlockProps = {
  readonly kind: FailureKind;
  readonly details: FailureDetails;
  readonly mailbox: string;
  readonly title?: string;
};

/** What went wrong and what to do, in words, with Graph's request id for the service desk. */
export const FailureBlock = forwardRef<HTMLDivElement, FailureBlockProps>(function FailureBlock(
  { kind, details, mailbox, title },
  ref,
) {
  const s = useFilingScreenStyles();
  const words = failureWords(kind, details, mailbox);
  return (
    <div ref={ref} tabIndex={-1} className={s.problem} data-failure={kind}>
      {title && <h4 className={s.subHeading}>{title}</h4>}
      <p className={s.text}>{words.what}</p>
      <p className={s.text}>{words.todo}</p>
      {details.requestId && (
        <p className={s.muted}>
          Request id (for the service desk): <span className={s.code}>{details.requestId}</span>
        </p>
      )}
    </div>
  );
});
