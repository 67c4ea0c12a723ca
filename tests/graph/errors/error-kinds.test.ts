// Every failure is a GraphFailure with a kind to branch on and, where Graph gave one, its request id (in its message too,
// for logs). Words for people come from filing's one table, not from here.
import { randomUUID } from 'node:crypto';
import { catalogue } from '../../../src/catalogues';
import type { GraphFailure } from '../../../src/graph';
import { planFiling } from '../../../src/filing';
import { fileToMailbox, toGraphFailure } from '../../../src/graph';
import {
  clearFaults,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  REFERRER,
  requestFor,
  setFaults,
  standardFiles,
  startHarness,
} from '../support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => clearFaults(h));

const failureOf = async (p: Promise<unknown>): Promise<GraphFailure> => {
  try {
    await p;
  } catch (e) {
    return toGraphFailure(e);
  }
  throw new Error('expected a failure');
};
const REQUEST_ID = /^[0-9a-f-]{36}$/;

test('mailbox-not-found: Graph says the mailbox does not exist (404 ErrorInvalidUser), with its request id', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const f = await failureOf(gateway.client.api('/users/no.such.team@lewisham.gov.uk/messages').get());
  expect(f).toMatchObject({
    kind: 'mailbox-not-found',
    retryable: false,
    detail: { status: 404, code: 'ErrorInvalidUser', requestId: expect.stringMatching(REQUEST_ID) },
  });
  expect(f.message).toContain(f.requestId);
});

test('mailbox-not-found: /send refuses the recipient (400 ErrorInvalidRecipients)', async () => {
  // The catalogue schema only admits valid addresses; a bad one can still come from an edited or older catalogue.
  const { gateway } = gatewayFor(h, REFERRER);
  const draft = (await gateway.client
    .api('/me/messages')
    .post({ subject: 's', toRecipients: [{ emailAddress: { address: 'not an address' } }] })) as { id: string };
  const f = await failureOf(gateway.client.api(`/me/messages/${draft.id}/send`).post({}));
  expect(f).toMatchObject({
    kind: 'mailbox-not-found',
    detail: { status: 400, code: 'ErrorInvalidRecipients', requestId: expect.stringMatching(REQUEST_ID) },
  });
});

test('no-permission: the referrer may not read a service mailbox (403)', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const f = await failureOf(gateway.client.api(`/users/${LEWISHAM_MAILBOX}/messages`).get());
  expect(f).toMatchObject({
    kind: 'no-permission',
    retryable: false,
    detail: { status: 403, requestId: expect.stringMatching(REQUEST_ID) },
  });
  expect(f.message).toMatch(/no-permission/);
});

test('throttled after the retries ran out, with the wait; server for a 503 storm; both retryable', async () => {
  const { gateway } = gatewayFor(h, REFERRER, { retry: { maxRetries: 1 } });
  await setFaults(h, { rate429: 1, limit: 2, retryAfterSeconds: 7 });
  expect(await failureOf(gateway.client.api('/me').get())).toMatchObject({
    kind: 'throttled',
    retryable: true,
    detail: { waitSeconds: 7, status: 429, requestId: expect.stringMatching(REQUEST_ID) },
  });
  await setFaults(h, { rate503: 1, limit: 2, retryAfterSeconds: 2 });
  expect(await failureOf(gateway.client.api('/me').get())).toMatchObject({
    kind: 'server',
    retryable: true,
    detail: { waitSeconds: 2, status: 503 },
  });
});

test('offline: a dropped connection is retryable and says the referral is kept', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  await setFaults(h, { rateDrop: 1, limit: 1 });
  const f = await failureOf(gateway.client.api('/me').get());
  expect(f).toMatchObject({ kind: 'offline', retryable: true });
  expect(f.requestId).toBeUndefined();
  expect(f.message).toMatch(/offline/);
});

test('signed-out: the token source fails, or Graph refuses even a renewed token', async () => {
  const failing = gatewayFor(h, REFERRER, {
    tokenSource: { getToken: async () => Promise.reject(new Error('popup blocked')) },
  });
  expect(await failureOf(failing.gateway.client.api('/me').get())).toMatchObject({
    kind: 'signed-out',
    retryable: true,
  });
  expect(failing.wire).toHaveLength(0);

  const getToken = jest.fn(async () => 'not-a-token');
  const refused = gatewayFor(h, REFERRER, { tokenSource: { getToken } });
  const f = await failureOf(refused.gateway.client.api('/me').get());
  expect(f).toMatchObject({
    kind: 'signed-out',
    detail: { status: 401, code: 'InvalidAuthenticationToken', requestId: expect.stringMatching(REQUEST_ID) },
  });
  expect(getToken).toHaveBeenCalledTimes(2);
  expect(getToken).toHaveBeenLastCalledWith(['Mail.ReadWrite', 'Mail.Send'], { forceRefresh: true });
});

test('too-large from Graph itself (an upload session over 150 MB, 413) maps to too-large', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const draft = (await gateway.client.api('/me/messages').post({ subject: 's' })) as { id: string };
  const f = await failureOf(
    gateway.client
      .api(`/me/messages/${draft.id}/attachments/createUploadSession`)
      .post({ AttachmentItem: { attachmentType: 'file', name: 'a.bin', size: 151 * 1024 * 1024 } }),
  );
  expect(f).toMatchObject({ kind: 'too-large', detail: { status: 413 } });
});

test('no-mailbox: a service without a referral mailbox is refused before any request, with the catalogue contact', async () => {
  const without = catalogue.services.find((s) => !s.mailbox && s.contacts?.some((c) => c.email));
  expect(without).toBeDefined();
  const withBox = catalogue.services.find((s) => s.mailbox?.toLowerCase() === LEWISHAM_MAILBOX.toLowerCase());
  const chosen = [withBox!, without!].map((s) => ({ serviceId: s.id, personIds: [] }));
  const { mailboxes, refused } = planFiling({ services: chosen }, catalogue);
  expect(mailboxes.map((m) => m.address)).toEqual([withBox!.mailbox]);
  expect(refused).toHaveLength(1);
  const contact = without!.contacts!.find((c) => c.email)!;
  expect(refused[0]).toMatchObject({ serviceId: without!.id, name: without!.name });
  expect(refused[0]!.contact).toContain(contact.email);

  const { gateway, wire } = gatewayFor(h, REFERRER);
  const request = requestFor(randomUUID(), LEWISHAM_MAILBOX, standardFiles(), {
    mailbox: undefined,
    contacts: without!.contacts ?? [],
  });
  const f = await failureOf(fileToMailbox(gateway, request));
  expect(f).toMatchObject({ kind: 'no-mailbox', detail: { contacts: without!.contacts } });
  expect(wire).toHaveLength(0);
});

test('invalid-request: a malformed request is refused before any request, saying which fields', async () => {
  const { gateway, wire } = gatewayFor(h, REFERRER);
  const good = requestFor(randomUUID(), LEWISHAM_MAILBOX, standardFiles());
  const cases = [
    { ...good, referralId: 'not-a-uuid' },
    { ...good, subject: `${good.subject}\r\nBcc: someone@example.com` },
    { ...good, subject: 'OFFICIAL-SENSITIVE: Referral – no reference' },
    { ...good, services: [] },
    { ...good, files: [...good.files, good.files[0]!] },
    { ...good, mailbox: 'family hub' },
  ];
  for (const request of cases) {
    const f = await failureOf(fileToMailbox(gateway, request));
    expect(f.kind).toBe('invalid-request');
    expect(f.detail.problems?.length).toBeGreaterThan(0);
  }
  expect(wire).toHaveLength(0);
});

test('a file whose bytes are not the size it declared is refused before it is attached', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const files = standardFiles();
  const liar = { ...files[1]!, size: 10 };
  const f = await failureOf(fileToMailbox(gateway, requestFor(randomUUID(), LEWISHAM_MAILBOX, [files[0]!, liar])));
  expect(f).toMatchObject({ kind: 'invalid-request' });
});
