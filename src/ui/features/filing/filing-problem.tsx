import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { FailureBlock } from './failure-block';
import type { FilingState } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';

export type FilingProblemProps = {
  readonly problem: NonNullable<FilingState['problem']>;
  readonly reference?: string;
  readonly onRetry: () => void;
  readonly onBack: () => void;
};

/** Filing could not start (an answer to check, a file to add again, no room on the device): nothing was sent. */
export function FilingProblem({ problem, reference, onRetry, onBack }: FilingProblemProps) {
  const s = useFilingScreenStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const retryable = problem.kind === 'storage' || problem.kind === 'server';
  return (
    <section className={s.root} aria-labelledby="filing-problem-title">
      <h2 id="filing-problem-title" ref={heading} tabIndex={-1} className={s.heading}>
        The referral was not filed
      </h2>
      {reference && <p className={s.text}>Reference {reference}.</p>}
      {problem.kind === 'storage' || problem.message ? (
        <div className={s.problem}>
          <p className={s.text}>
            {problem.message ?? 'The referral could not be kept on this device while it is filed.'}
          </p>
        </div>
      ) : (
        <FailureBlock kind={problem.kind} details={problem.details} mailbox="" />
      )}
      <div className={s.actions}>
        {retryable && (
          <Button appearance="primary" onClick={onRetry}>
            Try again
          </Button>
        )}
        <Button appearance={retryable ? 'secondary' : 'primary'} onClick={onBack}>
          Back to the referral
        </Button>
      </div>
    </section>
  );
}
