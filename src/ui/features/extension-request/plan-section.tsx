// The plan part of an allocated referral: what is recorded so far, then the worker's form to record the plan's start
// and ask for an extension. Each page passes how it reads the plan and sends the message, so the words are the same.
import { useEffect, useState } from 'react';
import { currentPlanEndDate, londonDate, ukLongDate, type InterventionPlan } from '../../../domain';
import type { ExtensionMessage } from '../../../graph/extension/extension-message.schema';
import { ExtensionRequestForm } from './extension-request-form';
import { useExtensionRequestStyles } from './extension-request.styles';
import { planFailureText } from './plan-words';

export type PlanSectionProps = {
  readonly referralId: string;
  readonly reference: string;
  readonly now: () => Date;
  /** The plan recorded with the referral, undefined when there is none; absent where the page cannot read it. */
  readonly readPlan?: () => Promise<InterventionPlan | undefined>;
  /** Sends the form's message from the signed-in person's own mailbox to the service mailbox. */
  readonly send: (message: ExtensionMessage) => Promise<void>;
};

type PlanState =
  | { readonly status: 'loading' }
  | { readonly status: 'read'; readonly plan?: InterventionPlan }
  | { readonly status: 'unread' }
  /** The page cannot read the service mailbox (a worker in Outlook): the form works from what is typed. */
  | { readonly status: 'not-here' };

function usePlan(referralId: string, readPlan: PlanSectionProps['readPlan']): PlanState {
  const [state, setState] = useState<PlanState>(readPlan ? { status: 'loading' } : { status: 'not-here' });
  useEffect(() => {
    if (!readPlan) return undefined;
    let live = true;
    setState({ status: 'loading' });
    readPlan().then(
      (plan) => live && setState({ status: 'read', ...(plan ? { plan } : {}) }),
      // The form still works without the record: the current end is then worked out from the start date.
      () => live && setState({ status: 'unread' }),
    );
    return () => {
      live = false;
    };
  }, [referralId, readPlan]);
  return state;
}

const long = (iso: string) => ukLongDate(iso) ?? iso;

/** What is recorded, in words; the pending request, if any, the worker must wait for. */
function planWords(state: PlanState): string[] {
  if (state.status === 'not-here') return [];
  if (state.status === 'loading') return ['Reading the plan…'];
  if (state.status === 'unread') return ['The plan recorded so far could not be read just now. You can still send.'];
  const plan = state.plan;
  if (!plan) return ['No plan start is recorded yet.'];
  const words = [`The plan started on ${long(plan.startDate)} and runs to ${long(currentPlanEndDate(plan))} now.`];
  const pending = plan.extensions.find((e) => e.status === 'pending');
  if (pending)
    words.push(
      `A request to extend it to ${long(pending.proposedEndDate)} is waiting for a team manager. ` +
        'You can ask again once it is decided.',
    );
  return words;
}

export function PlanSection(p: PlanSectionProps) {
  const s = useExtensionRequestStyles();
  const state = usePlan(p.referralId, p.readPlan);
  const plan = state.status === 'read' ? state.plan : undefined;
  const pending = plan?.extensions.some((e) => e.status === 'pending') ?? false;
  return (
    <section className={s.section} aria-labelledby="plan-section-heading">
      <h2 id="plan-section-heading" className={s.heading}>
        Plan and extension
      </h2>
      {planWords(state).map((w) => (
        <p key={w} className={s.text} role={state.status === 'loading' ? 'status' : undefined}>
          {w}
        </p>
      ))}
      {state.status !== 'loading' && !pending && (
        <ExtensionRequestForm
          key={plan ? `${plan.planId}:${plan.version}` : 'none'}
          referralId={p.referralId}
          reference={p.reference}
          today={londonDate(p.now())}
          headingLevel={3}
          submit={p.send}
          {...(plan ? { planStartDate: plan.startDate, currentEnd: currentPlanEndDate(plan) } : {})}
          explain={planFailureText}
        />
      )}
    </section>
  );
}
