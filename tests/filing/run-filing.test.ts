// runJob: one mailbox after another, each attempt counted in the job store before its first request.
import example from '../../docs/examples/referral.json';
import type { Referral } from '../../src/domain';
import { FilingFailure, runJob } from '../../src/filing';
import type { FilingJob, JobEvent, MailboxFiler, MailboxFilingRequest } from '../../src/filing';
import { fakeJobStore } from './fakes';

const A = 'Family.Hub.Referrals@lewisham.gov.uk';
const B = 'parenting.courses@nottsc.gov.uk';
const job: FilingJob = {
  id: example.id,
  draftId: example.id,
  referral: example as unknown as Referral,
  filedAt: '2026-11-23T10:00:00.000Z',
  mailboxes: [
    {
      address: A,
      serviceIds: ['lewisham.nvr'],
      serviceNames: ['NVR'],
      kind: 'referral',
      state: 'pending',
      attempts: 0,
    },
    {
      address: B,
      serviceIds: ['notts.solihull'],
      serviceNames: ['Solihull'],
      kind: 'advice',
      state: 'pending',
      attempts: 2,
    },
  ],
  attachments: [{ id: 'f', name: 'f.txt', contentType: 'text/plain', size: 2, bytes: new Uint8Array([1, 2]) }],
};

async function setup(fileMailbox: MailboxFiler['fileMailbox']) {
  const queue = fakeJobStore().store;
  const events: JobEvent[] = [];
  const deps = {
    store: queue,
    filer: { fileMailbox },
    now: () => new Date('2026-11-23T10:05:00Z'),
    onEvent: (e: JobEvent) => void events.push(e),
  };
  return { queue, events, deps };
}

describe('runJob', () => {
  test('counts each attempt in the queue before its first request; resumes a mailbox tried before', async () => {
    const seen: { request: MailboxFilingRequest; stored: FilingJob | undefined }[] = [];
    const { queue, deps } = await setup(async (request) => {
      seen.push({ request, stored: await queue.get(job.id) });
      return { mailbox: request.mailbox, alreadySent: request.resume };
    });
    const out = await runJob(job, deps);
    expect(out.result).toBe('done');
    expect(seen.map((s) => [s.request.mailbox, s.request.resume, s.request.kind])).toEqual([
      [A, false, 'referral'],
      [B, true, 'advice'],
    ]);
    // While A was being filed, the queue already counted its attempt.
    expect(seen[0]?.stored?.mailboxes.map((m) => m.attempts)).toEqual([1, 2]);
    expect(seen[1]?.stored?.mailboxes.map((m) => [m.state, m.attempts])).toEqual([
      ['filed', 1],
      ['pending', 3],
    ]);
    expect(seen[0]?.request.filedAt.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect((await queue.get(job.id))?.mailboxes.map((m) => [m.state, m.filedAt])).toEqual([
      ['filed', '2026-11-23T10:05:00.000Z'],
      ['filed', '2026-11-23T10:05:00.000Z'],
    ]);
  });

  test('a failure stops only its mailbox; an unknown error becomes a server failure', async () => {
    const { events, deps } = await setup(async (request) => {
      if (request.mailbox === A) throw new TypeError('boom');
      return { mailbox: request.mailbox, alreadySent: false };
    });
    const out = await runJob(job, deps);
    expect(out.result).toBe('failed');
    expect(out.job.mailboxes.map((m) => m.state)).toEqual(['pending', 'filed']);
    const failed = events.find((e) => e.type === 'failed');
    expect(failed?.type === 'failed' && failed.failure.kind).toBe('server');
  });

  test('offline stops the run: what is left waits for the connection', async () => {
    const calls: string[] = [];
    const { deps } = await setup(async (request) => {
      calls.push(request.mailbox);
      throw new FilingFailure('offline');
    });
    const out = await runJob(job, deps);
    expect(out.result).toBe('offline');
    expect(calls).toEqual([A]);
    expect(out.job.mailboxes.map((m) => m.attempts)).toEqual([1, 2]);
  });

  test('filed mailboxes are skipped', async () => {
    const calls: string[] = [];
    const { deps } = await setup(async (request) => {
      calls.push(request.mailbox);
      return { mailbox: request.mailbox, alreadySent: false };
    });
    await runJob({ ...job, mailboxes: job.mailboxes.map((m, i) => (i === 0 ? { ...m, state: 'filed' } : m)) }, deps);
    expect(calls).toEqual([B]);
  });

  test('each upload session is kept in the queue before its first range, handed to the next attempt to cancel, and dropped once filed', async () => {
    const first =
      "https://outlook.office.com/api/gv1.0/users('me')/messages('m')/AttachmentSessions('s1')?authtoken=one";
    const second =
      "https://outlook.office.com/api/gv1.0/users('me')/messages('m')/AttachmentSessions('s2')?authtoken=two";
    const requests: MailboxFilingRequest[] = [];
    let stored: string[] | undefined;
    let attempt = 0;
    const { queue, deps } = await setup(async (request, _progress, onUploadSession) => {
      requests.push(request);
      if (request.mailbox !== A) return { mailbox: request.mailbox, alreadySent: false };
      attempt += 1;
      await onUploadSession?.(attempt === 1 ? first : second);
      stored = (await queue.get(job.id))?.mailboxes[0]?.uploads;
      if (attempt === 1) throw new FilingFailure('connection');
      return { mailbox: request.mailbox, alreadySent: false };
    });
    const cut = await runJob(job, deps);
    expect(cut.result).toBe('failed');
    expect(stored).toEqual([first]);
    expect(cut.job.mailboxes[0]?.uploads).toEqual([first]);
    expect(requests[0]?.abandonedUploads).toEqual([]);

    requests.length = 0;
    const done = await runJob(cut.job, deps);
    expect(done.result).toBe('done');
    expect(requests.map((r) => [r.mailbox, r.resume, r.abandonedUploads])).toEqual([[A, true, [first]]]);
    expect(stored).toEqual([first, second]);
    expect((await queue.get(job.id))?.mailboxes[0]?.uploads).toEqual([]);
  });

  test('a send under way is kept before /send; the next attempt is told it may have gone; a refusal clears it', async () => {
    const requests: MailboxFilingRequest[] = [];
    let storedAtSend: boolean | undefined;
    let attempt = 0;
    const { queue, deps } = await setup(async (request, _progress, _upload, onSend) => {
      requests.push(request);
      if (request.mailbox !== A) return { mailbox: request.mailbox, alreadySent: false };
      attempt += 1;
      await onSend?.('starting');
      storedAtSend = (await queue.get(job.id))?.mailboxes[0]?.sending;
      if (attempt === 1) throw new FilingFailure('connection'); // no answer: it may have gone
      if (attempt === 2) {
        await onSend?.('refused'); // Microsoft 365 said no: nothing went
        throw new FilingFailure('server');
      }
      return { mailbox: request.mailbox, alreadySent: true };
    });
    const cut = await runJob(job, deps);
    expect(storedAtSend).toBe(true);
    expect(cut.job.mailboxes[0]?.sending).toBe(true);
    const refused = await runJob(cut.job, deps);
    expect(refused.job.mailboxes[0]?.sending).toBe(false);
    const done = await runJob(refused.job, deps);
    expect(done.result).toBe('done');
    expect(requests.filter((r) => r.mailbox === A).map((r) => r.sendMayHaveGone)).toEqual([false, true, false]);
    expect((await queue.get(job.id))?.mailboxes[0]).toMatchObject({ state: 'filed', sending: false });
  });

  test('a job that cannot be kept is not filed', async () => {
    const calls: string[] = [];
    const { deps } = await setup(async (request) => {
      calls.push(request.mailbox);
      return { mailbox: request.mailbox, alreadySent: false };
    });
    const failing = { ...deps, store: { ...deps.store, put: () => Promise.reject(new Error('quota')) } };
    await expect(runJob(job, failing)).rejects.toThrow('quota');
    expect(calls).toEqual([]);
  });
});
