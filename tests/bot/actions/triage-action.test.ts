import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleTriageClick, type CardClick, type TriageActionDeps } from '../../../src/bot/actions/triage-action';
import { FileStorage } from '../../../src/bot/storage/file-storage';
import { MailboxWatcher } from '../../../src/bot/watch/mailbox-watcher';
import {
  FakeChannel,
  FakeRoster,
  FakeTriage,
  MANAGER,
  WORKER,
  WORKER_ADDRESS,
  binding,
  builtIn,
  rowOf,
} from '../support/fakes';

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
  const roster = new FakeRoster();
  const deps: TriageActionDeps = {
    ...common,
    bindings: [binding],
    triage,
    roster,
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
  return { deps, triage, channel, click, lookups, cardOf, roster };
}

test('a manager starts screening: decided, card redrawn for everyone with the next buttons', async () => {
  const { deps, triage, channel, click } = await setUp();
  const answer = await handleTriageClick(deps, click());
  expect(triage.rows.get(`msg-${REFERRAL}`)!.triage.state).toBe('screening');
  expect('card' in answer && JSON.stringify(answer.card)).toContain('"Status","value":"Screening"');
  const update = channel.updates.at(-1)!;
  expect(update.activityId).toBe(channel.posts[0]!.id);
  const verbs = JSON.stringify(update.card).match(/"verb":"[^"]+"/g);
  expect(new Set(verbs)).toEqual(
    new Set([
      '"verb":"triage.accept"',
      '"verb":"triage.decline"',
      '"verb":"triage.ask"',
      '"verb":"triage.choose-worker"',
    ]),
  );
  // The team's names are not drawn on the card everyone sees.
  expect(JSON.stringify(update.card)).not.toContain('Input.ChoiceSet');
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

describe('the card after a click, for the watchers', () => {
  const watcherAfter = (deps: TriageActionDeps, triage: FakeTriage) =>
    new MailboxWatcher({ ...deps, binding, triage, instanceId: 'restarted', reminderHour: 8 });

  test('the click redrew the card and says so on its record: no watcher, even a restarted one, redraws it again', async () => {
    const { deps, triage, channel, click } = await setUp();
    await handleTriageClick(deps, click());
    expect(channel.updates).toHaveLength(1);
    expect((await watcherAfter(deps, triage).tick()).redrawn).toBe(0);
    expect(channel.updates).toHaveLength(1);
  });

  test('when Teams refused the click’s update, the next watcher redraws the card once', async () => {
    const { deps, triage, channel, click } = await setUp();
    channel.failNextUpdate = true;
    const answer = await handleTriageClick(deps, click());
    // The decision stands and the clicker sees it; the channel's copy is behind until the watcher comes round.
    expect(JSON.stringify('card' in answer && answer.card)).toContain('"Status","value":"Screening"');
    expect(channel.updates).toHaveLength(0);
    const watcher = watcherAfter(deps, triage);
    expect((await watcher.tick()).redrawn).toBe(1);
    expect((await watcher.tick()).redrawn).toBe(0);
    expect(JSON.stringify(channel.updates[0]!.card)).toContain('"Status","value":"Screening"');
  });
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

describe('allocating from the card', () => {
  const cardJson = (answer: unknown) =>
    JSON.stringify('card' in (answer as object) ? (answer as { card: unknown }).card : answer);
  const choicesOf = (answer: unknown) => {
    const card = (answer as { card: { body: { type: string; choices?: { title: string; value: string }[] }[] } }).card;
    return card.body.find((e) => e.type === 'Input.ChoiceSet')?.choices;
  };

  /** The first referral screened, so it can be allocated. */
  async function screened() {
    const t = await setUp();
    await handleTriageClick(t.deps, t.click());
    t.channel.updates.length = 0;
    const choose = (over: Partial<CardClick> = {}) =>
      handleTriageClick(t.deps, t.click({ verb: 'triage.choose-worker', ...over }, { expectedVersion: 1 }));
    const allocate = (workerId: unknown, over: Partial<CardClick> = {}, data: Record<string, unknown> = {}) =>
      handleTriageClick(
        t.deps,
        t.click({ verb: 'triage.allocate', ...over }, { expectedVersion: 1, workerId, ...data }),
      );
    return { ...t, choose, allocate };
  }

  test('"Allocate to a worker" answers the manager alone with the team to choose from', async () => {
    const { choose, channel, roster, triage } = await screened();
    const answer = await choose();
    expect(choicesOf(answer)).toEqual([
      { title: 'Team manager', value: MANAGER },
      { title: 'Wren Worker', value: WORKER },
    ]);
    expect(cardJson(answer)).toContain('"verb":"triage.allocate"');
    expect(cardJson(answer)).toContain('"verb":"triage.back"');
    expect(roster.reads).toEqual([binding.channelId]);
    // Nothing changed, and the channel's copy is not redrawn with the list.
    expect(channel.updates).toHaveLength(0);
    expect(triage.decisions).toBe(1);
  });

  test('someone outside the deciding group never sees the list', async () => {
    const { choose, roster } = await screened();
    const answer = await choose({ userId: WORKER });
    expect(cardJson(answer)).toContain('Only members of the service’s deciding group');
    expect(choicesOf(answer)).toBeUndefined();
    expect(roster.reads).toEqual([]);
  });

  test('the manager allocates: decided with the worker, the card redrawn for everyone naming them', async () => {
    const { allocate, triage, channel } = await screened();
    const answer = await allocate(WORKER);
    const record = triage.rows.get(`msg-${REFERRAL}`)!.triage;
    expect(record).toMatchObject({ state: 'allocated', allocatedTo: WORKER, version: 2 });
    expect(record.history.at(-1)).toMatchObject({ to: 'allocated', workerId: WORKER, by: { id: MANAGER } });
    expect(cardJson(answer)).toContain('"title":"Allocated to","value":"Wren Worker"');
    const update = channel.updates.at(-1)!;
    expect(JSON.stringify(update.card)).toContain('"title":"Allocated to","value":"Wren Worker"');
    expect(JSON.stringify(update.card)).not.toContain('Input.ChoiceSet');
    expect(JSON.stringify(update.card)).not.toContain('triage.choose-worker');
  });

  test('the worker’s address for the notice comes from the team just read, not the directory', async () => {
    const { allocate, triage, roster } = await screened();
    await allocate(WORKER);
    // One roster read for the whole decision: the list check and the address share it.
    expect(roster.reads).toEqual([binding.channelId]);
    const addressOf = triage.inputs.at(-1)!.addressOf!;
    expect(await addressOf(WORKER)).toBe(WORKER_ADDRESS);
    expect(await addressOf(WORKER.toUpperCase())).toBe(WORKER_ADDRESS);
    // Someone in the team Teams gave no address for, or not in it at all: nobody to email, and no second read.
    expect(await addressOf(MANAGER)).toBeUndefined();
    expect(await addressOf('99999999-9999-4999-8999-999999999999')).toBeUndefined();
    expect(roster.reads).toEqual([binding.channelId]);
  });

  test('a worker with no address in the team is still allocated: the decision stands without the notice', async () => {
    const { allocate, triage, roster } = await screened();
    roster.people = [{ id: WORKER, name: 'Wren Worker' }];
    const answer = await allocate(WORKER);
    expect(cardJson(answer)).toContain('"title":"Allocated to","value":"Wren Worker"');
    expect(triage.rows.get(`msg-${REFERRAL}`)!.triage).toMatchObject({ state: 'allocated', allocatedTo: WORKER });
    expect(await triage.inputs.at(-1)!.addressOf!(WORKER)).toBeUndefined();
  });

  test('other decisions read the team only if an address is asked for, and then once', async () => {
    const { triage, roster } = await screened();
    // Start screening (in screened()) needed no address: the roster was not read.
    expect(roster.reads).toEqual([]);
    const addressOf = triage.inputs[0]!.addressOf!;
    expect(await addressOf(WORKER)).toBe(WORKER_ADDRESS);
    expect(await addressOf(MANAGER)).toBeUndefined();
    expect(roster.reads).toEqual([binding.channelId]);
  });

  test('a worker id that is not in the team (forged, or since removed) is refused in words', async () => {
    const { allocate, triage, roster } = await screened();
    const stranger = '99999999-9999-4999-8999-999999999999';
    expect(await allocate(stranger)).toEqual({
      message: expect.stringContaining('That person is not in this service’s team'),
    });
    roster.people = [{ id: MANAGER, name: 'Team manager' }];
    expect(await allocate(WORKER)).toEqual({ message: expect.stringContaining('not in this service’s team') });
    expect(triage.decisions).toBe(1);
  });

  test('a missing or malformed worker id is refused before the team is read', async () => {
    const { allocate, triage, roster } = await screened();
    for (const bad of [undefined, '', 'wren.worker@sandbox.test', '<script>x</script>', 42, { id: WORKER }])
      expect(await allocate(bad)).toEqual({ message: 'Choose the worker to allocate.' });
    expect(roster.reads).toEqual([]);
    expect(triage.decisions).toBe(1);
  });

  test('a changed referral id, verb or channel on the allocate button is refused', async () => {
    const { allocate, triage } = await screened();
    const refused = [
      await allocate(WORKER, {}, { referralId: OTHER }),
      await allocate(WORKER, { verb: 'triage.allocate-now' }),
      await allocate(WORKER, { conversationId: '19:elsewhere@thread.tacv2;messageid=act-1' }),
      await allocate(WORKER, { userId: WORKER }),
    ];
    expect(refused.map((r) => JSON.stringify(r))).toEqual([
      expect.stringContaining('does not belong to this referral’s card'),
      expect.stringContaining('did not send a request Referral Card can act on'),
      expect.stringContaining('does not belong to this referral’s card'),
      expect.stringContaining('Only members of the service’s deciding group'),
    ]);
    expect(triage.decisions).toBe(1);
  });

  test('a stale allocate (someone decided first) shows the current card and what changed', async () => {
    const { allocate, deps, click, triage } = await screened();
    await handleTriageClick(deps, click({ verb: 'triage.accept' }, { expectedVersion: 1 }));
    const answer = await allocate(WORKER);
    expect(cardJson(answer)).toContain('Someone else changed this referral since you opened it');
    expect(triage.rows.get(`msg-${REFERRAL}`)!.triage.state).toBe('accepted');
  });

  test('when Teams does not answer, the list says so and an allocation is not made', async () => {
    const { choose, allocate, roster, triage } = await screened();
    roster.fail = true;
    const answer = await choose();
    expect(choicesOf(answer)).toBeUndefined();
    expect(cardJson(answer)).toContain('could not read the team’s members just now');
    expect(cardJson(answer)).not.toContain('"verb":"triage.allocate"');
    expect(await allocate(WORKER)).toEqual({ message: expect.stringContaining('allocate the referral on the board') });
    expect(triage.decisions).toBe(1);
  });

  test('a team too big for a card, or with nobody in it, sends the manager to the board', async () => {
    const { choose, roster } = await screened();
    roster.people = Array.from({ length: 151 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Person ${i}`,
    }));
    expect(cardJson(await choose())).toContain('more than 150 people, too many to list on a card');
    roster.people = [];
    expect(cardJson(await choose())).toContain('found nobody in this team to allocate to');
  });

  test('a referral that cannot be allocated now gets its current card, not a list', async () => {
    const { deps, click, roster } = await setUp();
    const answer = await handleTriageClick(deps, click({ verb: 'triage.choose-worker' }));
    expect(cardJson(answer)).toContain('A referral that is received cannot be moved to allocated.');
    expect(cardJson(answer)).toContain('"verb":"triage.start-screening"');
    expect(roster.reads).toEqual([]);
  });

  test('"Back" shows anyone the card as everyone sees it, changing nothing', async () => {
    const { deps, click, triage } = await screened();
    const answer = await handleTriageClick(
      deps,
      click({ verb: 'triage.back', userId: WORKER }, { expectedVersion: 1 }),
    );
    expect(cardJson(answer)).toContain('"verb":"triage.choose-worker"');
    expect(cardJson(answer)).not.toContain('Input.ChoiceSet');
    expect(triage.decisions).toBe(1);
    const forged = await handleTriageClick(deps, click({ verb: 'triage.back' }, { referralId: OTHER }));
    expect(forged).toEqual({ message: expect.stringContaining('does not belong') });
  });
});
