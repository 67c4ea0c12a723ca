import { useRef, useState } from 'react';
import { Button, Checkbox } from '@fluentui/react-components';
import { ukLongDate } from '../../../domain';
import type { ExtensionMessage } from '../../../graph/extension/extension-message.schema';
import { DateField } from '../../components/date-field';
import { ErrorSummary } from '../../components/error-summary';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useExtensionRequestStyles } from './extension-request.styles';
import { checkExtensionForm, FIELD_IDS, type ExtensionFormValues, type FormProblem } from './extension-request-values';

export type ExtensionRequestFormProps = {
  readonly referralId: string;
  readonly reference: string;
  /** Europe/London, YYYY-MM-DD. */
  readonly today: string;
  /** What is recorded already: the plan's start and the date it runs to now. */
  readonly planStartDate?: string;
  readonly currentEnd?: string;
  /** Sends the message from the worker's own mailbox (sendExtensionRequest); throws when it could not. */
  readonly submit: (message: ExtensionMessage) => Promise<void>;
  /** A fresh id per request, so a request sent twice is recorded once. */
  readonly newId?: () => string;
  /** Why a send failed, in words for the worker; general words when absent. */
  readonly explain?: (error: unknown) => string;
  /** The form's heading level where it sits inside a page with its own headings. */
  readonly headingLevel?: 2 | 3;
};

type Sent = { state: 'idle' | 'sending' | 'sent' } | { state: 'failed'; why: string };

const GENERAL_FAILURE = 'Try again in a minute.';

type FieldProps = {
  readonly values: ExtensionFormValues;
  readonly set: (key: keyof ExtensionFormValues) => (value: string | undefined) => void;
  readonly errorOf: (fieldId: string) => string | undefined;
  readonly today: string;
  readonly currentEnd?: string;
};

/** What a request for more time needs: the new end, why, the progress so far and the lead professional's agreement. */
function RequestFields({ values, set, errorOf, today, currentEnd }: FieldProps) {
  const s = useExtensionRequestStyles();
  return (
    <>
      {currentEnd && <p className={s.text}>The plan runs to {ukLongDate(currentEnd) ?? currentEnd} now.</p>}
      <DateField
        id={FIELD_IDS.proposedEndDate}
        label="New end date"
        required
        value={values.proposedEndDate}
        onChange={set('proposedEndDate')}
        today={today}
        error={errorOf(FIELD_IDS.proposedEndDate)}
      />
      <TextAreaField
        id={FIELD_IDS.reason}
        label="Why the plan needs longer"
        required
        value={values.reason}
        onChange={set('reason')}
        error={errorOf(FIELD_IDS.reason)}
      />
      <TextAreaField
        id={FIELD_IDS.progress}
        label="Progress so far"
        required
        value={values.progress}
        onChange={set('progress')}
        error={errorOf(FIELD_IDS.progress)}
      />
      <TextField
        id={FIELD_IDS.leadProfessional}
        label="Lead professional who agreed"
        required
        hint="Their name or role, for example “Social worker, Team B”."
        value={values.leadProfessional}
        onChange={set('leadProfessional')}
        error={errorOf(FIELD_IDS.leadProfessional)}
      />
      <DateField
        id={FIELD_IDS.agreedOn}
        label="Date they agreed"
        required
        value={values.agreedOn}
        onChange={set('agreedOn')}
        today={today}
        error={errorOf(FIELD_IDS.agreedOn)}
      />
    </>
  );
}

/** The form's values, its problems and the send: checked with the schema the bot reads it with, then sent once. */
function useExtensionForm(p: ExtensionRequestFormProps) {
  const [values, setValues] = useState<ExtensionFormValues>({
    asking: true,
    ...(p.planStartDate ? { planStartDate: p.planStartDate } : {}),
  });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [sent, setSent] = useState<Sent>({ state: 'idle' });
  const requestId = useRef((p.newId ?? (() => globalThis.crypto.randomUUID()))());
  const summary = useRef<HTMLElement>(null);
  const set = (key: keyof ExtensionFormValues) => (value: string | undefined) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (fieldId: string) => problems.find((x) => x.fieldId === fieldId)?.message;
  const onSend = async () => {
    const ids = { referralId: p.referralId, requestId: requestId.current };
    const checked = checkExtensionForm(values, ids, p.today, p.currentEnd);
    if (!checked.ok) {
      setProblems(checked.problems);
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    setProblems([]);
    setSent({ state: 'sending' });
    try {
      await p.submit(checked.message);
      setSent({ state: 'sent' });
    } catch (error) {
      setSent({ state: 'failed', why: p.explain?.(error) ?? GENERAL_FAILURE });
    }
  };
  return { values, setValues, set, errorOf, problems, summary, sent, onSend };
}

function sentWords(sent: Sent, asking: boolean): string {
  if (sent.state === 'failed') return `It could not be sent, so nothing was recorded. ${sent.why}`;
  if (sent.state !== 'sent') return '';
  return asking
    ? 'Sent. A team manager will see the request in the team’s channel shortly.'
    : 'Sent. The plan’s start will be recorded on the referral shortly.';
}

/**
 * The allocated worker records when the plan started and, when the work needs longer than 12 weeks, asks for an
 * extension: the new end date, why, the progress so far and the lead professional's agreement (all required).
 */
export function ExtensionRequestForm(p: ExtensionRequestFormProps) {
  const f = useExtensionForm(p);
  const s = useExtensionRequestStyles();
  const Heading = p.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <form
      className={s.form}
      aria-labelledby="extension-request-title"
      // The form's own checks say what is missing, in its words, rather than the browser.
      noValidate
      onSubmit={(e) => (e.preventDefault(), void f.onSend())}
    >
      <Heading id="extension-request-title" className={s.heading}>
        Plan for referral {p.reference}
      </Heading>
      <ErrorSummary ref={f.summary} items={f.problems} onSelect={(id) => document.getElementById(id)?.focus()} />
      <DateField
        id={FIELD_IDS.planStartDate}
        label="Date the plan started"
        required
        value={f.values.planStartDate}
        onChange={f.set('planStartDate')}
        today={p.today}
        error={f.errorOf(FIELD_IDS.planStartDate)}
      />
      <Checkbox
        checked={f.values.asking}
        label="Ask for an extension beyond 12 weeks"
        onChange={(_, d) => f.setValues((v) => ({ ...v, asking: d.checked === true }))}
      />
      {f.values.asking && (
        <RequestFields
          values={f.values}
          set={f.set}
          errorOf={f.errorOf}
          today={p.today}
          {...(p.currentEnd ? { currentEnd: p.currentEnd } : {})}
        />
      )}
      <div>
        <Button appearance="primary" type="submit" disabledFocusable={f.sent.state === 'sending'}>
          {f.sent.state === 'sending' ? 'Sending…' : f.values.asking ? 'Send the request' : 'Record the start'}
        </Button>
      </div>
      <p role="status" className={f.sent.state === 'failed' ? s.failed : s.text}>
        {sentWords(f.sent, f.values.asking)}
      </p>
    </form>
  );
}
