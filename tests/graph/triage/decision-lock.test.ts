// Graph has no If-Match on messages: these force the interleavings where read → write → read back lets two deciders
// both "win", and check the lock lets at most one write and tells every other one.
import { decide, readRow, type BoardRow, type DecisionOutcome, type GraphGateway } from '../../../src/graph';
import { nextRound, TRIAGE_LOCK, Turns } from '../../../src/graph/triage/decision-lock';
import {
  filedToLewisham,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  seededRandom,
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

const filed = (g: GraphGateway): Promise<BoardRow> => filedToLewisham(h, referrer, g);

const screen = (g: GraphGateway, row: BoardRow, n: number): Promise<DecisionOutcome> =>
  decide(g, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    move: { to: 'screening', expectedVersion: 0, note: `by ${n}` },
    actor: actor(n),
    now: new Date(h.clock.now),
  });

test('the next round for a version: 0 at first, then after the highest round shut for that version only', () => {
  const doors = (...d: (string | undefined)[]) => ({ claims: [], doors: d });
  expect(nextRound(doors(), 3)).toBe(0);
  expect(nextRound(doors('2.0', '2.1'), 3)).toBe(0);
  expect(nextRound(doors('3.0'), 3)).toBe(1);
  expect(nextRound(doors('3.3', '3.1', '3.2'), 3)).toBe(4);
  // A door that is not ours to read never counts as shut.
  expect(nextRound(doors('shut', '3.x', '-1.0', undefined), 3)).toBe(0);
});

test('turns: round 0 is open to all; the next only to its last claimant, or to one who waited through it', () => {
  const claims = (...c: (string | undefined)[]) => ({ claims: c, doors: [] });
  const turns = new Turns(TRIAGE_LOCK);
  expect(turns.mayRun(claims(), 0)).toBe(true);
  expect(turns.mayRun(claims(), 1)).toBe(false);
  turns.ranAndLost(0, { claim: '1.0 mine' });
  expect(turns.mayRun(claims('1.0 mine'), 1)).toBe(true);
  // Someone claimed round 0 after this caller: its turn is not first.
  expect(turns.mayRun(claims('1.0 theirs'), 1)).toBe(false);
  // Holding round 0's claim gives round 1 only, not a later one.
  expect(turns.mayRun(claims('1.0 mine'), 2)).toBe(false);
  turns.waitedThrough(2);
  expect(turns.mayRun(claims('1.0 theirs'), 2)).toBe(true);
  // Rounds take the pairs in turn: round 4's claim is read from the second pair.
  turns.ranAndLost(4, { claim: '1.4 mine' });
  expect(turns.mayRun(claims(undefined, '1.4 mine'), 5)).toBe(true);
  expect(turns.mayRun(claims('1.4 mine'), 5)).toBe(false);
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
  const random = seededRandom(11);
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
  // A round contention leaves with no winner is followed by one its last claimant runs alone: every run is decided.
  expect(decided).toBe(4);
});

/** A promise and the function that settles it: one step of a forced interleaving. */
function step(): { reached: Promise<void>; done: () => void } {
  let done: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => {
    done = resolve;
  });
  return { reached, done };
}

test('a round two deciders both lose is followed by one that only the last to claim runs, and wins', async () => {
  const a = gatewayFor(h, LEWISHAM_MANAGER);
  const b = gatewayFor(h, LEWISHAM_MANAGER);
  const row = await filed(a.gateway);
  // Round 0: A claims, finds the door open and shuts it; B claims over A and finds the door shut; A then finds B's
  // claim. Neither wins, and B's claim is the last written.
  const bClaiming = step();
  const aShut = step();
  const bFoundShut = step();
  const sent = { a: [] as string[], b: [] as string[] };
  a.link.before = async (_url, method) => {
    const patches = sent.a.filter((m) => m === 'PATCH').length;
    sent.a.push(method);
    if (method === 'PATCH' && patches === 0) await bClaiming.reached;
    if (method === 'GET' && patches === 2 && sent.a.length === 5) {
      aShut.done();
      await bFoundShut.reached;
    }
  };
  b.link.before = async (_url, method) => {
    const patches = sent.b.filter((m) => m === 'PATCH').length;
    sent.b.push(method);
    if (method === 'PATCH' && patches === 0) {
      bClaiming.done();
      await aShut.reached;
    }
    // The request after B's read of the door: B has lost round 0.
    if (sent.b.length === 4) bFoundShut.done();
  };
  const [byA, byB] = await Promise.all([screen(a.gateway, row, 1), screen(b.gateway, row, 2)]);
  // A read, claimed, read, shut the door, read; B read, claimed, read (door shut): round 0 went as forced.
  expect(sent.a.slice(0, 5)).toEqual(['GET', 'PATCH', 'GET', 'PATCH', 'GET']);
  expect(sent.b.slice(0, 3)).toEqual(['GET', 'PATCH', 'GET']);
  expect(byB).toMatchObject({ ok: true, row: { triage: { version: 1 } } });
  expect(byA).toMatchObject({ ok: false, code: 'conflict', changedBy: actor(2) });
  // A claimed nothing after round 0: the next round was B's alone (claim, door, then the decision).
  expect(sent.a.filter((m) => m === 'PATCH')).toHaveLength(2);
  expect(sent.b.filter((m) => m === 'PATCH')).toHaveLength(4);
  const stored = await readRow(a.gateway, LEWISHAM_MAILBOX, row.messageId);
  expect(stored.triage.history.map((e) => e.note)).toEqual(['by 2']);
});
