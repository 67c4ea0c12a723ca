// Every error status with Graph's envelope, and the client's RetryHandler recovering from
// injected 429s (Retry-After) and 503s.
import { createHmac } from 'node:crypto';
import { GraphError, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { graphFailure, type Harness, LEWISHAM_MAILBOX, REFERRER, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(async () => {
  await h.fetch('/sandbox/faults', { method: 'DELETE' });
});

const REQUEST_ID = /^[0-9a-f-]{36}$/;

function expectEnvelope(e: Awaited<ReturnType<typeof graphFailure>>, status: number, code: string): void {
  expect(e).toBeInstanceOf(GraphError);
  expect(e.statusCode).toBe(status);
  expect(e.code).toBe(code);
  expect(e.requestId).toMatch(REQUEST_ID);
  expect(Number.isNaN(e.date.getTime())).toBe(false);
  const body = JSON.parse(e.body) as { code: string; message: string; innerError: Record<string, string> };
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.innerError['request-id']).toBe(e.requestId);
  expect(body.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  // The client sends a client-request-id; Graph echoes it in the envelope and the headers.
  expect(body.innerError['client-request-id']).toMatch(REQUEST_ID);
  expect(e.headers?.get('request-id')).toBe(e.requestId);
  expect(e.headers?.get('client-request-id')).toBe(body.innerError['client-request-id']);
}

async function setFaults(settings: object): Promise<void> {
  const res = await h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  expect(res.status).toBe(200);
}

describe('error statuses in the Graph envelope', () => {
  test('401 InvalidAuthenticationToken: missing, garbage, tampered, unsigned and expired tokens', async () => {
    const good = await h.token(REFERRER);
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, oid: 'someone-else' })).toString('base64url');
    const flipped = signature.slice(0, -2) + (signature.endsWith('A') ? 'BB' : 'AA');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const wrongKey = `${header}.${payload}.${createHmac('sha256', 'not the key').update(`${header}.${payload}`).digest('base64url')}`;
    for (const token of [
      '',
      'garbage',
      `${header}.${forged}.${signature}`,
      `${header}.${payload}.${flipped}`,
      unsigned,
      wrongKey,
    ]) {
      const client = await h.client({ token });
      expectEnvelope(await graphFailure(client.api('/me').get()), 401, 'InvalidAuthenticationToken');
    }
    const client = await h.client({ token: good });
    await expect(client.api('/me').get()).resolves.toMatchObject({ userPrincipalName: REFERRER });
    h.clock.now += 2 * 3600 * 1000;
    try {
      expectEnvelope(await graphFailure(client.api('/me').get()), 401, 'InvalidAuthenticationToken');
    } finally {
      h.clock.now -= 2 * 3600 * 1000;
    }
  });

  test('403, 404 ErrorInvalidUser, 404 ErrorItemNotFound, 400, 413 and 501', async () => {
    const client = await h.client(REFERRER);
    expectEnvelope(
      await graphFailure(client.api(`/users/${LEWISHAM_MAILBOX}/messages`).get()),
      403,
      'ErrorAccessDenied',
    );
    expectEnvelope(
      await graphFailure(client.api('/users/nobody@nowhere.example/messages').get()),
      404,
      'ErrorInvalidUser',
    );
    expectEnvelope(await graphFailure(client.api('/me/messages/AAMkADnotthere').get()), 404, 'ErrorItemNotFound');
    expectEnvelope(
      await graphFailure(client.api('/me/mailFolders/notafolder/messages').get()),
      404,
      'ErrorItemNotFound',
    );
    expectEnvelope(
      await graphFailure(client.api('/me/messages').post({ toRecipients: 'not a list' })),
      400,
      'RequestBodyRead',
    );
    expectEnvelope(
      await graphFailure(client.api('/me/messages').filter("subject eq 'unterminated").get()),
      400,
      'BadRequest',
    );
    const draft = (await client.api('/me/messages').post({ subject: 'no recipients' })) as { id: string };
    expectEnvelope(
      await graphFailure(client.api(`/me/messages/${draft.id}/send`).post({})),
      400,
      'ErrorInvalidRecipients',
    );
    const tooBig = Buffer.alloc(3_200_000).toString('base64');
    expectEnvelope(
      await graphFailure(
        client
          .api(`/me/messages/${draft.id}/attachments`)
          .post({ '@odata.type': '#microsoft.graph.fileAttachment', name: 'big.bin', contentBytes: tooBig }),
      ),
      413,
      'RequestEntityTooLarge',
    );
    expectEnvelope(await graphFailure(client.api('/me/events').get()), 501, 'NotImplemented');
    expectEnvelope(await graphFailure(client.api('/me/messages').put({})), 501, 'NotImplemented');
  });
});

describe('the RetryHandler against injected faults', () => {
  test('two 429s with Retry-After are retried and the call succeeds', async () => {
    await setFaults({ rate429: 1, limit: 2, retryAfterSeconds: 1, pathPrefix: '/graph/v1.0/me' });
    const client = await h.client(REFERRER);
    await expect(client.api('/me').get()).resolves.toMatchObject({ userPrincipalName: REFERRER });
    const status = (await (await h.fetch('/sandbox/faults')).json()) as { injected: number; remaining: number };
    expect(status).toMatchObject({ injected: 2, remaining: 0 });
  });

  test('a 503 is retried too', async () => {
    await setFaults({ rate503: 1, limit: 1, retryAfterSeconds: 0 });
    const client = await h.client(REFERRER);
    await expect(client.api('/me/mailFolders').get()).resolves.toMatchObject({ value: expect.any(Array) });
  });

  test('past maxRetries the client sees the 429 in the envelope with Retry-After', async () => {
    await setFaults({ rate429: 1, limit: 10, retryAfterSeconds: 0 });
    const client = await h.client(REFERRER);
    const e = await graphFailure(
      client
        .api('/me')
        .middlewareOptions([new RetryHandlerOptions(0, 2)])
        .get(),
    );
    expectEnvelope(e, 429, 'TooManyRequests');
    expect(e.headers?.get('retry-after')).toBe('0');
    const status = (await (await h.fetch('/sandbox/faults')).json()) as { injected: number };
    expect(status.injected).toBe(3);
  });

  test('faults outside the path prefix leave other requests alone', async () => {
    await setFaults({ rate503: 1, pathPrefix: '/graph/v1.0/me/mailFolders' });
    const client = await h.client(REFERRER);
    await expect(client.api('/me').get()).resolves.toMatchObject({ userPrincipalName: REFERRER });
    const e = await graphFailure(
      client
        .api('/me/mailFolders')
        .middlewareOptions([new RetryHandlerOptions(0, 0)])
        .get(),
    );
    expectEnvelope(e, 503, 'ServiceUnavailable');
  });
});
