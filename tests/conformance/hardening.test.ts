// The sandbox's hardening, through the official Graph client where it applies: Exchange's Sent Items window,
// bounded work, $batch kept inside Graph, token checks, JSON-only bodies and links that ignore the Host header.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { Agent, request } from 'undici';
import {
  clearFaults,
  graphFailure,
  type Harness,
  NOTTS_MAILBOX,
  REFERRER,
  setFaults,
  startHarness,
  WORKER,
} from './support';

type Msg = { id: string; subject: string };
type Page = { value: Msg[]; '@odata.nextLink'?: string };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => clearFaults(h));

const subjectsIn = async (path: string, who: string) =>
  ((await (await h.client(who)).api(path).top(100).get()) as Page).value.map((m) => m.subject);

test('sentItemsDelayMs: /send answers 202 and delivers at once; the Sent Items copy appears only after the delay', async () => {
  await setFaults(h, { sentItemsDelayMs: 30_000 });
  const referrer = await h.client(REFERRER);
  const draft = (await referrer.api('/me/messages').post({
    subject: 'Window test',
    toRecipients: [{ emailAddress: { address: NOTTS_MAILBOX } }],
  })) as Msg;
  await referrer.api(`/me/messages/${draft.id}/send`).post(null);

  expect(await subjectsIn('/me/mailFolders/drafts/messages', REFERRER)).not.toContain('Window test');
  expect(await subjectsIn('/me/mailFolders/sentitems/messages', REFERRER)).not.toContain('Window test');
  expect(
    await subjectsIn(`/users/${NOTTS_MAILBOX}/mailFolders/inbox/messages`, 'coordinator.nottsc@sandbox.test'),
  ).toContain('Window test');
  h.clock.now += 29_000;
  expect(await subjectsIn('/me/mailFolders/sentitems/messages', REFERRER)).not.toContain('Window test');
  h.clock.now += 1_000;
  expect(await subjectsIn('/me/mailFolders/sentitems/messages', REFERRER)).toContain('Window test');
});

test('/send is one write to the store: delivery, the Sent Items copy and the draft’s removal together', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-send-'));
  const disk = await startHarness({ dataDir: dir });
  try {
    const referrer = await disk.client(REFERRER);
    const draft = (await referrer.api('/me/messages').post({
      subject: 'One write',
      toRecipients: [
        { emailAddress: { address: NOTTS_MAILBOX } },
        { emailAddress: { address: 'x@elsewhere.example' } },
      ],
    })) as Msg;
    const log = join(dir, 'store', 'data.log');
    const lines = () => readFileSync(log, 'utf8').trimEnd().split('\n');
    const before = lines().length;
    await referrer.api(`/me/messages/${draft.id}/send`).post(null);
    const after = lines();
    expect(after).toHaveLength(before + 1);
    const record = JSON.parse((after.at(-1) as string).replace(/^\w{8} \d+ /, '')) as {
      o: string;
      r: { o: string; c: string }[];
    };
    expect(record.o).toBe('b');
    // The inbox copy, the external record, the Sent Items copy, the draft's tombstone and its removal.
    expect(record.r.map((r) => `${r.o}:${r.c}`).sort()).toEqual(
      ['p:messages', 'p:outbound', 'p:messages', 'p:tombstones', 'd:messages'].sort(),
    );
  } finally {
    await disk.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('$orderby and $select keys are capped with a 400 in Graph’s envelope', async () => {
  const referrer = await h.client(REFERRER);
  const keys = (n: number) => Array.from({ length: n }, () => 'subject').join(',');
  await expect(referrer.api('/me/messages').orderby(keys(10)).get()).resolves.toBeDefined();
  const orderby = await graphFailure(referrer.api('/me/messages').orderby(keys(5000)).get());
  expect(orderby).toMatchObject({ statusCode: 400, code: 'BadRequest' });
  expect(orderby.body).toContain('at most 10');
  const select = await graphFailure(referrer.api('/me/messages').select(keys(65)).get());
  expect(select).toMatchObject({ statusCode: 400, code: 'BadRequest' });
});

test('a $batch body over 1 MB is refused with 413 RequestEntityTooLarge', async () => {
  const referrer = await h.client(REFERRER);
  const batch = new BatchRequestContent();
  for (let i = 0; i < 2; i += 1) {
    batch.addRequest({
      id: String(i + 1),
      request: new Request('https://localhost/v1.0/me/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject: 'big', body: { contentType: 'Text', content: 'x'.repeat(600_000) } }),
      }),
    });
  }
  const refused = await graphFailure(referrer.api('/$batch').post(await batch.getContent()));
  expect(refused).toMatchObject({ statusCode: 413, code: 'RequestEntityTooLarge' });
});

test('$batch items cannot leave /graph/v1.0 for the dev endpoints', async () => {
  const referrer = await h.client(REFERRER);
  const escapes = [
    '/../../sandbox/token',
    '/%2e%2e/%2e%2e/sandbox/token',
    '/..\\..\\sandbox/faults',
    '/me/../../../sandbox/personas',
  ];
  const res = (await referrer.api('/$batch').post({
    requests: escapes.map((url, i) => ({
      id: String(i + 1),
      method: url.endsWith('token') ? 'POST' : 'GET',
      url,
      headers: { 'Content-Type': 'application/json' },
      ...(url.endsWith('token') ? { body: { upn: REFERRER } } : {}),
    })),
  })) as { responses: { id: string; status: number; body: { error?: { code: string }; access_token?: string } }[] };
  for (const r of res.responses) {
    expect(r.status).toBe(400);
    expect(r.body.access_token).toBeUndefined();
    expect(r.body.error?.code).toBe('BadRequest');
  }
  const ok = new BatchResponseContent(
    await referrer.api('/$batch').post({ requests: [{ id: '1', method: 'GET', url: '/me/../me' }] }),
  );
  expect(ok.getResponseById('1').status).toBe(200);
});

test('open upload sessions per mailbox are capped: a fifth answers 403 ErrorQuotaExceeded until one is cancelled', async () => {
  const referrer = await h.client(REFERRER);
  const draft = (await referrer.api('/me/messages').post({ subject: 'uploads' })) as Msg;
  const open = (size = 50_000_000) =>
    referrer.api(`/me/messages/${draft.id}/attachments/createUploadSession`).post({
      AttachmentItem: { attachmentType: 'file', name: 'scan.pdf', size, contentType: 'application/pdf' },
    }) as Promise<{ uploadUrl: string }>;
  const sessions = [await open(), await open(), await open(), await open()];
  const refused = await graphFailure(open());
  expect(refused).toMatchObject({ statusCode: 403, code: 'ErrorQuotaExceeded' });
  await h.fetch(new URL(sessions[0]?.uploadUrl as string).pathname + new URL(sessions[0]?.uploadUrl as string).search, {
    method: 'DELETE',
  });
  await expect(open()).resolves.toHaveProperty('uploadUrl');
  // Bytes count too: three sessions of 150 MB are more than the 300 MB a mailbox may hold open.
  const other = await h.client('coordinator.nottsc@sandbox.test');
  const own = (await other.api('/me/messages').post({ subject: 'big uploads' })) as Msg;
  const big = () =>
    other.api(`/me/messages/${own.id}/attachments/createUploadSession`).post({
      AttachmentItem: { attachmentType: 'file', name: 'video.mp4', size: 150 * 1024 * 1024 },
    });
  await big();
  await big();
  expect(await graphFailure(big())).toMatchObject({ statusCode: 403, code: 'ErrorQuotaExceeded' });
});

test('uploadUrl and @odata.nextLink use the sandbox’s own origin, whatever the Host header says', async () => {
  const token = await h.token(WORKER);
  // Another persona: the referrer's upload sessions are used up above. undici checks the certificate's name against the Host header; the chain is still checked.
  const dispatcher = new Agent({ connect: { ca: h.sandbox.certificatePem, checkServerIdentity: () => undefined } });
  const referrer = await h.client(WORKER);
  await referrer.api('/me/messages').post({ subject: 'one' });
  const draft = (await referrer.api('/me/messages').post({ subject: 'host' })) as Msg;
  const res = await request(`${h.sandbox.origin}/graph/v1.0/me/messages?$top=1`, {
    headers: { authorization: `Bearer ${token}`, host: 'evil.example:443' },
    dispatcher,
  });
  const page = (await res.body.json()) as Page;
  expect(page['@odata.nextLink']).toMatch(new RegExp(`^${h.sandbox.origin}/graph/v1.0/`));
  const session = await request(
    `${h.sandbox.origin}/graph/v1.0/me/messages/${draft.id}/attachments/createUploadSession`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, host: 'evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ AttachmentItem: { attachmentType: 'file', name: 'a.pdf', size: 4_000_000 } }),
      dispatcher,
    },
  );
  expect(((await session.body.json()) as { uploadUrl: string }).uploadUrl).toMatch(
    new RegExp(`^${h.sandbox.origin}/upload/`),
  );
  await dispatcher.close();
});

test('an attachment content type with a line break is refused with 400, inline and for an upload session', async () => {
  const referrer = await h.client(REFERRER);
  const draft = (await referrer.api('/me/messages').post({ subject: 'headers' })) as Msg;
  const inline = await graphFailure(
    referrer.api(`/me/messages/${draft.id}/attachments`).post({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: 'a.txt',
      contentType: 'text/plain\r\nSet-Cookie: x=1',
      contentBytes: Buffer.from('hi').toString('base64'),
    }),
  );
  expect(inline).toMatchObject({ statusCode: 400, code: 'RequestBodyRead' });
  const session = await graphFailure(
    referrer.api(`/me/messages/${draft.id}/attachments/createUploadSession`).post({
      AttachmentItem: { attachmentType: 'file', name: 'a.pdf', size: 4_000_000, contentType: 'application/pdf\n' },
    }),
  );
  expect(session).toMatchObject({ statusCode: 400, code: 'RequestBodyRead' });
  const list = (await referrer.api(`/me/messages/${draft.id}/attachments`).get()) as { value: unknown[] };
  expect(list.value).toEqual([]);
});

test('a 100 KB token gets 401 InvalidAuthenticationToken in Graph’s envelope; a 200 KB head gets a 431 envelope', async () => {
  const huge = await graphFailure((await h.client({ token: 'a'.repeat(100 * 1024) })).api('/me').get());
  expect(huge).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
  const res = await request(`${h.sandbox.origin}/graph/v1.0/me`, {
    headers: { authorization: `Bearer ${'a'.repeat(200 * 1024)}` },
    dispatcher: h.dispatcher,
  });
  expect(res.statusCode).toBe(431);
  expect(((await res.body.json()) as { error: { code: string } }).error.code).toBe('RequestHeaderFieldsTooLarge');
});

test('sign-in tokens are ES256, checkable with the published JWKS, and refused once expired', async () => {
  const jwks = (await (await h.fetch('/sandbox/.well-known/jwks.json')).json()) as Parameters<
    typeof createLocalJWKSet
  >[0];
  const token = await h.token(REFERRER);
  const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
    currentDate: new Date(h.clock.now),
  });
  expect(protectedHeader.alg).toBe('ES256');
  expect(payload).toMatchObject({ upn: REFERRER, aud: '00000003-0000-0000-c000-000000000000' });
  const client = await h.client({ token });
  await expect(client.api('/me').get()).resolves.toHaveProperty('userPrincipalName', REFERRER);
  h.clock.now += 3600 * 1000;
  expect(await graphFailure(client.api('/me').get())).toMatchObject({
    statusCode: 401,
    code: 'InvalidAuthenticationToken',
  });
});

test('only application/json bodies are read as JSON: a text/plain POST to /sandbox/faults is refused with 415', async () => {
  const res = await h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ rate503: 1 }),
  });
  expect(res.status).toBe(415);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UnsupportedMediaType');
  expect(((await (await h.fetch('/sandbox/faults')).json()) as { settings: unknown }).settings).toBeNull();
  const json = await h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ latencyMs: 0 }),
  });
  expect(json.status).toBe(200);
});
