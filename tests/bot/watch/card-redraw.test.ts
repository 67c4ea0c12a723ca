// A card in the channel never stays behind its referral: the card's record in the shared store says which triage
// version the card was drawn for, so a decision made while no bot was running (or on another instance) redraws the
// card once, whichever instance sees it first, and an old record that does not say is redrawn once.
import { readOne, type BotStorage } from '../../../src/bot/storage/bot-storage';
import type { FileStorage } from '../../../src/bot/storage/file-storage';
import { cardKey, type CardRecord } from '../../../src/bot/watch/card-records';
import { noteDrawn, redrawOnce } from '../../../src/bot/watch/redraw-once';
import { FakeChannel, FakeRoster, FakeTriage, WORKER, binding, rowOf } from '../support/fakes';
import { decideOnBoard, fileStores, watcherOf } from '../support/watchers';

const store = fileStores('bot-redraw-');
const RECEIVED = '2027-03-25T09:30:00Z';
const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `a${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`);
const recordOf = (storage: BotStorage, id: string) => readOne<CardRecord>(storage, cardKey(binding.mailbox, id));

/** Referrals with their cards posted by a bot that then stopped; the board decides while it is stopped. */
async function postedThenStopped(count: number, storage: FileStorage = store()) {
  const triage = new FakeTriage();
  for (const id of ids(count)) triage.add(rowOf(id, RECEIVED));
  const channel = new FakeChannel();
  const at = { t: new Date('2027-03-25T10:00:00Z') };
  expect((await watcherOf({ storage, channel, triage }, at).tick()).posted).toBe(count);
  at.t = new Date('2027-03-25T11:00:00Z');
  return { triage, channel, storage, at };
}

test('a decision made while the bot was stopped: the restarted bot redraws the card once, and not again', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(1);
  const [id] = ids(1) as [string];
  expect((await recordOf(storage, id))?.drawnVersion).toBe(0);
  await decideOnBoard(triage, id, 'screening', at.t);

  const restarted = watcherOf({ storage, channel, triage }, at);
  expect(await restarted.tick()).toMatchObject({ posted: 0, redrawn: 1, failed: 0 });
  expect(channel.updates).toHaveLength(1);
  const card = JSON.stringify(channel.updates[0]!.card);
  expect(channel.updates[0]!.activityId).toBe(channel.posts[0]!.id);
  expect(card).toContain('"Status","value":"Screening"');
  // Its buttons act on the version the referral is at now, so they are not refused as out of date.
  expect(card).toContain('"expectedVersion":1');
  expect(card).not.toContain('triage.start-screening');
  expect(await recordOf(storage, id)).toMatchObject({ drawnVersion: 1 });
  expect((await recordOf(storage, id))?.redrawing).toBeUndefined();

  expect((await restarted.tick()).redrawn).toBe(0);
  expect((await watcherOf({ storage, channel, triage }, at).tick()).redrawn).toBe(0);
  expect(channel.updates).toHaveLength(1);
});

test('two instances sharing a store, started after the decisions: each card is redrawn once between them', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(10);
  for (const id of ids(10)) await decideOnBoard(triage, id, 'screening', at.t);
  const [a, b] = [watcherOf({ storage, channel, triage }, at), watcherOf({ storage, channel, triage }, at)];
  const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
  expect(ra.redrawn + rb.redrawn).toBe(10);
  expect(ra.failed + rb.failed).toBe(0);
  expect(channel.updates).toHaveLength(10);
  expect(new Set(channel.updates.map((u) => u.activityId)).size).toBe(10);
  await Promise.all([a.tick(), b.tick()]);
  expect(channel.updates).toHaveLength(10);
});

test('two instances already running: a later decision is redrawn once, and again for the next one', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(4);
  const [a, b] = [watcherOf({ storage, channel, triage }, at), watcherOf({ storage, channel, triage }, at)];
  await Promise.all([a.tick(), b.tick()]);
  expect(channel.updates).toHaveLength(0);
  for (const id of ids(4)) await decideOnBoard(triage, id, 'screening', at.t);
  await Promise.all([a.tick(), b.tick()]);
  await Promise.all([a.tick(), b.tick()]);
  expect(channel.updates).toHaveLength(4);
  const [first] = ids(4) as [string];
  await decideOnBoard(triage, first, 'accepted', at.t);
  const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
  expect(ra.redrawn + rb.redrawn).toBe(1);
  expect(JSON.stringify(channel.updates.at(-1)!.card)).toContain('"Status","value":"Accepted"');
  await Promise.all([a.tick(), b.tick()]);
  expect(channel.updates).toHaveLength(5);
});

test('a record kept before the drawn version was: redrawn once, then known', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(2);
  for (const id of ids(2)) {
    const { drawnVersion: _drawn, ...old } = (await recordOf(storage, id))!;
    await storage.write({ [cardKey(binding.mailbox, id)]: old });
    expect((await recordOf(storage, id))?.drawnVersion).toBeUndefined();
  }
  // One of the two was also decided while the bot was stopped; the other is as it was posted.
  await decideOnBoard(triage, ids(2)[0]!, 'screening', at.t);
  const restarted = watcherOf({ storage, channel, triage }, at);
  expect((await restarted.tick()).redrawn).toBe(2);
  expect(JSON.stringify(channel.updates.map((u) => u.card))).toContain('"Status","value":"Screening"');
  expect(await recordOf(storage, ids(2)[0]!)).toMatchObject({ drawnVersion: 1 });
  expect(await recordOf(storage, ids(2)[1]!)).toMatchObject({ drawnVersion: 0 });
  expect((await restarted.tick()).redrawn).toBe(0);
  expect((await watcherOf({ storage, channel, triage }, at).tick()).redrawn).toBe(0);
  expect(channel.updates).toHaveLength(2);
});

test('a referral allocated on the board: the redrawn card names the worker from the team, read once a round', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(3);
  for (const id of ids(3)) {
    await decideOnBoard(triage, id, 'screening', at.t);
    await decideOnBoard(triage, id, 'accepted', at.t);
    await decideOnBoard(triage, id, 'allocated', at.t, WORKER);
  }
  const roster = new FakeRoster();
  expect((await watcherOf({ storage, channel, triage, roster }, at).tick()).redrawn).toBe(3);
  expect(roster.reads).toEqual([binding.channelId]);
  for (const u of channel.updates) expect(JSON.stringify(u.card)).toContain('"Allocated to","value":"Wren Worker"');
});

test('a team Teams will not list does not hold the redraw up: the card says allocated, without the name', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(1);
  const [id] = ids(1) as [string];
  await decideOnBoard(triage, id, 'screening', at.t);
  await decideOnBoard(triage, id, 'allocated', at.t, WORKER);
  const roster = new FakeRoster();
  roster.fail = true;
  const logged: string[] = [];
  const w = watcherOf({ storage, channel, triage, roster, log: (m) => logged.push(m) }, at);
  expect(await w.tick()).toMatchObject({ redrawn: 1, failed: 0 });
  const card = JSON.stringify(channel.updates[0]!.card);
  expect(card).toContain('"Status","value":"Allocated to a worker"');
  expect(card).not.toContain('"Allocated to","value"');
  expect(logged).toEqual(['Could not read the team’s members']);
  expect((await w.tick()).redrawn).toBe(0);
});

test('an update Teams refuses: nobody redraws while the claim is fresh, then one instance does, once', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(1);
  const [id] = ids(1) as [string];
  await decideOnBoard(triage, id, 'screening', at.t);
  const [a, b] = [
    watcherOf({ storage, channel, triage, staleClaimMs: 60_000 }, at),
    watcherOf({ storage, channel, triage, staleClaimMs: 60_000 }, at),
  ];
  channel.failNextUpdate = true;
  expect((await a.tick()).failed).toBe(1);
  expect((await recordOf(storage, id))?.redrawing).toMatchObject({ version: 1 });
  expect((await b.tick()).redrawn).toBe(0);
  expect((await a.tick()).redrawn).toBe(0);
  expect(channel.updates).toHaveLength(0);
  at.t = new Date(at.t.getTime() + 61_000);
  const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
  expect(ra.redrawn + rb.redrawn).toBe(1);
  expect(channel.updates).toHaveLength(1);
  expect(await recordOf(storage, id)).toMatchObject({ drawnVersion: 1 });
  expect((await recordOf(storage, id))?.redrawing).toBeUndefined();
});

test('a claim whose time cannot be read holds nothing up', async () => {
  const { triage, channel, storage, at } = await postedThenStopped(1);
  const [id] = ids(1) as [string];
  const row = await decideOnBoard(triage, id, 'screening', at.t);
  const stored = (await recordOf(storage, id))!;
  await storage.write({
    [cardKey(binding.mailbox, id)]: { ...stored, redrawing: { version: 1, owner: 'x', at: 'no' } },
  });
  const deps = { storage, channel, instanceId: 'me', now: () => at.t, staleClaimMs: 60_000 };
  await expect(redrawOnce(deps, row, async () => channel.posts[0]!.card)).resolves.toMatchObject({
    outcome: 'redrawn',
    record: { drawnVersion: 1 },
  });
  await expect(redrawOnce(deps, row, async () => channel.posts[0]!.card)).resolves.toMatchObject({
    outcome: 'current',
  });
  // No card was ever posted for a referral the store does not know: nothing to redraw.
  await expect(redrawOnce(deps, { ...row, referralId: 'unknown' }, async () => channel.posts[0]!.card)).resolves.toBe(
    undefined,
  );
  expect(channel.updates).toHaveLength(1);
});

describe('noting the version drawn', () => {
  /** A store where someone else writes the record just before each of our first `n` writes. */
  function contested(storage: FileStorage, n: number): BotStorage {
    let left = n;
    return Object.assign(Object.create(storage) as BotStorage, {
      async write(changes: Record<string, CardRecord>) {
        if (left > 0) {
          left -= 1;
          const [key] = Object.keys(changes) as [string];
          const now = (await readOne<CardRecord>(storage, key))!;
          await storage.write({ [key]: { ...now, claimedAt: new Date().toISOString() } });
        }
        return storage.write(changes);
      },
    });
  }

  test('a lost race is read again and written; another instance’s claim is kept, our own is dropped', async () => {
    const { storage } = await postedThenStopped(1);
    const key = cardKey(binding.mailbox, ids(1)[0]!);
    const stored = (await readOne<CardRecord>(storage, key))!;
    const theirs = { version: 3, owner: 'them', at: new Date().toISOString() };
    await storage.write({ [key]: { ...stored, redrawing: theirs } });
    await expect(noteDrawn(contested(storage, 2), key, 2, 'me')).resolves.toMatchObject({ drawnVersion: 2 });
    expect(await readOne<CardRecord>(storage, key)).toMatchObject({ drawnVersion: 2, redrawing: theirs });
    await noteDrawn(storage, key, 3, 'them');
    const after = (await readOne<CardRecord>(storage, key))!;
    expect(after.drawnVersion).toBe(3);
    expect(after.redrawing).toBeUndefined();
  });

  test('a race lost every time gives up (the claim goes stale instead); a store fault is not swallowed', async () => {
    const { storage } = await postedThenStopped(1);
    const key = cardKey(binding.mailbox, ids(1)[0]!);
    await expect(noteDrawn(contested(storage, 10), key, 1)).resolves.toBeUndefined();
    expect((await readOne<CardRecord>(storage, key))?.drawnVersion).toBe(0);
    const broken = Object.assign(Object.create(storage) as BotStorage, {
      write: () => Promise.reject(new Error('disk full')),
    });
    await expect(noteDrawn(broken, key, 1)).rejects.toThrow('disk full');
    await expect(noteDrawn(storage, 'triage-card/nobody/none', 1)).resolves.toBeUndefined();
  });
});
