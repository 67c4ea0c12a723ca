import { requestExtension, type ExtensionRecord, type InterventionPlan } from '../../domain/extension';
import type { Role } from '../../domain/triage/role.schema';
import { toGraphFailure } from '../errors/to-graph-failure';
import type { BoardRow } from '../triage/board-row';
import type { Gateway } from '../triage/read-row';
import type { ExtensionMessage } from './extension-message.schema';
import { markPlanMessage, referralMessage, waitingPlanMessages, type PlanMessage } from './extension-inbox';
import { updatePlan, type PlanChange, type PlanRead } from './plan-store';

/** Who the sender of a plan message is for this referral: their role, or undefined when they may not send it. */
export type RequesterRole = (userId: string, row: BoardRow) => Promise<Role | undefined>;

export type PlanMessageOptions = {
  now: Date;
  roleOf: RequesterRole;
  /**
   * The object id of the sender's address; by default the directory's (`GET /users/{address}`). The bot passes its
   * team's roster: its application permissions do not include reading people's profiles.
   */
  userIdOf?: (address: string) => Promise<string | undefined>;
};

export type AppliedPlanMessage =
  | { ok: true; row: BoardRow; plan: InterventionPlan; request?: ExtensionRecord }
  | { ok: false; messageId: string; referralId?: string; message: string };

const NOT_READABLE = 'The message did not carry a plan or an extension request Referral Card can read.';
const NO_REFERRAL = 'There is no such referral in this service’s mailbox.';
const NOT_ALLOWED = 'Only the worker allocated to the referral or a team manager can record its plan.';
const DAMAGED = 'The plan stored with this referral is damaged, so it cannot be changed here.';

async function userIdOf(g: Gateway, mailbox: string, address: string): Promise<string | undefined> {
  if (!address) return undefined;
  try {
    const user = (await g.client
      .api(`/users/${encodeURIComponent(address)}`)
      .select('id')
      .get()) as { id?: unknown };
    return typeof user.id === 'string' ? user.id : undefined;
  } catch (error) {
    const failure = toGraphFailure(error, { mailbox });
    // Someone outside the directory (an external sender) has no id here.
    if (failure.detail.status === 404 || failure.kind === 'mailbox-not-found') return undefined;
    throw failure;
  }
}

/** The plan as stored, with this message applied: a plan started (or its start corrected), then the request. */
function changeOf(
  m: ExtensionMessage,
  requester: { id: string; role: Role },
  now: Date,
): PlanChange<ExtensionRecord | undefined, string> {
  return (read: PlanRead) => {
    if (read.stored.kind === 'damaged') return { ok: false as const, refusal: DAMAGED };
    const stored = read.stored.kind === 'plan' ? read.stored.plan : undefined;
    const startChanged = !stored || (stored.extensions.length === 0 && stored.startDate !== m.planStartDate);
    let plan: InterventionPlan = stored
      ? { ...stored, ...(startChanged ? { startDate: m.planStartDate, version: stored.version + 1 } : {}) }
      : {
          planId: read.row.referralId,
          referralId: read.row.referralId,
          ...(read.row.serviceIds[0] ? { serviceId: read.row.serviceIds[0] } : {}),
          startDate: m.planStartDate,
          version: 0,
          extensions: [],
        };
    if (!m.request) return { ok: true as const, plan, result: undefined };
    const { currentEndDate: _seen, ...request } = m.request;
    const asked = requestExtension(plan, { ...request, requestedBy: requester, expectedVersion: plan.version }, now);
    if (!asked.ok) return { ok: false as const, refusal: asked.message };
    plan = asked.plan;
    return { ok: true as const, plan, result: plan.extensions.find((e) => e.requestId === request.requestId) };
  };
}

async function applyOne(
  g: Gateway,
  mailbox: string,
  waiting: PlanMessage,
  opts: PlanMessageOptions,
): Promise<AppliedPlanMessage | 'later'> {
  const refused = (message: string, referralId?: string): AppliedPlanMessage => ({
    ok: false,
    messageId: waiting.id,
    message,
    ...(referralId ? { referralId } : {}),
  });
  const m = waiting.message;
  if (!m) return refused(NOT_READABLE);
  const row = await referralMessage(g, mailbox, m.referralId);
  if (!row) return refused(NO_REFERRAL, m.referralId);
  // The sender is who Exchange says sent it, from their own mailbox: never who the attachment claims.
  const userId = waiting.from
    ? await (opts.userIdOf ?? ((a: string) => userIdOf(g, mailbox, a)))(waiting.from)
    : undefined;
  const role = userId ? await opts.roleOf(userId, row) : undefined;
  if (!userId || !role) return refused(NOT_ALLOWED, m.referralId);
  const update = await updatePlan(g, mailbox, row.messageId, changeOf(m, { id: userId, role }, opts.now));
  if (update.ok)
    return { ok: true, row: update.row, plan: update.plan, ...(update.result ? { request: update.result } : {}) };
  if ('busy' in update) return 'later';
  return refused(update.refusal, m.referralId);
}

/**
 * Applies the workers' plan messages waiting in a service mailbox, oldest first: the plan is created or its start
 * corrected, and a request added as pending. Each message is applied once, then marked; one from someone who may not
 * send it, or that the rules refuse, is marked "not applied" and returned with the reason.
 */
export async function applyPlanMessages(
  g: Gateway,
  mailbox: string,
  opts: PlanMessageOptions,
): Promise<AppliedPlanMessage[]> {
  const out: AppliedPlanMessage[] = [];
  for (const waiting of await waitingPlanMessages(g, mailbox)) {
    const result = await applyOne(g, mailbox, waiting, opts);
    if (result === 'later') continue;
    await markPlanMessage(g, mailbox, waiting, result.ok);
    out.push(result);
  }
  return out;
}
