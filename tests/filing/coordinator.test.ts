// The filing coordinator with fake ports, in Node (no DOM): start, resume after a crash, retry after a failure,
// cancel, offline, refusals, a store that cannot keep the job, and the events in the order the screens see them.
import example from '../../docs/examples/referral.json';
import { catalogue } from '../../src/catalogues';
import type { Referral } from '../../src/domain';
import { FilingFailure, JobStoreError, createFilingCoordinator } from '../../src/filing';
import type { FileRequest, FilingEvent, FilingJob, FilingPorts, MailboxFiler } from '../../src/filing';
import { fakeFiler, fakeJobStore } from './fakes';

const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';
const NOTTS = 'parenting.courses@nottsc.gov.uk';
const NOW = new Date('2026-11-23T10:42:00Z');
const BYTES = new Uint8Array([37, 80, 68, 70, 45]);

const referral = (extra: Partial<Referral> = {}): Referral => ({
  ...(example as unknown as Referral),
  services: [
    { serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] },
    { serviceId: 'notts.nvr-group', personIds: ['p1'] },
  ],
  attachments: [{ id: 'att-1', name: 'assessment.pdf', contentType: 'application/pdf', size: 5, source: 'upload' }],
  ...extra,
});

const fileRequest = (r: unknown = referral(), files: Record<string, Uint8Array> = { 'att-1': BYTES }): FileRequest => ({
  draftId: 'draft-1',
  referral: r,
  readAttachment: async (id) => files[id],
});

function setup(filer: MailboxFiler = fakeFiler().filer, over: Partial<FilingPorts> = {}) {
  const store = fakeJobStore();
  const onFiled = jest.fn(async (_draftId: string) => undefined);
  const coordinator = createFilingCoordinator({
    openStore: async () => store.store,
    loadFiler: async () => filer,
    clock: { now: () => NOW },
    catalogue,
    onFiled,
    ...over,
  });
  const events: FilingEvent[] = [];
  coordinator.subscribe((_state, event) => events.push(event));
  return { coordinator, store, onFiled, events };
}

/** The events as short labels: the action's type, and for a mailbox's event its own type and mailbox. */
const labels = (events: readonly FilingEvent[]) =>
  events.map((e) => (e.type === 'event' ? `${e.event.type} ${e.event.address}` : e.type));

describe('start', () => {
  test('files one message per mailbox, keeping the job before the first request; the draft goes, then the job', async () => {
    const store = fakeJobStore();
    const seenStored: (FilingJob | undefined)[] = [];
    const fake = fakeFiler(async (request, progress) => {
      seenStored.push(await store.store.get(example.id));
      progress({ type: 'step', step: 'sending' });
    });
    const { coordinator, onFiled, events } = setup(fake.filer, { openStore: async () => store.store });
    await coordinator.start(fileRequest());

    expect(fake.calls.map((c) => [c.mailbox, c.resume, c.serviceIds])).toEqual([
      [LEWISHAM, false, ['lewisham.nvr']],
      [NOTTS, false, ['notts.nvr-group']],
    ]);
    expect(fake.calls[0]?.attachments.map((a) => [a.name, a.bytes])).toEqual([['assessment.pdf', BYTES]]);
    expect(fake.calls[0]?.filedAt).toEqual(NOW);
    // Kept before each mailbox's first request, its attempt counted.
    expect(seenStored[0]?.mailboxes.map((m) => [m.state, m.attempts])).toEqual([
      ['pending', 1],
      ['pending', 0],
    ]);
    expect(labels(events)).toEqual([
      'preparing',
      'job',
      'running',
      `started ${LEWISHAM}`,
      `progress ${LEWISHAM}`,
      `filed ${LEWISHAM}`,
      `started ${NOTTS}`,
      `progress ${NOTTS}`,
      `filed ${NOTTS}`,
      'outcome',
    ]);
    expect(coordinator.getState()).toMatchObject({ phase: 'done', reference: 'RC-6B1F0D5E' });
    expect(coordinator.getState().mailboxes.map((m) => m.status)).toEqual(['filed', 'filed']);
    expect(onFiled).toHaveBeenCalledWith('draft-1');
    expect(await store.store.list()).toEqual([]);
  });

  test('an invalid referral, or a file whose bytes are gone, stops before anything is kept or sent', async () => {
    const fake = fakeFiler();
    const { coordinator, store } = setup(fake.filer);
    await coordinator.start(fileRequest({ ...referral(), people: 'nobody' }));
    expect(coordinator.getState()).toMatchObject({ phase: 'problem', problem: { kind: 'invalid' } });
    await coordinator.start(fileRequest(referral(), {}));
    expect(coordinator.getState()).toMatchObject({
      phase: 'problem',
      problem: { kind: 'attachment-missing', details: { fileName: 'assessment.pdf' } },
    });
    expect(store.writes).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  test('a service with no mailbox is refused first; the rest is filed only when asked', async () => {
    const fake = fakeFiler();
    const { coordinator } = setup(fake.filer);
    const r = referral({
      services: [
        { serviceId: 'lbbd.phoenix', personIds: ['p1'] },
        { serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] },
      ],
    });
    await coordinator.start(fileRequest(r));
    expect(coordinator.getState()).toMatchObject({ phase: 'refused', refused: [{ serviceId: 'lbbd.phoenix' }] });
    expect(fake.calls).toEqual([]);
    await coordinator.fileTheRest();
    expect(fake.calls.map((c) => c.mailbox)).toEqual([LEWISHAM]);
    expect(coordinator.getState().phase).toBe('done');
  });
});

describe('a job store that fails', () => {
  test('a job that cannot be kept is never filed, and the store’s own plain words are shown', async () => {
    const fake = fakeFiler();
    const { coordinator, store } = setup(fake.filer);
    store.failWrites('quota-exceeded');
    await coordinator.start(fileRequest());
    expect(coordinator.getState()).toMatchObject({
      phase: 'problem',
      problem: { kind: 'storage', message: new JobStoreError('quota-exceeded').message },
    });
    expect(fake.calls).toEqual([]);
  });

  test('a store that fails mid-run stops the run as a storage problem, never a crash', async () => {
    const store = fakeJobStore();
    const fake = fakeFiler(async () => store.failWrites('write-failed'));
    const { coordinator } = setup(fake.filer, { openStore: async () => store.store });
    await coordinator.start(fileRequest());
    // The first mailbox was sent; the second attempt could not be counted, so it was not made.
    expect(fake.calls.map((c) => c.mailbox)).toEqual([LEWISHAM]);
    expect(coordinator.getState()).toMatchObject({ phase: 'problem', problem: { kind: 'storage' } });
  });
});

describe('resume after a crash', () => {
  test('an unfinished job found at open is announced, then resumed: mailboxes tried before check first', async () => {
    const store = fakeJobStore();
    const crashed = setup(
      fakeFiler(() => new Promise(() => undefined)).filer, // the pane closes mid-filing
      { openStore: async () => store.store },
    );
    void crashed.coordinator.start(fileRequest());
    await new Promise((r) => setTimeout(r, 10));
    crashed.coordinator.dispose();

    const fake = fakeFiler();
    const { coordinator, onFiled, events } = setup(fake.filer, { openStore: async () => store.store });
    await coordinator.resume();
    expect(labels(events).slice(0, 3)).toEqual(['resumed', 'job', 'running']);
    expect(fake.calls.map((c) => [c.mailbox, c.resume])).toEqual([
      [LEWISHAM, true],
      [NOTTS, false],
    ]);
    expect(coordinator.getState().phase).toBe('done');
    expect(onFiled).toHaveBeenCalledWith('draft-1');
    expect(await store.store.list()).toEqual([]);
  });

  test('a finished job whose draft was never cleared is cleared at open, and nothing is filed again', async () => {
    const store = fakeJobStore();
    await setup(fakeFiler().filer, {
      openStore: async () => store.store,
      onFiled: jest.fn(() => Promise.reject(new Error('busy'))),
    }).coordinator.start(fileRequest());
    expect(await store.store.list()).toHaveLength(1); // the draft could not go, so the job stays
    const fake = fakeFiler();
    const { coordinator, onFiled, events } = setup(fake.filer, { openStore: async () => store.store });
    await coordinator.resume();
    expect(onFiled).toHaveBeenCalledWith('draft-1');
    expect(fake.calls).toEqual([]);
    expect(events).toEqual([]);
    expect(await store.store.list()).toEqual([]);
  });

  test('nothing to resume: no events at all', async () => {
    const { coordinator, events } = setup();
    await coordinator.resume();
    expect(events).toEqual([]);
    expect(coordinator.getState().phase).toBe('idle');
  });
});

describe('retry after a failure', () => {
  test('one mailbox fails; the other is sent; retry files only what is left, as a resume', async () => {
    let nottsCalls = 0;
    const fake = fakeFiler(async (request) => {
      if (request.mailbox === NOTTS && (nottsCalls += 1) === 1)
        throw new FilingFailure('throttled', { requestId: 'r-1', retryAfterSeconds: 30 });
    });
    const { coordinator, events } = setup(fake.filer);
    await coordinator.start(fileRequest());
    expect(coordinator.getState().phase).toBe('failed');
    expect(coordinator.getState().mailboxes.map((m) => [m.status, m.failure?.kind])).toEqual([
      ['filed', undefined],
      ['failed', 'throttled'],
    ]);
    expect(labels(events).slice(-2)).toEqual([`failed ${NOTTS}`, 'outcome']);

    await coordinator.retry();
    expect(fake.calls.map((c) => [c.mailbox, c.resume])).toEqual([
      [LEWISHAM, false],
      [NOTTS, false],
      [NOTTS, true],
    ]);
    expect(coordinator.getState().phase).toBe('done');
  });

  test('an error that is not a FilingFailure becomes a server failure, never its own text', async () => {
    const fake = fakeFiler(async () => {
      throw new Error('secret personal data');
    });
    const { coordinator } = setup(fake.filer);
    await coordinator.start(fileRequest());
    expect(coordinator.getState().mailboxes.map((m) => m.failure)).toEqual([
      { kind: 'server', details: {} },
      { kind: 'server', details: {} },
    ]);
  });
});

describe('offline, the filing code, and other windows', () => {
  test('offline: the job is kept and waits; back online, retry files it', async () => {
    let online = false;
    const fake = fakeFiler();
    const { coordinator, store } = setup(fake.filer, { isOnline: () => online });
    await coordinator.start(fileRequest());
    expect(coordinator.getState().phase).toBe('offline');
    expect(fake.calls).toEqual([]);
    expect(await store.store.list()).toHaveLength(1);
    online = true;
    await coordinator.retry();
    expect(coordinator.getState().phase).toBe('done');
    expect(fake.calls).toHaveLength(2);
  });

  test('a connection lost mid-run stops the run; what is left waits for the connection', async () => {
    const fake = fakeFiler(async () => {
      throw new FilingFailure('offline');
    });
    const { coordinator } = setup(fake.filer);
    await coordinator.start(fileRequest());
    expect(coordinator.getState().phase).toBe('offline');
    expect(fake.calls.map((c) => c.mailbox)).toEqual([LEWISHAM]);
  });

  test('the filing code cannot be fetched: a problem when online, a wait when offline', async () => {
    let online = true;
    const { coordinator } = setup(fakeFiler().filer, {
      loadFiler: () => Promise.reject(new Error('chunk failed')),
      isOnline: () => online,
    });
    await coordinator.start(fileRequest());
    expect(coordinator.getState()).toMatchObject({ phase: 'problem', problem: { kind: 'server' } });
    online = false;
    // The loader fails after the online check, as a connection dropping mid-fetch does.
    const late = setup(fakeFiler().filer, {
      loadFiler: () => {
        online = false;
        return Promise.reject(new Error('chunk failed'));
      },
      isOnline: () => online,
    });
    online = true;
    await late.coordinator.start(fileRequest());
    expect(late.coordinator.getState().phase).toBe('offline');
  });

  test('another window holds the referral’s lock: nothing is filed here, and the screen says why', async () => {
    const fake = fakeFiler();
    const { coordinator } = setup(fake.filer, { lock: async () => undefined });
    await coordinator.start(fileRequest());
    expect(fake.calls).toEqual([]);
    expect(coordinator.getState().problem?.message).toMatch(/another window/);
  });
});

describe('cancel', () => {
  test('with nothing filed: the screen clears, the job is kept without the files, and the next filing resumes', async () => {
    const fake = fakeFiler(async () => {
      throw new FilingFailure('connection');
    });
    const { coordinator, store, events } = setup(fake.filer);
    await coordinator.start(fileRequest());
    await coordinator.cancel();
    expect(coordinator.getState().phase).toBe('idle');
    expect(events.at(-1)?.type).toBe('reset');
    const [kept] = await store.store.list();
    expect(kept).toMatchObject({ cancelled: true, attachments: [] });

    const again = fakeFiler();
    const next = setup(again.filer, { openStore: async () => store.store });
    await next.coordinator.resume(); // a cancelled job is never resumed by itself
    expect(again.calls).toEqual([]);
    await next.coordinator.start(fileRequest());
    expect(again.calls.map((c) => [c.mailbox, c.resume])).toEqual([
      [LEWISHAM, true],
      [NOTTS, true],
    ]);
  });

  test('with a mailbox filed: the job stays as it was, so that mailbox is never sent twice', async () => {
    const fake = fakeFiler(async (request) => {
      if (request.mailbox === NOTTS) throw new FilingFailure('server');
    });
    const { coordinator, store } = setup(fake.filer);
    await coordinator.start(fileRequest());
    await coordinator.cancel();
    const [kept] = await store.store.list();
    expect(kept?.cancelled).toBeUndefined();
    expect(kept?.mailboxes.map((m) => m.state)).toEqual(['filed', 'pending']);
  });

  test('after dispose, no listener hears anything', async () => {
    const { coordinator, events } = setup();
    coordinator.dispose();
    await coordinator.start(fileRequest());
    expect(events).toEqual([]);
  });
});
