// The triage layer against the sandbox, signed in as the people who use it: managers sync the service mailbox and
// decide; the referrer sees the status in My referrals, answers a question and withdraws; others are refused.
import { randomUUID } from 'node:crypto';
import { buildSandboxSeed } from '../../src/sandbox/config/seed';
import { DEFAULT_SHARED_MAILBOXES } from '../../src/sandbox/config/shared-mailboxes';
import { triageFailureWords } from '../../src/filing/failure-words';
import {
  applyReferrerMessages,
  decide,
  listMyReferrals,
  readRow,
  sendInformationAnswer,
  sendWithdrawal,
  syncBoard,
  type BoardRow,
  type GraphFailure,
  type GraphGateway,
} from '../../src/graph';
import {
  failureOf,
  filedToLewisham,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  startHarness,
  WORKER,
} from '../graph/support';

const SECOND_MANAGER = 'second.manager.lewisham@sandbox.test';
const DAY_MS = 24 * 3_600_000;

let h: Harness;
let referrer: GraphGateway;
let manager: GraphGateway;
let second: GraphGateway;
beforeAll(async () => {
  const seed = buildSandboxSeed(DEFAULT_SHARED_MAILBOXES);
  const first = seed.personas.find((p) => p.upn === LEWISHAM_MANAGER);
  if (!first) throw new Error('the sandbox has no Lewisham manager');
  const other = { ...first, id: randomUUID(), upn: SECOND_MANAGER, displayName: 'Second manager, Lewisham' };
  h = await startHarness({ personas: [...seed.personas, other] });
  referrer = gatewayFor(h, REFERRER).gateway;
  manager = gatewayFor(h, LEWISHAM_MANAGER).gateway;
  second = gatewayFor(h, SECOND_MANAGER).gateway;
});
afterAll(() => h.close());

const TM = { id: 'manager-lewisham', role: 'team-manager' as const };
const TM2 = { id: 'second-manager-lewisham', role: 'team-manager' as const };

/** Files a referral to the Lewisham mailbox as the referrer and returns its row, as the manager's board sees it. */
const filed = (): Promise<BoardRow> => filedToLewisham(h, referrer, manager);

const now = () => new Date(h.clock.now);

test('a manager syncs, decides, and the referrer sees the new status in My referrals', async () => {
  const row = await filed();
  expect(row).toMatchObject({
    mailbox: LEWISHAM_MAILBOX,
    referrer: { address: REFERRER },
    triage: { state: 'received', version: 0, history: [] },
  });
  expect(row.reference).toMatch(/^RC-/);

  const screening = await decide(manager, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    move: { to: 'screening', expectedVersion: 0 },
    actor: TM,
    now: now(),
  });
  expect(screening).toMatchObject({ ok: true, statusMessageSent: true, row: { triage: { state: 'screening' } } });
  const allocated = await decide(manager, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    move: { to: 'allocated', expectedVersion: 1, workerId: 'worker-wren', priority: 'high' },
    actor: TM,
    now: now(),
  });
  expect(allocated).toMatchObject({
    ok: true,
    row: { triage: { state: 'allocated', version: 2, allocatedTo: 'worker-wren', priority: 'high' } },
  });

  // The message carries the state as a category, so Outlook shows it too.
  const message = (await manager.client
    .api(`/users/${LEWISHAM_MAILBOX}/messages/${row.messageId}`)
    .select('categories')
    .get()) as { categories: string[] };
  expect(message.categories).toEqual(['Referral: allocated to a worker']);

  const mine = (await listMyReferrals(referrer)).find((r) => r.referralId === row.referralId);
  expect(Object.values(mine?.statuses ?? {})).toEqual([expect.objectContaining({ state: 'allocated' })]);
  // The status message names nobody: the marking and the reference only.
  const inbox = (await referrer.client.api('/me/mailFolders/inbox/messages').select('subject').top(50).get()) as {
    value: { subject: string }[];
  };
  expect(inbox.value.map((m) => m.subject)).toContain(`OFFICIAL-SENSITIVE: Update on referral ${row.reference}`);
});

test('a refused move changes nothing and says why in words', async () => {
  const row = await filed();
  const outcome = await decide(manager, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    move: { to: 'declined', expectedVersion: 0, reason: 'Out of area' },
    actor: TM,
    now: now(),
  });
  expect(outcome).toMatchObject({ ok: false, code: 'not-a-move', message: expect.stringMatching(/received/) });
  expect((await readRow(manager, LEWISHAM_MAILBOX, row.messageId)).triage.version).toBe(0);
});

test('two managers deciding at once: one wins, the other is told who changed it and to what', async () => {
  const row = await filed();
  const base = { mailbox: LEWISHAM_MAILBOX, messageId: row.messageId, now: now() };
  await decide(manager, { ...base, move: { to: 'screening', expectedVersion: 0 }, actor: TM });
  const [a, b] = await Promise.all([
    decide(manager, { ...base, move: { to: 'accepted', expectedVersion: 1 }, actor: TM }),
    decide(second, {
      ...base,
      move: { to: 'declined', expectedVersion: 1, reason: 'Needs a different service' },
      actor: TM2,
    }),
  ]);
  const outcomes = [a, b];
  const winners = outcomes.filter((o) => o.ok);
  const losers = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(1);
  const stored = await readRow(manager, LEWISHAM_MAILBOX, row.messageId);
  const winner = stored.triage.history[stored.triage.history.length - 1];
  expect(losers[0]).toMatchObject({
    code: 'conflict',
    changedBy: winner?.by,
    current: { triage: { state: stored.triage.state, version: 2 } },
    message: expect.stringMatching(/Another team manager changed this referral .*not saved/),
  });
  // Nothing was overwritten in silence: the stored history is the winner's, on top of screening.
  expect(stored.triage.history.map((e) => e.version)).toEqual([1, 2]);
});

test('a decision made on a stale read is refused as a conflict naming the other decider', async () => {
  const row = await filed();
  const base = { mailbox: LEWISHAM_MAILBOX, messageId: row.messageId, now: now() };
  await decide(second, { ...base, move: { to: 'screening', expectedVersion: 0 }, actor: TM2 });
  const late = await decide(manager, { ...base, move: { to: 'screening', expectedVersion: 0 }, actor: TM });
  expect(late).toMatchObject({ ok: false, code: 'conflict', changedBy: TM2, current: { triage: { version: 1 } } });
});

test('someone without access to the mailbox gets Graph 403 as a typed failure, with words for it', async () => {
  const row = await filed();
  const worker = gatewayFor(h, WORKER).gateway;
  const failure = await failureOf(syncBoard(worker, LEWISHAM_MAILBOX));
  expect(failure).toMatchObject({ kind: 'no-permission', detail: { status: 403, mailbox: LEWISHAM_MAILBOX } });
  const refused: GraphFailure = await failureOf(
    decide(worker, {
      mailbox: LEWISHAM_MAILBOX,
      messageId: row.messageId,
      move: { to: 'screening', expectedVersion: 0 },
      actor: { id: 'worker', role: 'team-manager' },
      now: now(),
    }),
  );
  expect(refused.kind).toBe('no-permission');
  expect(triageFailureWords(refused.kind).what).toMatch(/not allowed to open this service’s referral mailbox/);
  expect((await readRow(manager, LEWISHAM_MAILBOX, row.messageId)).triage.version).toBe(0);
});

test('a later sync reads only changes, sees decisions, and starts over when the delta link has expired', async () => {
  const first = await syncBoard(manager, LEWISHAM_MAILBOX, undefined, { maxPageSize: 2 });
  expect(first.deltaLink).toEqual(expect.any(String));
  const row = await filed();
  const pages: number[] = [];
  const later = await syncBoard(manager, LEWISHAM_MAILBOX, first, { onPage: (n) => pages.push(n) });
  expect(later.rows[row.messageId]).toBeDefined();
  expect(pages.length).toBeGreaterThanOrEqual(1);

  await decide(second, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    move: { to: 'screening', expectedVersion: 0 },
    actor: TM2,
    now: now(),
  });
  const seen = await syncBoard(manager, LEWISHAM_MAILBOX, later);
  expect(seen.rows[row.messageId]?.triage.state).toBe('screening');

  // Eight days on, Exchange has forgotten the sync state: 410 SyncStateNotFound, and the board reads everything again.
  h.clock.now += 8 * DAY_MS;
  const again = await syncBoard(manager, LEWISHAM_MAILBOX, { ...seen, rows: {} });
  expect(again.deltaLink).toEqual(expect.any(String));
  expect(again.deltaLink).not.toBe(seen.deltaLink);
  expect(Object.keys(again.rows).sort()).toEqual(Object.keys(seen.rows).sort());
});

test('the referrer answers a question and withdraws; the service mailbox applies each once', async () => {
  const row = await filed();
  const base = { mailbox: LEWISHAM_MAILBOX, messageId: row.messageId, actor: TM, now: now() };
  await decide(manager, { ...base, move: { to: 'screening', expectedVersion: 0 } });
  await decide(manager, {
    ...base,
    move: { to: 'more-information-requested', expectedVersion: 1, question: 'Which school does the child attend?' },
  });
  const ref = { mailbox: LEWISHAM_MAILBOX, referralId: row.referralId, serviceIds: row.serviceIds };
  await sendInformationAnswer(referrer, { ...ref, text: 'Riverside Primary.' });
  expect(await applyReferrerMessages(manager, LEWISHAM_MAILBOX, now())).toBe(1);
  const answered = await readRow(manager, LEWISHAM_MAILBOX, row.messageId);
  expect(answered.triage).toMatchObject({ state: 'screening', version: 3 });
  expect(answered.triage.history[2]).toMatchObject({
    from: 'more-information-requested',
    to: 'screening',
    note: 'Riverside Primary.',
    by: { role: 'system' },
  });
  expect(await applyReferrerMessages(manager, LEWISHAM_MAILBOX, now())).toBe(0);

  await sendWithdrawal(referrer, { ...ref, reason: 'The family has moved away.' });
  expect(await applyReferrerMessages(manager, LEWISHAM_MAILBOX, now())).toBe(1);
  const closed = await readRow(manager, LEWISHAM_MAILBOX, row.messageId);
  expect(closed.triage).toMatchObject({ state: 'closed', version: 4 });
  expect(closed.triage.history[3]).toMatchObject({ reason: 'The family has moved away.', by: { role: 'referrer' } });
  const mine = (await listMyReferrals(referrer)).find((r) => r.referralId === row.referralId);
  expect(Object.values(mine?.statuses ?? {})).toEqual([expect.objectContaining({ state: 'closed' })]);
});

test('a withdrawal from anyone but the referrer is not applied', async () => {
  const row = await filed();
  const other = gatewayFor(h, WORKER).gateway;
  await sendWithdrawal(other, {
    mailbox: LEWISHAM_MAILBOX,
    referralId: row.referralId,
    serviceIds: row.serviceIds,
    reason: 'Not mine to withdraw',
  });
  expect(await applyReferrerMessages(manager, LEWISHAM_MAILBOX, now())).toBe(0);
  expect((await readRow(manager, LEWISHAM_MAILBOX, row.messageId)).triage.state).toBe('received');
});
