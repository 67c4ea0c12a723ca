import { memo, useEffect, useRef, useState } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { VERDICT_WORDS } from '../../domain';
import { ErrorSummary } from '../components/error-summary';
import { Section } from '../components/section';
import { useAnnounce } from '../components/announcer';
import type { FieldValidation } from '../features/referral-form';
import type { Readiness } from './filing-readiness';
import { useFilingStyles } from './filing-area.styles';

export type FilingAreaProps = {
  readonly readiness: Readiness;
  readonly validation: FieldValidation;
  /** Takes the referrer to a field from the error summary. */
  readonly onGoTo: (fieldId: string) => void;
  readonly onFile: () => void;
};

/**
 * "Ready to file": what is chosen, what stops filing, the error summary, and the File button.
 * Memoised: it follows the referral as checked, not each keystroke.
 */
export const FilingArea = memo(function FilingArea({ readiness, validation, onGoTo, onFile }: FilingAreaProps) {
  const s = useFilingStyles();
  const announce = useAnnounce();
  const [checks, setChecks] = useState(0);
  const summary = useRef<HTMLElement>(null);
  const status = useRef<HTMLDivElement>(null);
  // GOV.UK: after checking, focus moves to the error summary (or to the status when there is nothing to fix).
  useEffect(() => {
    if (checks > 0) (summary.current ?? status.current)?.focus();
  }, [checks]);
  const check = () => {
    const issues = validation.showAll();
    setChecks((n) => n + 1);
    announce(
      issues.length
        ? `There ${issues.length === 1 ? 'is 1 problem' : `are ${issues.length} problems`} to fix`
        : readiness.filable
          ? 'Ready to file'
          : 'The answers are complete; see what else stops filing',
    );
  };
  const { filable, chosen, problems, notes } = readiness;
  return (
    <Section id="section-filing" title="File the referral">
      <div
        id="filing-status"
        ref={status}
        tabIndex={-1}
        className={mergeClasses(s.status, filable ? s.ready : s.notReady)}
      >
        <h3 className={s.heading}>{filable ? 'Ready to file' : 'Not ready to file yet'}</h3>
        {problems.length > 0 && (
          <ul className={s.list}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {filable && <p className={s.muted}>Filing sends the referral to each service’s referral mailbox.</p>}
      </div>
      {chosen.length > 0 && (
        <ul className={s.list} aria-label="Chosen services">
          {chosen.map((c) => (
            <li key={c.serviceId}>
              {c.name}:{' '}
              {c.advice
                ? 'asking the service for advice'
                : c.verdict
                  ? VERDICT_WORDS[c.verdict].toLowerCase()
                  : 'not in the catalogue'}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className={s.list} aria-label="Worth knowing">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {checks > 0 && <ErrorSummary ref={summary} items={validation.issues} onSelect={onGoTo} />}
      <div className={s.actions}>
        <Button onClick={check}>Check referral</Button>
        <Button
          appearance="primary"
          disabledFocusable={!filable}
          aria-describedby="filing-status"
          onClick={() => filable && onFile()}
        >
          File referral
        </Button>
      </div>
    </Section>
  );
});
