import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleTriageClick, type CardClick, type TriageActionDeps } from '../../../src/bot/actions/triage-action';
import { FileStorage } from '../../../src/bot/storage/file-storage';
import { MailboxWatcher } from '../../../src/bot/watch/mailbox-watcher';
import { FakeChannel, FakeTriage, MANAGER, WORKER, binding, builtIn, rowOf } from '../support/fakes';

const folder = mkdtempSync(join(tmpdir(), 'bot-actions-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const REFERRAL = 'f0000000-0000-4000-8000-000000000000';
const OTHER = 'f1111111-0000-4000-8000-000000000000';
const now = () => new Date('2027-03-25T11:00:00Z');

async function setUp() {
  const storage = new FileStorage(mkdtempSync(join(folder, 'case-')));
  const triage = new FakeTriage();
  triage.add(rowOf(REFERRAL, '2027-03-25T09:30:00Z'));
  triage.add(rowOf(OTHER, '2027-03-25T09:40:00Z'));
  const channel = new FakeChannel();
  const common = { storage, channel, catalogue: builtIn, boardUrl: 'https://board.example/', now };
  await new MailboxWatcher({ ...common, binding, triage, instanceId: 'one', reminderHour: 8 }).tick();
  const lookups: string[] = [];
  const deps: TriageActionDeps = {
    ...common,
    bindings: [binding],
    triage,
    directory: {
      async isMember(groupId, userId) {
        lookups.push(userId);
        return groupId === binding.decidingGroupId && userId === MANAGER;
      },
    },
  };
  const cardOf = (id: string) => channel.posts[triage.rows.get(`msg-${id}`) && id === REFERRAL ? 0 : 1]!;
  const click = (over: Partial<CardClick> = {}, data: Record<string, unknown> = {}): CardClick => ({
    verb: 'triage.start-screening',
    data: { referralId: REFERRAL, mailbox: binding.mailbox, expectedVersion: 0, ...data },
    userId: MANAGER,
    replyToId: cardOf(REFERRAL).id,
    conversationId: `${binding.channelId};messageid=${cardOf(REFERRAL).id}`,
    ...over,
  });
  return { deps, triage, channel, click, lookups, cardOf };
}

test('a manager starts screening: decided, card redrawn for everyone with the next buttons', async () => {
  const { deps, triage, channel, click } = await setUp();
  const answer = await handleTriageClick(deps, click());
  expect(triage.rows.get(`msg-${REFERRAL}`)!.triage.state).toBe('screening');
  expect('card' in answer && JSON.stringify(answer.card)).toContain('"Status","value":"Screening"');
  const update = channel.updates.at(-1)!;
  expect(update.activityId).toBe(channel.posts[0]!.id);
  const verbs = JSON.stringify(update.card).match(/"verb":"[^"]+"/g);
  expect(new Set(verbs)).toEqual(new Set(['"verb":"triage.accept"', '"verb":"triage.decline"', '"verb":"triage.ask"']));
});

test('someone outside the deciding group is refused, and nothing changes', async () => {
  const { deps, triage, channel, click, lookups } = await setUp();
  const answer = await handleTriageClick(deps, click({ userId: WORKER }));
  expect(JSON.stringify(answer)).toContain('Only members of the service’s deciding group');
  expect(lookups).toEqual([WORKER]);
  expect(triage.decisions).toBe(0);
  expect(channel.updates).toHaveLength(0);
});

test('a click with no user id is refused', async () => {
  const { deps, triage, click } = await setUp();
  const { userId: _u, ...anonymous } = click();
  await handleTriageClick(deps, anonymous);
  expect(triage.decisions).toBe(0);
});

test('a forged referral id (another referral’s id on this card) is refused', async () => {
  const { deps, triage, click } = await setUp();
  const answer = await handleTriageClick(deps, click({}, { referralId: OTHER }));
  expect(answer).toEqual({ message: expect.stringContaining('does not belong to this referral’s card') });
  expect(triage.decisions).toBe(0);
});

test('a forged mailbox or a card from another channel is refused', async () => {
  const { deps, triage, click } = await setUp();
  await handleTriageClick(deps, click({}, { mailbox: 'other@council.example.gov.uk' }));
  await handleTriageClick(deps, click({ conversationId: '19:elsewhere@thread.tacv2;messageid=act-1' }));
  await handleTriageClick(deps, click({ replyToId: 'act-999' }));
  expect(triage.decisions).toBe(0);
});

test('a forged verb is refused: unknown verbs by the schema, moves the state does not allow by the state machine', async () => {
  const { deps, triage, click } = await setUp();
  expect(await handleTriageClick(deps, click({ verb: 'triage.close' }))).toEqual({ message: expect.any(String) });
  const skipped = await handleTriageClick(deps, click({ verb: 'triage.accept' }));
  expect(skipped).toEqual({ message: 'A referral that is received cannot be moved to accepted.' });
  expect(triage.decisions).toBe(0);
});

test('malformed payloads are refused without a decision', async () => {
  const { deps, triage, click } = await setUp();
  for (const data of [null, 'x', { referralId: REFERRAL }, { ...(click().data as object), expectedVersion: 'zero' }])
    expect(await handleTriageClick(deps, { ...click(), data })).toEqual({ message: expect.any(String) });
  expect(triage.decisions).toBe(0);
});

test('decline needs a reason; hostile text in it is stored as given and shown as text', async () => {
  const { deps, triage, click } = await setUp();
  await handleTriageClick(deps, click());
  const decline = (reason?: string) =>
    handleTriageClick(
      deps,
      click({ verb: 'triage.decline' }, { expectedVersion: 1, ...(reason === undefined ? {} : { reason }) }),
    );
  expect(await decline('   ')).toEqual({ message: 'Say why it is declined.' });
  const hostile = '<script>alert(1)</script> **bold** [x](javascript:alert(1)) {{DATE(2020-01-01T00:00:00Z)}}';
  const answer = await decline(hostile);
  expect(triage.rows.get(`msg-${REFERRAL}`)!.triage.declineReason).toBe(hostile);
  const card = 'card' in answer ? answer.card : undefined;
  const runs = JSON.stringify(card);
  expect(runs).toContain(
    '"type":"TextRun","text":"<script>alert(1)</script> **bold** [x](javascript:alert(1)) {\u200b{DATE',
  );
  expect(runs).not.toMatch(/"type":"TextBlock","text":"[^"]*<script>/);
});

test('a stale card (someone decided first) gets the current card and says what changed', async () => {
  const { deps, triage, click } = await setUp();
  await handleTriageClick(deps, click());
  const second = await handleTriageClick(deps, click());
  expect(triage.decisions).toBe(1);
  const card = JSON.stringify('card' in second ? second.card : undefined);
  expect(card).toContain('Someone else changed this referral since you opened it');
  expect(card).toContain('"Status","value":"Screening"');
});

test('the decision is recorded in the role the binding gives its deciders', async () => {
  const { deps, triage, click } = await setUp();
  const coordinators = { ...deps, bindings: [{ ...binding, deciderRole: 'parenting-coordinator' as const }] };
  await handleTriageClick(coordinators, click());
  expect(triage.rows.get(`msg-${REFERRAL}`)!.triage.history[0]!.by).toEqual({
    id: MANAGER,
    role: 'parenting-coordinator',
  });
});
