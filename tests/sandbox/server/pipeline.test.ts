// Pipeline behaviour below the Graph client: dropped connections, limits, malformed input, areas.
import { request } from 'node:https';
import { type Harness, REFERRER, startHarness } from '../../conformance/support';

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startHarness();
  token = await h.token(REFERRER);
});
afterAll(() => h.close());
afterEach(async () => {
  await h.fetch('/sandbox/faults', { method: 'DELETE' });
});

const graph = (path: string, init: RequestInit = {}) =>
  h.fetch(`/graph/v1.0${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

test('a dropped-connection fault closes the socket without an answer; the control endpoints are never faulted', async () => {
  await h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rateDrop: 1, limit: 1 }),
  });
  await expect(graph('/me')).rejects.toThrow();
  expect((await graph('/me')).status).toBe(200);
  await h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rate503: 1, latencyMs: 5 }),
  });
  expect((await h.fetch('/sandbox/personas')).status).toBe(200);
  expect((await h.fetch('/sandbox/')).status).toBe(200);
  const faulted = await graph('/me');
  expect(faulted.status).toBe(503);
  expect(faulted.headers.get('retry-after')).toBe('1');
});

test('bad fault settings and bad sign-ins answer 400 in the envelope', async () => {
  const bad = await h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"rate429": 5}',
  });
  expect(bad.status).toBe(400);
  expect(await errorCode(bad)).toBe('RequestBodyRead');
  const unknown = await h.fetch('/sandbox/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"upn":"nobody@sandbox.test"}',
  });
  expect(unknown.status).toBe(400);
  const both = await h.fetch('/sandbox/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"upn":"a@b.c","appId":"x"}',
  });
  expect(both.status).toBe(400);
});

test('malformed JSON, oversized bodies, odd paths and methods', async () => {
  const json = { 'content-type': 'application/json' };
  const notJson = await graph('/me/messages', { method: 'POST', headers: json, body: '{"subject": ' });
  expect(notJson.status).toBe(400);
  expect(await errorCode(notJson)).toBe('BadRequest');
  const big = await graph('/me/messages', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ subject: 'x'.repeat(4 * 1024 * 1024) }),
  });
  expect(big.status).toBe(413);
  expect(await errorCode(big)).toBe('RequestEntityTooLarge');
  expect((await graph('/me/messages/%E0%A4%A')).status).toBe(400);
  const beta = await h.fetch('/graph/beta/me', { headers: { authorization: `Bearer ${token}` } });
  expect(beta.status).toBe(501);
  expect(await errorCode(beta)).toBe('NotImplemented');
  expect((await graph('/me/mailFolders/deleteditems/messages')).status).toBe(501);
  // A 501 needs no token: unknown paths are refused before auth.
  expect((await h.fetch('/graph/v1.0/me/contacts')).status).toBe(501);
});

test('client-request-id is echoed only when it is a sane id', async () => {
  const ok = await graph('/me', { headers: { 'client-request-id': 'abc-123' } });
  expect(ok.headers.get('client-request-id')).toBe('abc-123');
  const hostile = await graph('/me/nothing', { headers: { 'client-request-id': 'a b<script>' } });
  expect(hostile.headers.get('client-request-id')).toBeNull();
  const body = (await hostile.json()) as { error: { innerError: Record<string, string> } };
  expect(body.error.innerError['client-request-id']).toBeUndefined();
  expect(body.error.innerError['request-id']).toBe(hostile.headers.get('request-id'));
});

test('the server refuses to be reached by a client that does not trust its certificate', async () => {
  await expect(
    new Promise((resolve, reject) => {
      const req = request(`${h.sandbox.origin}/sandbox/personas`, resolve);
      req.on('error', reject);
      req.end();
    }),
  ).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  const trusted = await new Promise<number>((resolve, reject) => {
    const req = request(
      `https://127.0.0.1:${h.sandbox.port}/sandbox/personas`,
      { ca: h.sandbox.certificatePem },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
  // The certificate names 127.0.0.1 as well as localhost.
  expect(trusted).toBe(200);
});
