// Graph has no If-Match on messages: these force the interleavings where read → write → read back lets two deciders
// both "win", and check the lock lets at most one write and tells every other one.
import { randomUUID } from 'node:crypto';
import {
  decide,
  fileToMailbox,
  readRow,
  syncBoard,
  type BoardRow,
  type DecisionOutcome,
  type GraphGateway,
} from '../../../src/graph';
import { nextRound } from '../../../src/graph/triage/decision-lock';
import {
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  requestFor,
  standardFiles,
  startHarness,
  type TestGateway,
} from '../support';

let h: Harness;
let referrer: GraphGateway;
beforeAll(async () => {
  h = await startHarness();
  referrer = gatewayFor(h, REFERRER).gateway;
});
afterAll(() => h.close());

const actor = (n: number) => ({ id: `tm-${n}`, role: 'team-manager' as const });

async function filed(g: GraphGateway): Promise<BoardRow> {
  const referralId = randomUUID();
  h.clock.now += 1000;
  await fileToMailbox(referrer, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles()));
  const row = Object.values((await syncBoard(g, LEWISHAM_MAILBOX)).rows).find((r) => r.referralId === referralId);
  if (!row) throw new Error('not on the board');
  return row;
}

const screen = (g: GraphGateway, row: BoardRow, n: number): Promise<DecisionOutcome> =>
  decide(g, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    move: { to: 'screening', expectedVersion: 0, note: `by ${n}` },
    actor: actor(n),
    now: new Date(h.clock.now),
  });

test('the next round for a version: 0 at first, then after the highest round shut for that version only', () => {
  expect(nextRound({}, 3)).toBe(0);
  expect(nextRound({ door0: '2.0', door1: '2.1' }, 3)).toBe(0);
  expect(nextRound({ door0: '3.0' }, 3)).toBe(1);
  expect(nextRound({ door0: '3.3', door1: '3.1', door2: '3.2' }, 3)).toBe(4);
  // A door that is not ours to read never counts as shut.
  expect(nextRound({ door0: 'shut', door1: '3.x', door2: '-1.0' }, 3)).toBe(0);
});

test('a decider paused between its read and its write cannot overwrite a decision made meanwhile', async () => {
  const a = gatewayFor(h, LEWISHAM_MANAGER);
  const b = gatewayFor(h, LEWISHAM_MANAGER);
  const row = await filed(a.gateway);
  // B reads, then waits at its first write until A's whole decision is stored.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  b.link.before = async (_url, method) => {
    if (method === 'PATCH') await gate;
  };
  const late = screen(b.gateway, row, 2);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const first = await screen(a.gateway, row, 1);
  release();
  expect(first).toMatchObject({ ok: true });
  expect(await late).toMatchObject({ ok: false, code: 'conflict', changedBy: actor(1) });
  const stored = await readRow(a.gateway, LEWISHAM_MAILBOX, row.messageId);
  expect(stored.triage.history.map((e) => e.note)).toEqual(['by 1']);
});

test('many deciders at once, with random delays: at most one writes, the rest are told, nothing is lost', async () => {
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const gateways: TestGateway[] = [1, 2, 3, 4].map(() => gatewayFor(h, LEWISHAM_MANAGER));
  for (const g of gateways) {
    g.link.before = () => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 12)));
  }
  let decided = 0;
  for (let run = 0; run < 4; run += 1) {
    const row = await filed(gateways[0]!.gateway);
    const outcomes = await Promise.all(gateways.map((g, i) => screen(g.gateway, row, i + 1)));
    const winners = outcomes.filter((o) => o.ok);
    const stored = await readRow(gateways[0]!.gateway, LEWISHAM_MAILBOX, row.messageId);
    expect(winners.length).toBeLessThanOrEqual(1);
    for (const o of outcomes) if (!o.ok) expect(o.code).toBe('conflict');
    if (winners[0]?.ok) {
      decided += 1;
      expect(stored.triage.history).toEqual(winners[0].row.triage.history);
    } else {
      expect(stored.triage.version).toBe(0);
    }
  }
  // Contention may leave a round with no winner (each is told to try again), but not every time.
  expect(decided).toBeGreaterThan(0);
});
