import { FakeChannel, FakeTriage, MANAGER, binding, rowOf } from '../support/fakes';
import { fileStores, watcherOf as watcher } from '../support/watchers';

const store = fileStores('bot-watch-');

// Thursday before Easter 2027: Good Friday (26 March) and Easter Monday (29 March) are bank holidays, so five
// working days run to Monday 5 April.
const RECEIVED = '2027-03-25T09:30:00Z';

describe('one card per new referral', () => {
  test('two instances on one store post each referral once, and a restart posts nothing again', async () => {
    const triage = new FakeTriage();
    for (let i = 0; i < 12; i += 1)
      triage.add(rowOf(`r${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`, RECEIVED));
    const storage = store();
    const channel = new FakeChannel();
    const at = { t: new Date('2027-03-25T10:00:00Z') };
    const [a, b] = [watcher({ storage, channel, triage }, at), watcher({ storage, channel, triage }, at)];
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect(channel.posts).toHaveLength(12);
    expect(ra.posted + rb.posted).toBe(12);
    const restarted = watcher({ storage, channel, triage }, at);
    expect((await restarted.tick()).posted).toBe(0);
    expect(channel.posts).toHaveLength(12);
  });

  test('the card has no family names, and says the service, reference, dates and status', async () => {
    const triage = new FakeTriage();
    triage.add(rowOf('a1234567-0000-4000-8000-000000000000', RECEIVED));
    const channel = new FakeChannel();
    await watcher({ storage: store(), channel, triage }, { t: new Date('2027-03-25T10:00:00Z') }).tick();
    const text = JSON.stringify(channel.posts[0]!.card);
    expect(text).toContain('Parenting drop-in clinic');
    expect(text).toContain('RC-A1234567');
    expect(text).toContain('25 March 2027');
    expect(text).toContain('Screening due by 5 April 2027');
    expect(text).toContain(
      'https://board.example/?r=a1234567-0000-4000-8000-000000000000&m=gfpo%40council.example.gov.uk',
    );
  });

  test('a referral already decided gets no card; a damaged one is skipped', async () => {
    const triage = new FakeTriage();
    const decided = rowOf('b0000000-0000-4000-8000-000000000000', RECEIVED);
    triage.add({ ...decided, triage: { ...decided.triage, state: 'screening', version: 1 } });
    triage.add({ ...rowOf('c0000000-0000-4000-8000-000000000000', RECEIVED), triageDamaged: true });
    const channel = new FakeChannel();
    await watcher({ storage: store(), channel, triage }, { t: new Date('2027-03-25T10:00:00Z') }).tick();
    expect(channel.posts).toHaveLength(0);
  });

  test('a post that fails is retried once its claim goes stale, and then posted once', async () => {
    const triage = new FakeTriage();
    triage.add(rowOf('d0000000-0000-4000-8000-000000000000', RECEIVED));
    const storage = store();
    const channel = new FakeChannel();
    channel.failNextPost = true;
    const at = { t: new Date('2027-03-25T10:00:00Z') };
    const w = watcher({ storage, channel, triage, staleClaimMs: 60_000 }, at);
    expect((await w.tick()).failed).toBe(1);
    expect((await w.tick()).posted).toBe(0);
    at.t = new Date('2027-03-25T10:02:00Z');
    expect((await w.tick()).posted).toBe(1);
    expect((await w.tick()).posted).toBe(0);
    expect(channel.posts).toHaveLength(1);
  });
});

test('a decision made elsewhere (the board) redraws the card at the next round; a quiet round redraws nothing', async () => {
  const triage = new FakeTriage();
  const id = 'b1234567-0000-4000-8000-000000000000';
  triage.add(rowOf(id, RECEIVED));
  const channel = new FakeChannel();
  const at = { t: new Date('2027-03-25T10:00:00Z') };
  const w = watcher({ storage: store(), channel, triage }, at);
  await w.tick();
  await w.tick();
  expect(channel.updates).toHaveLength(0);
  const decided = await triage.decide({
    mailbox: binding.mailbox,
    messageId: `msg-${id}`,
    move: { to: 'screening', expectedVersion: 0 },
    actor: { id: MANAGER, role: 'team-manager' },
    now: at.t,
  });
  expect(decided.ok).toBe(true);
  await w.tick();
  expect(channel.updates).toHaveLength(1);
  expect(JSON.stringify(channel.updates[0]!.card)).toContain('"Status","value":"Screening"');
  await w.tick();
  expect(channel.updates).toHaveLength(1);
});

describe('deadline reminders across Easter', () => {
  async function run(days: string[], decidedOn?: string) {
    const triage = new FakeTriage();
    const row = rowOf('e0000000-0000-4000-8000-000000000000', RECEIVED);
    triage.add(row);
    const storage = store();
    const channel = new FakeChannel();
    const at = { t: new Date('2027-03-25T10:00:00Z') };
    const [a, b] = [watcher({ storage, channel, triage }, at), watcher({ storage, channel, triage }, at)];
    await a.tick();
    const log: string[] = [];
    for (const t of days) {
      at.t = new Date(t);
      if (decidedOn && t >= decidedOn) {
        await triage
          .decide({
            mailbox: row.mailbox,
            messageId: row.messageId,
            move: { to: 'screening', expectedVersion: triage.rows.get(row.messageId)!.triage.version },
            actor: { id: MANAGER, role: 'team-manager' },
            now: at.t,
          })
          .catch(() => undefined);
        const current = triage.rows.get(row.messageId)!;
        if (current.triage.state === 'screening')
          await triage.decide({
            mailbox: row.mailbox,
            messageId: row.messageId,
            move: { to: 'accepted', expectedVersion: current.triage.version },
            actor: { id: MANAGER, role: 'team-manager' },
            now: at.t,
          });
      }
      const before = channel.posts[0]!.replies.length;
      await Promise.all([a.tick(), b.tick()]);
      log.push(`${t.slice(0, 16)} ${channel.posts[0]!.replies.slice(before).join(' | ')}`.trim());
    }
    return { log, channel };
  }

  test('nothing on Good Friday, the weekend or Easter Monday; due today on 5 April; overdue once a working day', async () => {
    const { log, channel } = await run([
      '2027-03-26T09:00:00Z', // Good Friday
      '2027-03-27T09:00:00Z', // Saturday
      '2027-03-29T09:00:00Z', // Easter Monday
      '2027-04-05T06:30:00Z', // due day, 07:30 London: before the reminder hour
      '2027-04-05T07:05:00Z', // due day, 08:05 London
      '2027-04-05T15:00:00Z', // due day again: already reminded
      '2027-04-06T08:00:00Z', // overdue
      '2027-04-06T12:00:00Z', // overdue, same day: once
      '2027-04-07T08:00:00Z', // overdue, next day
    ]);
    expect(log.map((l) => l.slice(17))).toEqual([
      '',
      '',
      '',
      '',
      'Reminder: referral RC-E0000000 is due to be screened today, 5 April 2027.',
      '',
      'Overdue: referral RC-E0000000 was due to be screened by 5 April 2027 and has not been decided yet.',
      '',
      'Overdue: referral RC-E0000000 was due to be screened by 5 April 2027 and has not been decided yet.',
    ]);
    // The card itself says so for everyone.
    expect(JSON.stringify(channel.updates.at(-1)!.card)).toContain('Screening overdue: it was due on 5 April 2027');
  });

  test('a referral decided in time gets no reminder', async () => {
    const { log } = await run(['2027-04-01T09:00:00Z', '2027-04-05T09:00:00Z', '2027-04-06T09:00:00Z'], '2027-04-01');
    expect(log.map((l) => l.slice(17))).toEqual(['', '', '']);
  });
});
