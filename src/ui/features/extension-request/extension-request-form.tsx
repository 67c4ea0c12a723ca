import { useRef, useState } from 'react';
import { Button, Checkbox } from '@fluentui/react-components';
import type { ExtensionMessage } from '../../../graph/extension/extension-message.schema';
import { DateField } from '../../components/date-field';
import { ErrorSummary } from '../../components/error-summary';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
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
};

type Sent = 'idle' | 'sending' | 'sent' | 'failed';

/**
 * The allocated worker records when the plan started and, when the work needs longer than 12 weeks, asks for an
 * extension: the new end date, why, the progress so far and the lead professional's agreement (all required).
 */
export function ExtensionRequestForm(p: ExtensionRequestFormProps) {
  const [values, setValues] = useState<ExtensionFormValues>({
    asking: true,
    ...(p.planStartDate ? { planStartDate: p.planStartDate } : {}),
  });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [sent, setSent] = useState<Sent>('idle');
  const requestId = useRef((p.newId ?? (() => globalThis.crypto.randomUUID()))());
  const summary = useRef<HTMLElement>(null);
  const set = (key: keyof ExtensionFormValues) => (value: string | undefined) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (fieldId: string) => problems.find((x) => x.fieldId === fieldId)?.message;

  const onSend = async () => {
    const checked = checkExtensionForm(
      values,
      { referralId: p.referralId, requestId: requestId.current },
      p.today,
      p.currentEnd,
    );
    if (!checked.ok) {
      setProblems(checked.problems);
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    setProblems([]);
    setSent('sending');
    try {
      await p.submit(checked.message);
      setSent('sent');
    } catch {
      setSent('failed');
    }
  };

  return (
    <form aria-labelledby="extension-request-title" onSubmit={(e) => (e.preventDefault(), void onSend())}>
      <h2 id="extension-request-title">Plan for referral {p.reference}</h2>
      <ErrorSummary ref={summary} items={problems} onSelect={(id) => document.getElementById(id)?.focus()} />
      <DateField
        id={FIELD_IDS.planStartDate}
        label="Date the plan started"
        required
        value={values.planStartDate}
        onChange={set('planStartDate')}
        today={p.today}
        error={errorOf(FIELD_IDS.planStartDate)}
      />
      <Checkbox
        checked={values.asking}
        label="Ask for an extension beyond 12 weeks"
        onChange={(_, d) => setValues((v) => ({ ...v, asking: d.checked === true }))}
      />
      {values.asking && (
        <>
          {p.currentEnd && <p>The plan runs to {p.currentEnd} now.</p>}
          <DateField
            id={FIELD_IDS.proposedEndDate}
            label="New end date"
            required
            value={values.proposedEndDate}
            onChange={set('proposedEndDate')}
            today={p.today}
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
            today={p.today}
            error={errorOf(FIELD_IDS.agreedOn)}
          />
        </>
      )}
      <Button appearance="primary" type="submit" disabled={sent === 'sending'}>
        {values.asking ? 'Send the request' : 'Record the start'}
      </Button>
      <p role="status">
        {sent === 'sent' && 'Sent. A team manager will see it in the team’s channel shortly.'}
        {sent === 'failed' && 'It could not be sent just now. Nothing was recorded. Try again in a minute.'}
      </p>
    </form>
  );
}
