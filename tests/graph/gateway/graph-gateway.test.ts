// The middleware chain with a scripted last link: which requests get tokens and headers, what is retried, what is counted.
import {
  createGraphGateway,
  GraphFailure,
  type GraphGatewayConfig,
  type ThrottleWait,
  type WireEvent,
} from '../../../src/graph';
import { FakeLink, graphError, ok } from './fake-link';

/** Lets queued promise work run (no clock involved) until `done` or `turns` run out. */
async function settle(done: () => boolean, turns = 50): Promise<void> {
  for (let i = 0; i < turns && !done(); i += 1) await new Promise((r) => setImmediate(r));
}

function gatewayWith(link: FakeLink, extra: Partial<GraphGatewayConfig> = {}) {
  const tokens = ['token-1', 'token-2', 'token-3'];
  const getToken = jest.fn(async () => tokens.shift() ?? 'token-x');
  const waits: ThrottleWait[] = [];
  const wire: WireEvent[] = [];
  const slept: number[] = [];
  const gateway = createGraphGateway({
    baseUrl: 'https://localhost:3000/graph/',
    tokenSource: { getToken },
    scopes: ['Mail.Send'],
    httpHandler: link,
    onWait: (w) => waits.push(w),
    onRequest: (e) => wire.push(e),
    retry: {
      sleep: async (s) => void slept.push(s),
      random: () => 0.25,
      now: () => Date.parse('2026-11-02T10:00:00Z'),
    },
    ...extra,
  });
  return { gateway, getToken, waits, wire, slept };
}

test('tokens go to the configured Graph base host only: never to an upload URL or another host', async () => {
  const link = new FakeLink([ok()]);
  const { gateway } = gatewayWith(link);
  await gateway.client.api('/me').get();
  await gateway.client.api('https://evil.example/graph/v1.0/me').get();
  await gateway.uploadClient.api('https://localhost:3000/upload/v1.0/sessions/s1?authtoken=secret').put('x');
  expect(link.seen.map((s) => [s.url.replace(/\?.*/, ''), s.headers.authorization])).toEqual([
    ['https://localhost:3000/graph/v1.0/me', 'Bearer token-1'],
    ['https://evil.example/graph/v1.0/me', undefined],
    ['https://localhost:3000/upload/v1.0/sessions/s1', undefined],
  ]);
});

test('Graph requests prefer immutable ids, keeping any other preference', async () => {
  const link = new FakeLink([ok({ value: [] })]);
  const { gateway } = gatewayWith(link);
  await gateway.client.api('/me/messages').get();
  await gateway.client.api('/me/messages').header('Prefer', 'odata.maxpagesize=5').get();
  expect(link.seen.map((s) => s.headers.prefer)).toEqual([
    'IdType="ImmutableId"',
    'odata.maxpagesize=5, IdType="ImmutableId"',
  ]);
});

test('a 401 InvalidAuthenticationToken is renewed once with forceRefresh; another 401 code is not', async () => {
  const link = new FakeLink([
    graphError(401, 'InvalidAuthenticationToken'),
    ok({ id: 'me' }),
    graphError(401, 'SomethingElse'),
  ]);
  const { gateway, getToken } = gatewayWith(link);
  await expect(gateway.client.api('/me').get()).resolves.toEqual({ id: 'me' });
  expect(link.seen.map((s) => s.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  expect(getToken.mock.calls).toEqual([
    [['Mail.Send'], undefined],
    [['Mail.Send'], { forceRefresh: true }],
  ]);
  await expect(gateway.client.api('/me').get()).rejects.toMatchObject({ statusCode: 401 });
  expect(link.seen).toHaveLength(3);
});

test('Retry-After is honoured as seconds or a date, reported before each wait, and capped by maxRetries', async () => {
  const link = new FakeLink([
    graphError(429, 'TooManyRequests', { 'Retry-After': '2' }),
    graphError(503, 'ServiceUnavailable', { 'Retry-After': 'Mon, 02 Nov 2026 10:00:05 GMT' }),
    graphError(429, 'TooManyRequests'),
    graphError(429, 'TooManyRequests', { 'Retry-After': '4' }),
  ]);
  const { gateway, waits, slept, wire } = gatewayWith(link);
  await expect(gateway.client.api('/me').get()).rejects.toMatchObject({ statusCode: 429 });
  // No Retry-After on the third answer: backoff = 3 s + ½(2³ − 1) rounded + jitter.
  expect(slept).toEqual([2, 5, 3 + 4 + 0.25]);
  expect(waits.map((w) => [w.seconds, w.status, w.attempt, w.requestId])).toEqual([
    [2, 429, 1, 'req-429'],
    [5, 503, 2, 'req-503'],
    [7.25, 429, 3, 'req-429'],
  ]);
  expect(wire.map((e) => e.status)).toEqual([429, 503, 429, 429]);
  expect(link.seen.map((s) => s.headers['retry-attempt'])).toEqual([undefined, '1', '2', '3']);
});

test('504 is retried for GET but not for POST, whose outcome is then uncertain', async () => {
  const link = new FakeLink([graphError(504, 'GatewayTimeout'), ok({ id: 'x' })]);
  const { gateway } = gatewayWith(link);
  await expect(gateway.client.api('/me').get()).resolves.toEqual({ id: 'x' });
  const post = new FakeLink([graphError(504, 'GatewayTimeout'), ok({ id: 'y' })]);
  const { gateway: g2 } = gatewayWith(post);
  await expect(g2.client.api('/me/messages/1/send').post({})).rejects.toMatchObject({ statusCode: 504 });
  expect(post.seen).toHaveLength(1);
});

test('a failed fetch is offline; the wire report has the path but never the query', async () => {
  const link = new FakeLink([new TypeError('fetch failed')]);
  const { gateway, wire } = gatewayWith(link);
  const error = await gateway.uploadClient
    .api('https://localhost:3000/upload/v1.0/sessions/s?authtoken=secret')
    .put('x')
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphFailure);
  expect(error).toMatchObject({ kind: 'offline', retryable: true });
  expect(wire).toEqual([{ method: 'PUT', path: '/upload/v1.0/sessions/s', status: 0 }]);
});

test('on the upload chain an error answer is a GraphFailure with status, code and wait', async () => {
  const link = new FakeLink([graphError(416, 'InvalidRange')]);
  const { gateway } = gatewayWith(link);
  const error = await gateway.uploadClient
    .api('https://localhost:3000/upload/v1.0/sessions/s')
    .put('x')
    .catch((e: unknown) => e);
  expect(error).toMatchObject({
    kind: 'rejected',
    detail: { status: 416, code: 'InvalidRange', requestId: 'req-416' },
  });
});

test('at most 4 requests at a time per mailbox; other mailboxes are not held up', async () => {
  const releases: (() => void)[] = [];
  let inFlight = 0;
  let max = 0;
  const link = new FakeLink([
    () =>
      new Promise<Response>((resolve) => {
        inFlight += 1;
        max = Math.max(max, inFlight);
        releases.push(() => {
          inFlight -= 1;
          resolve(ok());
        });
      }),
  ]);
  const { gateway } = gatewayWith(link);
  const mine = Array.from({ length: 10 }, (_, i) => gateway.client.api(`/me/messages/${i}`).get());
  const theirs = gateway.client.api('/users/Family.Hub.Referrals@lewisham.gov.uk/messages').get();
  await settle(() => inFlight === 5);
  expect(inFlight).toBe(5); // 4 of mine and the shared mailbox's one
  expect(gateway.limiter.inFlight('me')).toBe(4);
  expect(gateway.limiter.inFlight('users/family.hub.referrals@lewisham.gov.uk')).toBe(1);
  while (releases.length > 0) {
    releases.shift()?.();
    await settle(() => false, 5);
  }
  await Promise.all([...mine, theirs]);
  expect(max).toBe(5);
  expect(gateway.limiter.inFlight('me')).toBe(0);
});

test('the token source failing is signed-out, and nothing goes on the wire', async () => {
  const link = new FakeLink([ok()]);
  const { gateway } = gatewayWith(link, { tokenSource: { getToken: async () => Promise.reject(new Error('no')) } });
  await expect(gateway.client.api('/me').get()).rejects.toMatchObject({ kind: 'signed-out' });
  expect(link.seen).toHaveLength(0);
});
