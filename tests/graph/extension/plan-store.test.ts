// The plan's write lock against the sandbox: several managers saving the first plan on one referral at once, with
// random delays on every request. One saves it; each other re-reads, meets the saved plan and is refused with it,
// even when the plan appears only while it waits after its last attempt.
import type { InterventionPlan } from '../../../src/domain/extension/extension.schema';
import type { GraphGateway } from '../../../src/graph';
import { PLAN_PROPERTY_IDS, readPlan, updatePlan } from '../../../src/graph/extension';
import { planProperties } from '../../../src/graph/extension/plan-properties';
import { mailboxRoot } from '../../../src/graph/triage/read-row';
import {
  filedToLewisham,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  seededRandom,
  startHarness,
} from '../support';

let h: Harness;
let referrer: GraphGateway;
beforeAll(async () => {
  h = await startHarness();
  referrer = gatewayFor(h, REFERRER).gateway;
});
afterAll(() => h.close());

/** Saves the first plan, named for `n`; refused when a plan is there already. */
const firstPlan = (g: GraphGateway, messageId: string, n: number) =>
  updatePlan(g, LEWISHAM_MAILBOX, messageId, (read) =>
    read.stored.kind === 'none'
      ? {
          ok: true as const,
          plan: { planId: `plan-by-${n}`, startDate: '2026-12-01', version: 0, extensions: [] },
          result: n,
        }
      : { ok: false as const, refusal: 'a plan is saved already' },
  );

test.each([2, 4])('%i managers saving the first plan at once: one saves it, the others are told', async (people) => {
  const random = seededRandom(7 * people);
  const managers = Array.from({ length: people }, () => gatewayFor(h, LEWISHAM_MANAGER));
  for (const m of managers)
    m.link.before = () => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 15)));
  for (let run = 0; run < 3; run += 1) {
    const { messageId } = await filedToLewisham(h, referrer, managers[0]!.gateway);
    const outcomes = await Promise.all(managers.map((m, i) => firstPlan(m.gateway, messageId, i + 1)));
    const saved = outcomes.flatMap((o) => (o.ok ? [o] : []));
    expect(saved).toHaveLength(1);
    for (const o of outcomes) if (!o.ok) expect(o).toMatchObject({ refusal: 'a plan is saved already' });
    const stored = await readPlan(managers[0]!.gateway, LEWISHAM_MAILBOX, messageId);
    expect(stored.stored).toEqual({ kind: 'plan', plan: saved[0]!.plan });
    expect(saved[0]!.plan.planId).toBe(`plan-by-${saved[0]!.result}`);
  }
});

test('a manager whose last wait sees the plan saved is told it is saved, not that someone is busy', async () => {
  const rival = gatewayFor(h, LEWISHAM_MANAGER).gateway;
  const { messageId } = await filedToLewisham(h, referrer, rival);
  const path = `${mailboxRoot(LEWISHAM_MAILBOX)}/messages/${encodeURIComponent(messageId)}`;
  const saved: InterventionPlan = { planId: 'plan-by-rival', startDate: '2026-12-01', version: 0, extensions: [] };
  const manager = gatewayFor(h, LEWISHAM_MANAGER);
  // Each round this manager runs is lost: just before it shuts the door, a rival's claim is written over its own.
  // After its second round (its third attempt), the rival's plan lands while it waits for the winner.
  let patches = 0;
  manager.link.before = async (_url, method) => {
    if (method !== 'PATCH') return;
    patches += 1;
    if (patches % 2 === 1) return;
    await rival.client
      .api(path)
      .patch({ singleValueExtendedProperties: [{ id: PLAN_PROPERTY_IDS.claim, value: `0.${patches / 2 - 1} rival` }] });
    if (patches === 4)
      setTimeout(() => void rival.client.api(path).patch({ singleValueExtendedProperties: planProperties(saved) }), 30);
  };
  const outcome = await firstPlan(manager.gateway, messageId, 1);
  expect(patches).toBe(4);
  expect(outcome).toMatchObject({ ok: false, refusal: 'a plan is saved already' });
  expect(outcome).not.toHaveProperty('busy');
  expect((await readPlan(rival, LEWISHAM_MAILBOX, messageId)).stored).toEqual({ kind: 'plan', plan: saved });
});
