// A filing interrupted at any step resumes and never makes a second message for (referral id, mailbox).
import { randomUUID } from 'node:crypto';
import { fileToMailbox, GraphFailure, referralPropertiesFor, type MessageProgress } from '../../../src/graph';
import {
  clearFaults,
  failureOf,
  fileOf,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  patternBytes,
  REFERRER,
  requestFor,
  setFaults,
  standardFiles,
  startHarness,
} from '../support';
import { attachmentsOf, ownMessages, receivedBy, sha } from './inbox-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => clearFaults(h));

async function expectFiledOnce(referralId: string, files: { read(): Promise<Uint8Array> }[], draftsLeft = 0) {
  const inbox = await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId);
  expect(inbox).toHaveLength(1);
  const attached = await attachmentsOf(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, inbox[0]!.id);
  const expected = await Promise.all(files.map((f) => f.read()));
  expect(attached.map((a) => sha(a.bytes))).toEqual(expected.map(sha));
  expect(await ownMessages(h, REFERRER, 'drafts', referralId)).toHaveLength(draftsLeft);
  expect(await ownMessages(h, REFERRER, 'sentitems', referralId)).toHaveLength(1);
}

test('a connection dropped in the middle of an upload, then resume: the draft is reused, the file re-sent, one message', async () => {
  const referralId = randomUUID();
  const big = fileOf('scan', 'scan.pdf', 'application/pdf', patternBytes(12 * 1024 * 1024, 11));
  const files = standardFiles([big]);
  const { gateway, link, wire } = gatewayFor(h, REFERRER);
  let ranges = 0;
  link.before = async (url, method) => {
    // Drop the second range: half the file is on the server, in a session Graph does not list as an attachment.
    if (method === 'PUT' && (ranges += 1) === 2)
      await setFaults(h, { rateDrop: 1, limit: 1, pathPrefix: new URL(url).pathname });
  };
  const failure = await failureOf(fileToMailbox(gateway, requestFor(referralId, LEWISHAM_MAILBOX, files)));
  expect(failure).toBeInstanceOf(GraphFailure);
  expect(failure).toMatchObject({ kind: 'offline', retryable: true, detail: { mailbox: LEWISHAM_MAILBOX } });
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(0);

  link.before = undefined;
  wire.length = 0;
  const events: MessageProgress[] = [];
  const result = await fileToMailbox(gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), {
    resume: true,
    onProgress: (e) => events.push(e),
  });
  expect(result.outcome).toBe('sent');
  await expectFiledOnce(referralId, files);
  // Resume: check + list attachments, then only the big file again (session + 3 ranges), one more look, then send.
  expect(wire.map((e) => e.method)).toEqual(['GET', 'GET', 'POST', 'PUT', 'PUT', 'PUT', 'GET', 'POST']);
  expect(
    events.filter((e) => e.type === 'file' && e.alreadyAttached).map((e) => e.type === 'file' && e.fileId),
  ).toEqual(['referral-json', 'referral-pdf']);
  expect(events.filter((e) => e.type === 'step').map((e) => e.type === 'step' && e.step)).toEqual([
    'checking',
    'attaching',
    'sending',
    'filed',
  ]);
});

test('a /send whose connection drops before it is handled: resume finds the draft and sends it once', async () => {
  const referralId = randomUUID();
  const files = standardFiles();
  const request = requestFor(referralId, LEWISHAM_MAILBOX, files);
  const g = gatewayFor(h, REFERRER);
  // From /send on: the drop also hits the check right after the failed send (same prefix), so the outcome stays unknown.
  g.link.before = async (url, method) => {
    if (method === 'POST' && url.endsWith('/send'))
      await setFaults(h, { rateDrop: 1, limit: 2, pathPrefix: '/graph/v1.0/me/messages' });
  };
  const failure = await failureOf(fileToMailbox(g.gateway, request));
  expect(failure).toMatchObject({ kind: 'offline', retryable: true, detail: { uncertain: true } });
  expect(await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId)).toHaveLength(0);
  expect(await ownMessages(h, REFERRER, 'drafts', referralId)).toHaveLength(1);

  g.link.before = undefined;
  const result = await fileToMailbox(g.gateway, request, { resume: true });
  expect(result.outcome).toBe('sent');
  await expectFiledOnce(referralId, files);
});

test('a /send that took effect but whose answer was lost: the check right after finds it sent, nothing is sent again', async () => {
  const referralId = randomUUID();
  const files = standardFiles();
  const g = gatewayFor(h, REFERRER);
  g.link.before = async (url, method) => {
    if (method === 'POST' && url.endsWith('/send'))
      await setFaults(h, { rateDrop: 1, dropAfterHandler: true, limit: 1, pathPrefix: new URL(url).pathname });
  };
  const result = await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files));
  expect(result).toMatchObject({ outcome: 'sent', mailbox: LEWISHAM_MAILBOX });
  expect(g.wire.filter((e) => e.path.endsWith('/send'))).toEqual([
    { method: 'POST', path: expect.any(String), status: 0 },
  ]);
  await expectFiledOnce(referralId, files);
});

test('sent, answer lost, and the check fails too: uncertain; a resume then reports it already filed', async () => {
  const referralId = randomUUID();
  const files = standardFiles();
  const g = gatewayFor(h, REFERRER);
  g.link.before = async (url, method) => {
    if (method === 'POST' && url.endsWith('/send'))
      await setFaults(h, { rateDrop: 1, dropAfterHandler: true, limit: 2, pathPrefix: '/graph/v1.0/me/messages' });
  };
  const failure = await failureOf(fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files)));
  expect(failure).toMatchObject({ kind: 'offline', detail: { uncertain: true } });
  g.link.before = undefined;
  const again = await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), { resume: true });
  expect(again.outcome).toBe('already-filed');
  await expectFiledOnce(referralId, files);
  // Resuming a filed referral any number of times sends nothing.
  await expect(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), { resume: true }),
  ).resolves.toMatchObject({ outcome: 'already-filed' });
  await expectFiledOnce(referralId, files);
});

test('a draft created but its answer lost: resume reuses that draft rather than making a second', async () => {
  const referralId = randomUUID();
  const files = standardFiles();
  const g = gatewayFor(h, REFERRER);
  await setFaults(h, { rateDrop: 1, dropAfterHandler: true, limit: 1, pathPrefix: '/graph/v1.0/me/messages' });
  await expect(fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files))).rejects.toMatchObject({
    kind: 'offline',
  });
  expect(await ownMessages(h, REFERRER, 'drafts', referralId)).toHaveLength(1);
  g.wire.length = 0;
  await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), { resume: true });
  expect(g.wire.filter((e) => e.method === 'POST' && e.path.endsWith('/me/messages'))).toHaveLength(0);
  await expectFiledOnce(referralId, files);
});

test('duplicate drafts and a stale attachment from earlier attempts are cleared; only what is missing is attached', async () => {
  const referralId = randomUUID();
  const files = standardFiles();
  const request = requestFor(referralId, LEWISHAM_MAILBOX, files);
  const referrer = await h.client(REFERRER);
  const draft = () => {
    h.clock.now += 1000; // the second draft is the newer one
    return referrer
      .api('/me/messages')
      .header('Prefer', 'IdType="ImmutableId"')
      .post({
        subject: request.subject,
        toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }],
        singleValueExtendedProperties: referralPropertiesFor({
          referralId,
          schemaVersion: '1',
          serviceIds: request.services.map((s) => s.id),
          kind: 'referral',
        }),
      }) as Promise<{ id: string }>;
  };
  const first = await draft();
  await draft();
  const json = await files[0]!.read();
  await referrer.api(`/me/messages/${first.id}/attachments`).post({
    '@odata.type': '#microsoft.graph.fileAttachment',
    name: 'referral.json',
    contentBytes: Buffer.from(json).toString('base64'),
  });
  await referrer.api(`/me/messages/${first.id}/attachments`).post({
    '@odata.type': '#microsoft.graph.fileAttachment',
    name: 'old-letter.txt',
    contentBytes: Buffer.from('stale').toString('base64'),
  });
  // Another referral's draft to this mailbox, this referral's advice request, and its draft to another mailbox stay.
  const other = randomUUID();
  const keep = async (id: string, kind: 'referral' | 'advice', to: string) =>
    referrer.api('/me/messages').post({
      subject: 'kept',
      toRecipients: [{ emailAddress: { address: to } }],
      singleValueExtendedProperties: referralPropertiesFor({
        referralId: id,
        schemaVersion: '1',
        serviceIds: ['lewisham.general'],
        kind,
      }),
    });
  await keep(other, 'referral', LEWISHAM_MAILBOX);
  await keep(referralId, 'advice', LEWISHAM_MAILBOX);
  await keep(referralId, 'referral', 'bdadvocacy@refuge.org.uk');

  const g = gatewayFor(h, REFERRER);
  const result = await fileToMailbox(g.gateway, request, { resume: true });
  expect(result).toMatchObject({ outcome: 'sent', messageId: first.id });
  await expectFiledOnce(referralId, files, 2);
  const inbox = await receivedBy(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, referralId);
  expect((await attachmentsOf(h, LEWISHAM_MANAGER, LEWISHAM_MAILBOX, inbox[0]!.id)).map((a) => a.name)).toEqual([
    'referral.json',
    'referral.pdf',
  ]);
  expect(await ownMessages(h, REFERRER, 'drafts', other)).toHaveLength(1);
  expect(await ownMessages(h, REFERRER, 'drafts', referralId)).toHaveLength(2);
});

test('cancelling between steps stops the filing; resuming finishes it once', async () => {
  const referralId = randomUUID();
  const files = standardFiles([fileOf('scan', 'scan.pdf', 'application/pdf', patternBytes(9 * 1024 * 1024, 5))]);
  const g = gatewayFor(h, REFERRER);
  const controller = new AbortController();
  const stopAfterFirstRange = (e: MessageProgress) => {
    if (e.type === 'file' && e.fileId === 'scan' && e.bytesSent > 0) controller.abort();
  };
  const failure = await failureOf(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), {
      signal: controller.signal,
      onProgress: stopAfterFirstRange,
    }),
  );
  expect(failure).toMatchObject({ kind: 'cancelled', retryable: true });
  expect(g.wire.filter((e) => e.method === 'PUT')).toHaveLength(1);
  expect(g.wire.filter((e) => e.path.endsWith('/send'))).toHaveLength(0);

  const stopped = new AbortController();
  stopped.abort();
  await expect(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), { resume: true, signal: stopped.signal }),
  ).rejects.toMatchObject({ kind: 'cancelled' });
  await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), { resume: true });
  await expectFiledOnce(referralId, files);
});

/** The rest of a file, from `start`, to an upload session another attempt opened: the range a closed pane left in flight. */
async function putRest(url: string, bytes: Uint8Array, start: number): Promise<number> {
  const late = gatewayFor(h, REFERRER);
  const end = Math.min(bytes.length, start + 4 * 1024 * 1024) - 1;
  const put = late.gateway.uploadClient
    .api(url)
    .headers({ 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Content-Length': String(end - start + 1) })
    .put(new Blob([bytes.slice(start, end + 1)]));
  await put.catch(() => undefined);
  if (end + 1 < bytes.length && late.wire.at(-1)?.status === 200) return putRest(url, bytes, end + 1);
  return late.wire.at(-1)?.status ?? 0;
}

/** A first attempt that opens an upload session for `big` and loses its second range; returns the sessions it reported. */
async function attemptCutShort(referralId: string, files: ReturnType<typeof standardFiles>): Promise<string[]> {
  const g = gatewayFor(h, REFERRER);
  const opened: string[] = [];
  let ranges = 0;
  g.link.before = async (url, method) => {
    if (method === 'PUT' && (ranges += 1) === 2)
      await setFaults(h, { rateDrop: 1, limit: 1, pathPrefix: new URL(url).pathname });
  };
  const onUploadSession = async (url: string) => {
    // Reported once the session is open, before any of its ranges.
    expect(g.wire.filter((e) => e.method === 'PUT')).toHaveLength(0);
    opened.push(url);
  };
  await expect(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), { onUploadSession }),
  ).rejects.toMatchObject({ kind: 'offline' });
  return opened;
}

test('a resume cancels the upload sessions earlier attempts opened, first, so a range left in flight cannot add a second copy', async () => {
  const referralId = randomUUID();
  const bytes = patternBytes(9 * 1024 * 1024, 17);
  const files = standardFiles([fileOf('letter', 'letter.pdf', 'application/pdf', bytes)]);
  const abandoned = await attemptCutShort(referralId, files);
  expect(abandoned).toEqual([expect.stringMatching(/^https:\/\/.+\/upload\//)]);

  const g = gatewayFor(h, REFERRER);
  const reopened: string[] = [];
  await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), {
    resume: true,
    abandonedUploads: abandoned,
    onUploadSession: async (url) => void reopened.push(url),
  });
  expect(g.wire[0]).toMatchObject({ method: 'DELETE', status: 204 });
  expect(reopened).toHaveLength(1);
  expect(reopened[0]).not.toBe(abandoned[0]);
  // The closed pane's range arrives now: its session is gone.
  await expect(putRest(abandoned[0]!, bytes, 4 * 1024 * 1024)).resolves.toBe(404);
  await expectFiledOnce(referralId, files);
});

test('sessions already gone (finished, expired or cancelled) are no obstacle to a resume', async () => {
  const referralId = randomUUID();
  const files = standardFiles([fileOf('letter', 'letter.pdf', 'application/pdf', patternBytes(5 * 1024 * 1024, 19))]);
  const [abandoned] = await attemptCutShort(referralId, files);
  const g = gatewayFor(h, REFERRER);
  const twice = [abandoned!, abandoned!];
  await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), {
    resume: true,
    abandonedUploads: twice,
  });
  expect(g.wire.slice(0, 2).map((e) => [e.method, e.status])).toEqual([
    ['DELETE', 204],
    ['DELETE', 404],
  ]);
  await expectFiledOnce(referralId, files);
});

test('a cancel that gets no answer stops the resume before it changes anything', async () => {
  const referralId = randomUUID();
  const files = standardFiles([fileOf('letter', 'letter.pdf', 'application/pdf', patternBytes(5 * 1024 * 1024, 23))]);
  const abandoned = await attemptCutShort(referralId, files);
  const g = gatewayFor(h, REFERRER);
  await setFaults(h, { rateDrop: 1, limit: 1, pathPrefix: '/upload/' });
  await expect(
    fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), {
      resume: true,
      abandonedUploads: abandoned,
    }),
  ).rejects.toMatchObject({
    kind: 'offline',
  });
  expect(g.wire.map((e) => e.method)).toEqual(['DELETE']);
  expect(await ownMessages(h, REFERRER, 'sentitems', referralId)).toHaveLength(0);
  await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), {
    resume: true,
    abandonedUploads: abandoned,
  });
  await expectFiledOnce(referralId, files);
});

test('resuming: a copy that landed after the draft was listed is removed before sending', async () => {
  const referralId = randomUUID();
  const bytes = patternBytes(9 * 1024 * 1024, 29);
  const files = standardFiles([fileOf('letter', 'letter.pdf', 'application/pdf', bytes)]);
  // The earlier session was never reported (or Graph committed its last range before the cancel reached it).
  const [unreported] = await attemptCutShort(referralId, files);
  const g = gatewayFor(h, REFERRER);
  let landed = 0;
  g.link.before = async (_url, method) => {
    // Once the resume is uploading, the old session's ranges complete and attach the file to the draft.
    if (method === 'PUT' && landed === 0) landed = await putRest(unreported!, bytes, 4 * 1024 * 1024);
  };
  await fileToMailbox(g.gateway, requestFor(referralId, LEWISHAM_MAILBOX, files), { resume: true });
  expect(landed).toBe(201);
  expect(g.wire.filter((e) => e.method === 'DELETE' && e.path.includes('/attachments/'))).toEqual([
    expect.objectContaining({ status: 204 }),
  ]);
  await expectFiledOnce(referralId, files);
});
