import type { z } from 'zod';
import { addCalendarDays, londonDate } from '../common/london';
import type { Role } from '../triage/role.schema';
import { extensionDecisionSchema, extensionRequestSchema, interventionPlanSchema } from './extension.schema';
import type { ExtensionDecision, ExtensionRecord, ExtensionRequest, InterventionPlan } from './extension.schema';

// GFPO §9: "Planned extensions beyond 12 weeks must be discussed and agreed with the designated Lead
// Professional and signed off by a Family Service Team Manager"; the FS Service Manager is notified.
// GFPO §15: every family intervention plan is reviewed after 12 weeks.
const SEED = '002_8658fb43c2b96107.txt';
export const EXTENSION_CITATIONS = Object.freeze({
  rule: { seed: SEED, section: '9 Review of Family Intervention Plan' },
  review: { seed: SEED, section: '15 Intervention Team Quality Standards' },
});
export type ExtensionCitation = (typeof EXTENSION_CITATIONS)[keyof typeof EXTENSION_CITATIONS];

export const PLAN_REVIEW_WEEKS = 12;
/** Roles that may ask for an extension; only a team manager may decide one. */
export const EXTENSION_REQUESTER_ROLES: readonly Role[] = ['worker', 'parenting-coordinator', 'team-manager'];
export const EXTENSION_DECIDER_ROLES: readonly Role[] = ['team-manager'];

export type ExtensionErrorCode =
  | 'invalid-plan'
  | 'invalid-request'
  | 'invalid-decision'
  | 'invalid-time'
  | 'conflict'
  | 'role-not-permitted'
  | 'duplicate-request'
  | 'request-pending'
  | 'request-not-found'
  | 'already-decided'
  | 'lead-professional-agreement-missing'
  | 'agreement-in-future'
  | 'not-beyond-current-end'
  | 'end-date-in-past'
  | 'reason-required'
  | 'progress-required'
  | 'self-approval';

export type ExtensionRefusal = { ok: false; code: ExtensionErrorCode; message: string; citation?: ExtensionCitation };

/** Who to tell. Messages carry ids and dates only, never names (privacy). */
export type ExtensionNotification = {
  role: Role;
  /** A specific person; absent means everyone in the role for the service. */
  actorId?: string;
  event: 'extension-requested' | 'extension-approved' | 'extension-refused';
  planId: string;
  requestId: string;
  message: string;
};

export type ExtensionResult = { ok: true; plan: InterventionPlan; notify: ExtensionNotification[] } | ExtensionRefusal;

/** The plan's 12-week review date (YYYY-MM-DD). */
export function planReviewDate(plan: Pick<InterventionPlan, 'startDate'>): string {
  return addCalendarDays(plan.startDate, PLAN_REVIEW_WEEKS * 7);
}

/** The date the plan currently runs to: the review date, or the latest approved extension. */
export function currentPlanEndDate(plan: Pick<InterventionPlan, 'startDate' | 'extensions'>): string {
  let end = planReviewDate(plan);
  for (const e of plan.extensions) if (e.status === 'approved' && e.proposedEndDate > end) end = e.proposedEndDate;
  return end;
}

/** True when the plan is open past the date it runs to on `today` (a London date) and needs an extension or closure. */
export function isPastCurrentEnd(plan: Pick<InterventionPlan, 'startDate' | 'extensions'>, today: string): boolean {
  return today > currentPlanEndDate(plan);
}

/** A worker (or coordinator, or team manager) asks to run the plan beyond its current end date. */
export function requestExtension(plan: InterventionPlan, request: ExtensionRequest, at: Date): ExtensionResult {
  const start = startChange(plan, request, extensionRequestSchema, REQUEST_INPUT, at);
  if (!start.ok) return start;
  const { current, input: req } = start;
  if (!EXTENSION_REQUESTER_ROLES.includes(req.requestedBy.role)) {
    return refuse(
      'role-not-permitted',
      'Only the worker, parenting coordinator or team manager can ask for an extension.',
    );
  }
  if (current.extensions.some((e) => e.requestId === req.requestId)) {
    return refuse('duplicate-request', 'This extension request has already been made.');
  }
  if (current.extensions.some((e) => e.status === 'pending')) {
    return refuse('request-pending', 'An extension request for this plan is already waiting for a decision.');
  }
  const reason = req.reason.trim();
  if (!reason) return refuse('reason-required', 'Say why the plan needs to run longer.');
  const progress = req.progress?.trim();
  if (!progress) return refuse('progress-required', 'Say what progress the family has made so far.');
  if (!req.leadProfessionalAgreement) {
    return refuse(
      'lead-professional-agreement-missing',
      'Record the lead professional’s agreement before asking for an extension.',
      EXTENSION_CITATIONS.rule,
    );
  }
  const today = londonDate(at);
  if (req.leadProfessionalAgreement.agreedOn > today) {
    return refuse('agreement-in-future', 'The date of the lead professional’s agreement cannot be in the future.');
  }
  const end = currentPlanEndDate(current);
  if (req.proposedEndDate <= end) {
    return refuse(
      'not-beyond-current-end',
      `The plan already runs to ${end}; an extension must end after that date.`,
      EXTENSION_CITATIONS.review,
    );
  }
  if (req.proposedEndDate < today) return refuse('end-date-in-past', 'The new end date cannot be in the past.');

  const record: ExtensionRecord = {
    requestId: req.requestId,
    requestedBy: req.requestedBy,
    requestedAt: at.toISOString(),
    proposedEndDate: req.proposedEndDate,
    reason,
    progress,
    leadProfessionalAgreement: req.leadProfessionalAgreement,
    status: 'pending',
  };
  const next: InterventionPlan = {
    ...current,
    version: current.version + 1,
    extensions: [...current.extensions, record],
  };
  return {
    ok: true,
    plan: next,
    notify: [
      {
        role: 'team-manager',
        event: 'extension-requested',
        planId: current.planId,
        requestId: req.requestId,
        message: `An extension of plan ${current.planId} to ${req.proposedEndDate} is waiting for team manager sign-off.`,
      },
    ],
  };
}

/** A team manager approves or refuses a pending request; approval notifies the service manager. */
export function decideExtension(plan: InterventionPlan, decision: ExtensionDecision, at: Date): ExtensionResult {
  const start = startChange(plan, decision, extensionDecisionSchema, DECISION_INPUT, at);
  if (!start.ok) return start;
  const { current, input: dec } = start;
  const index = current.extensions.findIndex((e) => e.requestId === dec.requestId);
  const request = current.extensions[index];
  if (!request) return refuse('request-not-found', 'There is no such extension request on this plan.');
  if (request.status !== 'pending')
    return refuse('already-decided', `This request has already been ${request.status}.`);
  if (!EXTENSION_DECIDER_ROLES.includes(dec.decidedBy.role)) {
    return refuse('role-not-permitted', 'Only a team manager can sign off an extension.', EXTENSION_CITATIONS.rule);
  }
  if (dec.decidedBy.id === request.requestedBy.id) {
    return refuse(
      'self-approval',
      'Another team manager must decide on a request you made yourself.',
      EXTENSION_CITATIONS.rule,
    );
  }
  const reason = dec.reason?.trim();
  if (dec.outcome === 'refuse' && !reason)
    return refuse('reason-required', 'Give a reason for refusing the extension.');
  if (dec.outcome === 'approve' && !request.leadProfessionalAgreement) {
    return refuse(
      'lead-professional-agreement-missing',
      'The lead professional’s agreement is not recorded, so the extension cannot be signed off.',
      EXTENSION_CITATIONS.rule,
    );
  }

  const approved = dec.outcome === 'approve';
  const decided: ExtensionRecord = {
    ...request,
    status: approved ? 'approved' : 'refused',
    decidedBy: dec.decidedBy,
    decidedAt: at.toISOString(),
    ...(reason ? { decisionReason: reason } : {}),
  };
  const extensions = current.extensions.map((e, i) => (i === index ? decided : e));
  const next: InterventionPlan = { ...current, version: current.version + 1, extensions };
  const base = { planId: current.planId, requestId: request.requestId };
  const toRequester: ExtensionNotification = {
    ...base,
    role: request.requestedBy.role,
    actorId: request.requestedBy.id,
    event: approved ? 'extension-approved' : 'extension-refused',
    message: approved
      ? `Your extension of plan ${current.planId} to ${request.proposedEndDate} was approved.`
      : `Your extension of plan ${current.planId} was refused.`,
  };
  const notify: ExtensionNotification[] = approved
    ? [
        {
          ...base,
          role: 'service-manager',
          event: 'extension-approved',
          message: `Plan ${current.planId} was extended beyond 12 weeks to ${request.proposedEndDate}, signed off by a team manager.`,
        },
        toRequester,
      ]
    : [toRequester];
  return { ok: true, plan: next, notify };
}

/** What a change to a plan is called in its refusals. */
type ChangeInput = { readonly code: ExtensionErrorCode; readonly message: string; readonly noun: string };
const REQUEST_INPUT: ChangeInput = {
  code: 'invalid-request',
  message: 'The extension request is not complete or not valid.',
  noun: 'request',
};
const DECISION_INPUT: ChangeInput = {
  code: 'invalid-decision',
  message: 'The decision is not complete or not valid.',
  noun: 'decision',
};

/** The checks every change starts with: a sound plan and input, a real time, and nobody else's change since. */
function startChange<T extends { expectedVersion: number }>(
  plan: unknown,
  input: unknown,
  schema: z.ZodType<T>,
  what: ChangeInput,
  at: Date,
): { ok: true; current: InterventionPlan; input: T } | ExtensionRefusal {
  const p = interventionPlanSchema.safeParse(plan);
  if (!p.success) return refuse('invalid-plan', 'The stored plan is damaged and cannot be changed here.');
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refuse(what.code, what.message);
  if (!validInstant(at)) return refuse('invalid-time', `The time of the ${what.noun} is not valid.`);
  if (parsed.data.expectedVersion !== p.data.version) {
    return refuse('conflict', 'Someone else changed this plan since you opened it. Reload it and try again.');
  }
  return { ok: true, current: p.data, input: parsed.data };
}

function validInstant(at: unknown): at is Date {
  return at instanceof Date && !Number.isNaN(at.getTime());
}

function refuse(code: ExtensionErrorCode, message: string, citation?: ExtensionCitation): ExtensionRefusal {
  return citation ? { ok: false, code, message, citation } : { ok: false, code, message };
}
