import type { InterventionPlan } from '../../domain/extension/extension.schema';
import { toGraphFailure } from '../errors/to-graph-failure';
import type { BoardRow } from '../triage/board-row';
import { mailboxRoot, readForDecision, type Gateway } from '../triage/read-row';
import { lockStateOf, nextRound, Turns, winRound, type LockState, type WriteLock } from '../triage/decision-lock';
import { PLAN_PROPERTY_IDS, planProperties, planPropertiesOf, storedPlanOf, type StoredPlan } from './plan-properties';

// Graph has no If-Match on messages, so the right to write plan version v is won first with the write lock the
// triage decisions use (src/graph/triage/decision-lock.ts), over a claim and a door of the plan's own.

const P = PLAN_PROPERTY_IDS;
const PLAN_LOCK: WriteLock = [{ claim: P.claim, door: P.door }];
const ATTEMPTS = 3;
const WAITS_MS = [100, 250, 500];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type PlanRead = { row: BoardRow; stored: StoredPlan; lock: LockState };

/** The referral message with its plan. Throws GraphFailure. */
export async function readPlan(g: Gateway, mailbox: string, messageId: string): Promise<PlanRead> {
  const read = await readForDecision(g, mailbox, messageId, Object.values(P));
  return {
    row: read.row,
    stored: storedPlanOf(planPropertiesOf(read.properties).plan),
    lock: lockStateOf(PLAN_LOCK, read.properties),
  };
}

async function patch(g: Gateway, mailbox: string, messageId: string, body: object): Promise<void> {
  try {
    await g.client.api(`${mailboxRoot(mailbox)}/messages/${encodeURIComponent(messageId)}`).patch(body);
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}

/** What a change makes of the plan as read: the next plan, or a refusal the caller turns into its answer. */
export type PlanChange<R, F> = (
  read: PlanRead,
) => { ok: true; plan: InterventionPlan; result: R } | { ok: false; refusal: F };

export type PlanUpdate<R, F> =
  | { ok: true; row: BoardRow; plan: InterventionPlan; result: R }
  | { ok: false; refusal: F; read: PlanRead }
  | { ok: false; busy: true; read: PlanRead };

const versionOf = (read: PlanRead) => (read.stored.kind === 'plan' ? read.stored.plan.version : -1);

/**
 * Re-read → change → win the right to write the new version → PATCH → read back. A loser re-reads and applies its
 * change to what the winner wrote (a second approval then meets "already decided"); never a silent overwrite.
 */
export async function updatePlan<R, F>(
  g: Gateway,
  mailbox: string,
  messageId: string,
  change: PlanChange<R, F>,
): Promise<PlanUpdate<R, F>> {
  const turns = new Turns(PLAN_LOCK);
  let read = await readPlan(g, mailbox, messageId);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const changed = change(read);
    if (!changed.ok) return { ok: false, refusal: changed.refusal, read };
    const { version } = changed.plan;
    const round = nextRound(read.lock, version);
    const mayRun = turns.mayRun(read.lock, round);
    if (mayRun) {
      const outcome = await winRound(g, PLAN_LOCK, { mailbox, messageId }, version, round);
      if (outcome.won) {
        await patch(g, mailbox, messageId, { singleValueExtendedProperties: planProperties(changed.plan) });
        const after = await readPlan(g, mailbox, messageId);
        if (after.stored.kind === 'plan' && after.stored.plan.version === version)
          return { ok: true, row: after.row, plan: after.stored.plan, result: changed.result };
      } else turns.ranAndLost(round, outcome);
    }
    const seen = versionOf(read);
    let written = false;
    for (const ms of WAITS_MS) {
      await sleep(ms);
      read = await readPlan(g, mailbox, messageId);
      written = versionOf(read) > seen;
      if (written) break;
    }
    if (!mayRun && !written) turns.waitedThrough(round);
  }
  // A plan written during the last wait is the answer, as it would have been at another attempt: "busy" only when
  // the change still applies to what is there.
  const last = change(read);
  return last.ok ? { ok: false, busy: true, read } : { ok: false, refusal: last.refusal, read };
}
