import { memo, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { VERDICT_WORDS } from '../../domain';
import { ErrorSummary } from '../components/error-summary';
import { Section } from '../components/section';
import { useAnnounce } from '../components/announcer';
import { useVisuallyHiddenStyles } from '../components/visually-hidden.styles';
import type { FieldValidation } from '../features/referral-form';
import type { Readiness } from './filing-readiness';
import { useFilingStyles } from './filing-area.styles';

export type FilingBarProps = {
  readonly readiness: Readiness;
  readonly validation: FieldValidation;
  /** Times "Check referral" was used: the details show the error summary once it has been. */
  readonly checks: number;
  readonly onCheck: () => void;
  readonly onFile: () => void;
};

/** "Ready to file" or what stops it, in one line: the full list is in the details at the end of the form. */
function statusLine(problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.length === 1 ? problems[0] : `${problems[0]} And ${problems.length - 1} more, listed below the form.`;
}

/**
 * The action bar, always in view: whether the referral can be filed, "Check referral" and "File referral". After a
 * check, focus moves to the error summary, or to the status when there is nothing to fix (GOV.UK). Memoised: it
 * follows the referral as checked, not each keystroke.
 */
export const FilingBar = memo(function FilingBar({ readiness, validation, checks, onCheck, onFile }: FilingBarProps) {
  const s = useFilingStyles();
  const hidden = useVisuallyHiddenStyles();
  const announce = useAnnounce();
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (checks === 0) return;
    const summary = document.getElementById('error-summary');
    (summary ?? status.current)?.focus();
  }, [checks]);
  const check = () => {
    const issues = validation.showAll();
    onCheck();
    announce(
      issues.length
        ? `There ${issues.length === 1 ? 'is 1 problem' : `are ${issues.length} problems`} to fix`
        : readiness.filable
          ? 'Ready to file'
          : 'The answers are complete; see what else stops filing',
    );
  };
  const { filable, problems } = readiness;
  const line = statusLine(problems);
  return (
    <section id="section-filing" aria-labelledby="section-filing-title" className={s.bar}>
      <h2 id="section-filing-title" className={hidden.hidden}>
        File the referral
      </h2>
      <div
        id="filing-status"
        ref={status}
        tabIndex={-1}
        className={mergeClasses(s.status, filable ? s.ready : s.notReady)}
      >
        <h3 className={s.heading}>{filable ? 'Ready to file' : 'Not ready to file yet'}</h3>
        {line && <p className={s.line}>{line}</p>}
        {filable && <p className={s.muted}>Filing sends the referral to each service’s referral mailbox.</p>}
      </div>
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
    </section>
  );
});

export type FilingDetailsProps = {
  readonly readiness: Readiness;
  readonly validation: FieldValidation;
  readonly checks: number;
  /** Takes the referrer to a field from the error summary. */
  readonly onGoTo: (fieldId: string) => void;
  /** Warnings that do not stop filing (a possible duplicate), first in the section. */
  readonly children?: ReactNode;
};

/** Below the form: the error summary after a check, everything that stops filing, the chosen services, notes. */
export const FilingDetails = memo(function FilingDetails({
  readiness,
  validation,
  checks,
  onGoTo,
  children,
}: FilingDetailsProps) {
  const s = useFilingStyles();
  const { chosen, problems, notes } = readiness;
  return (
    <Section id="section-before-filing" title="Before you file">
      {children}
      {checks > 0 && <ErrorSummary items={validation.issues} onSelect={onGoTo} />}
      {problems.length > 0 && (
        <ul className={s.list} aria-label="What stops filing">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
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
      {problems.length === 0 && chosen.length === 0 && notes.length === 0 && (
        <p className={s.muted}>Nothing stops filing.</p>
      )}
    </Section>
  );
});
