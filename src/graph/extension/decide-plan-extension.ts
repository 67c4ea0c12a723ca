import { MARKING } from '../../documents/summary/header-section';
import {
  decideExtension,
  type ExtensionErrorCode,
  type ExtensionRecord,
  type InterventionPlan,
} from '../../domain/extension';
import type { Actor } from '../../domain/triage/role.schema';
import type { BoardRow } from '../triage/board-row';
import { mailboxRoot, type Gateway } from '../triage/read-row';
export { addressOf } from '../triage/directory-address';
import { sendPlanMail } from './extension-mail';
import { EXTENSION_DECISION_FILE, type ExtensionDecisionFile } from './extension-message.schema';
import { updatePlan, type PlanChange } from './plan-store';

export type ExtensionDecisionInput = {
  mailbox: string;
  messageId: string;
  requestId: string;
  decidedBy: Actor;
  outcome: 'approve' | 'refuse';
  reason?: string;
  now: Date;
};

export type ExtensionDecisionOutcome =
  | { ok: true; row: BoardRow; plan: InterventionPlan; request: ExtensionRecord }
  | {
      ok: false;
      code: ExtensionErrorCode | 'busy' | 'no-plan';
      message: string;
      plan?: InterventionPlan;
      request?: ExtensionRecord;
    };

const NO_PLAN = 'There is no plan with an extension request on this referral.';
const BUSY = 'Someone else was deciding on this request at the same moment. Look at the card again in a minute.';

const requestOf = (plan: InterventionPlan, requestId: string) => plan.extensions.find((e) => e.requestId === requestId);

/**
 * A team manager's decision on a pending request, recorded on the referral message (the plan's version checked, the
 * write won by one decider only): a second click or a second decider meets the domain's "already decided".
 */
export async function decidePlanExtension(
  g: Gateway,
  input: ExtensionDecisionInput,
): Promise<ExtensionDecisionOutcome> {
  type Refusal = Extract<ExtensionDecisionOutcome, { ok: false }>;
  const change: PlanChange<undefined, Refusal> = (read) => {
    if (read.stored.kind !== 'plan') return { ok: false, refusal: { ok: false, code: 'no-plan', message: NO_PLAN } };
    const plan = read.stored.plan;
    const decided = decideExtension(
      plan,
      {
        requestId: input.requestId,
        expectedVersion: plan.version,
        decidedBy: input.decidedBy,
        outcome: input.outcome,
        ...(input.reason?.trim() ? { reason: input.reason } : {}),
      },
      input.now,
    );
    if (decided.ok) return { ok: true, plan: decided.plan, result: undefined };
    const request = requestOf(plan, input.requestId);
    return {
      ok: false,
      refusal: { ok: false, code: decided.code, message: decided.message, plan, ...(request ? { request } : {}) },
    };
  };
  const update = await updatePlan(g, input.mailbox, input.messageId, change);
  if (!update.ok) return 'busy' in update ? { ok: false, code: 'busy', message: BUSY } : update.refusal;
  const request = requestOf(update.plan, input.requestId);
  if (!request) return { ok: false, code: 'request-not-found', message: NO_PLAN };
  return { ok: true, row: update.row, plan: update.plan, request };
}

/**
 * Tells the requester and the service manager of the decision, from the service mailbox, with the decision as a
 * structured attachment. The words carry the reference and dates, never a family's or a person's name.
 */
export async function sendDecisionMail(
  g: Gateway,
  input: { row: BoardRow; plan: InterventionPlan; request: ExtensionRecord; to: readonly string[] },
): Promise<void> {
  const { row, plan, request } = input;
  const approved = request.status === 'approved';
  const file: ExtensionDecisionFile = {
    referralId: row.referralId,
    reference: row.reference,
    planStartDate: plan.startDate,
    request,
  };
  const text = approved
    ? `The extension of the plan for referral ${row.reference} to ${request.proposedEndDate} was approved by a team manager.`
    : `The extension of the plan for referral ${row.reference} was declined by a team manager.` +
      (request.decisionReason ? ` Their comment: ${request.decisionReason}` : '');
  await sendPlanMail(
    g,
    {
      sender: mailboxRoot(row.mailbox),
      to: input.to,
      subject: `${MARKING}: Extension ${approved ? 'approved' : 'declined'} for referral ${row.reference}`,
      text,
      referralId: row.referralId,
      serviceIds: row.serviceIds,
      kind: 'extension-decision',
      file: { name: EXTENSION_DECISION_FILE, json: file },
    },
    row.mailbox,
  );
}
