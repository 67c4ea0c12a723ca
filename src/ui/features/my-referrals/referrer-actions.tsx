// What the referrer can do about a referral sent to one service mailbox: answer a request for more information,
// or withdraw it (with a reason, after a confirmation). Each goes to the service mailbox as a message of its own.
import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { TRIAGE_TEXT_MAX } from '../../../domain';
import type { MyReferralsSource, ReferrerMessage } from './my-referrals-source';
import type { MyReferral } from './my-referrals.types';
import { useMyReferralsStyles } from './my-referrals.styles';

type Action = 'answer' | 'withdraw';
type Phase = { readonly action: Action } | { readonly sent: Action };

// A decision already made: nothing left to withdraw from.
const FINISHED: ReadonlySet<string> = new Set(['closed', 'declined']);

const WORDS: Readonly<Record<Action, { label: string; hint: string; send: string; sent: string; failed: string }>> = {
  answer: {
    label: 'Your answer',
    hint: 'What the service asked for. It goes to the service’s referral mailbox with the reference.',
    send: 'Send answer',
    sent: 'Your answer was sent. The service will see it with the referral.',
    failed: 'Your answer could not be sent just now. Check your connection and try again.',
  },
  withdraw: {
    label: 'Why you are withdrawing the referral',
    hint: 'The service closes the referral and keeps your reason with it.',
    send: 'Withdraw referral',
    sent: 'The referral was withdrawn. The service will close it.',
    failed: 'The withdrawal could not be sent just now. Check your connection and try again.',
  },
};

export type ReferrerActionsProps = {
  readonly item: MyReferral;
  readonly mailbox: string;
  readonly source: Pick<MyReferralsSource, 'answer' | 'withdraw'>;
};

function ActionForm({
  action,
  to,
  source,
  onDone,
  onCancel,
}: {
  readonly action: Action;
  readonly to: ReferrerMessage;
  readonly source: ReferrerActionsProps['source'];
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const s = useMyReferralsStyles();
  const [text, setText] = useState('');
  const [step, setStep] = useState<'write' | 'confirm' | 'sending'>('write');
  const [problem, setProblem] = useState<string>();
  const w = WORDS[action];
  const trimmed = text.trim();
  const invalid =
    trimmed === ''
      ? 'Enter some text first.'
      : trimmed.length > TRIAGE_TEXT_MAX
        ? `Use at most ${TRIAGE_TEXT_MAX} characters.`
        : undefined;
  const [shown, setShown] = useState(false);
  const send = async () => {
    setStep('sending');
    setProblem(undefined);
    try {
      await (action === 'answer'
        ? source.answer({ ...to, text: trimmed })
        : source.withdraw({ ...to, reason: trimmed }));
      onDone();
    } catch {
      setProblem(w.failed);
      setStep('write');
    }
  };
  const next = () => {
    setShown(true);
    if (invalid) return;
    if (action === 'withdraw' && step === 'write') return setStep('confirm');
    void send();
  };
  return (
    <div className={s.actionForm}>
      <Field label={w.label} hint={w.hint} {...(shown && invalid ? { validationMessage: invalid } : {})}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} disabled={step !== 'write'} resize="vertical" />
      </Field>
      {step === 'confirm' && (
        <p role="alert" className={s.text}>
          Withdraw {to.serviceIds.length === 1 ? 'this referral' : 'this referral from these services'}? This cannot be
          undone from the card.
        </p>
      )}
      {problem && (
        <p role="alert" className={s.text}>
          {problem}
        </p>
      )}
      <div className={s.actions}>
        <Button appearance="primary" onClick={next} disabledFocusable={step === 'sending'}>
          {step === 'confirm' ? 'Yes, withdraw it' : step === 'sending' ? 'Sending…' : w.send}
        </Button>
        <Button onClick={onCancel} disabledFocusable={step === 'sending'}>
          {step === 'confirm' ? 'No, keep it' : 'Cancel'}
        </Button>
      </div>
    </div>
  );
}

export function ReferrerActions({ item, mailbox, source }: ReferrerActionsProps) {
  const s = useMyReferralsStyles();
  const [phase, setPhase] = useState<Phase>();
  const services = item.services.filter((svc) => svc.mailbox === mailbox && svc.kind === 'referral');
  const asked = services.filter((svc) => svc.status?.state === 'more-information-requested');
  const open = services.filter((svc) => !FINISHED.has(svc.status?.state ?? ''));
  if (phase && 'sent' in phase)
    return (
      <p role="status" className={s.text}>
        {WORDS[phase.sent].sent}
      </p>
    );
  if (open.length === 0) return null;
  const to = (list: typeof services): ReferrerMessage => ({
    mailbox,
    referralId: item.referralId,
    serviceIds: list.map((svc) => svc.serviceId),
  });
  if (phase)
    return (
      <ActionForm
        action={phase.action}
        to={to(phase.action === 'answer' ? asked : open)}
        source={source}
        onDone={() => setPhase({ sent: phase.action })}
        onCancel={() => setPhase(undefined)}
      />
    );
  return (
    <div className={s.actions} role="group" aria-label="What you can do">
      {asked.length > 0 && <Button onClick={() => setPhase({ action: 'answer' })}>Answer the service</Button>}
      <Button onClick={() => setPhase({ action: 'withdraw' })}>Withdraw</Button>
    </div>
  );
}
