import type { InterventionPlan } from '../../domain/extension/extension.schema';
import { toGraphFailure } from '../errors/to-graph-failure';
import type { BoardRow } from '../triage/board-row';
import { mailboxRoot, readForDecision, type Gateway } from '../triage/read-row';
import { PLAN_PROPERTY_IDS, planProperties, planPropertiesOf, storedPlanOf, type StoredPlan } from './plan-properties';

// Graph has no If-Match on messages, so the right to write plan version v is won first with a splitter over two
// properties (claim := me; if the door is shut, lose; shut the door; win if the claim is still mine), as the triage
// decision lock does (src/graph/triage/decision-lock.ts). A round that leaves no winner is followed by the next one.

const P = PLAN_PROPERTY_IDS;
const ATTEMPTS = 3;
const WAITS_MS = [100, 250, 500];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type PlanRead = { row: BoardRow; stored: StoredPlan; claim?: string; door?: string };

const messagePath = (mailbox: string, messageId: string) =>
  `${mailboxRoot(mailbox)}/messages/${encodeURIComponent(messageId)}`;

/** The referral message with its plan. Throws GraphFailure. */
export async function readPlan(g: Gateway, mailbox: string, messageId: string): Promise<PlanRead> {
  const read = await readForDecision(g, mailbox, messageId, Object.values(P));
  const props = planPropertiesOf(read.properties);
  return {
    row: read.row,
    stored: storedPlanOf(props.plan),
    ...(props.claim ? { claim: props.claim } : {}),
    ...(props.door ? { door: props.door } : {}),
  };
}

async function patch(g: Gateway, mailbox: string, messageId: string, body: object): Promise<void> {
  try {
    await g.client.api(messagePath(mailbox, messageId)).patch(body);
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}

// "7.2" → round 2 of version 7 shut; anything else is a door never shut for `version`.
function shutRound(door: string | undefined, version: number): number {
  const m = /^(\d{1,9})\.(\d{1,9})$/.exec(door ?? '');
  return m && Number(m[1]) === version ? Number(m[2]) : -1;
}

async function winRound(g: Gateway, mailbox: string, messageId: string, version: number): Promise<boolean> {
  const before = await readPlan(g, mailbox, messageId);
  const round = shutRound(before.door, version) + 1;
  const mine = `${version}.${round} ${globalThis.crypto.randomUUID()}`;
  await patch(g, mailbox, messageId, { singleValueExtendedProperties: [{ id: P.claim, value: mine }] });
  if (shutRound((await readPlan(g, mailbox, messageId)).door, version) >= round) return false;
  await patch(g, mailbox, messageId, { singleValueExtendedProperties: [{ id: P.door, value: `${version}.${round}` }] });
  const after = await readPlan(g, mailbox, messageId);
  return after.claim === mine && shutRound(after.door, version) === round;
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
  let read = await readPlan(g, mailbox, messageId);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const changed = change(read);
    if (!changed.ok) return { ok: false, refusal: changed.refusal, read };
    if (await winRound(g, mailbox, messageId, changed.plan.version)) {
      await patch(g, mailbox, messageId, { singleValueExtendedProperties: planProperties(changed.plan) });
      const after = await readPlan(g, mailbox, messageId);
      if (after.stored.kind === 'plan' && after.stored.plan.version === changed.plan.version)
        return { ok: true, row: after.row, plan: after.stored.plan, result: changed.result };
    }
    const seen = versionOf(read);
    for (const ms of WAITS_MS) {
      await sleep(ms);
      read = await readPlan(g, mailbox, messageId);
      if (versionOf(read) > seen) break;
    }
  }
  return { ok: false, busy: true, read };
}
