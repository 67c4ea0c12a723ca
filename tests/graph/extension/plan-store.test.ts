// The plan's write lock against the sandbox: several managers saving the first plan on one referral at once, with
// random delays on every request. One saves it; each other re-reads, meets the saved plan and is refused with it.
import type { GraphGateway } from '../../../src/graph';
import { readPlan, updatePlan } from '../../../src/graph/extension';
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
