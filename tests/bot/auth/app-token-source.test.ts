import { tokenEndpointSource } from '../../../src/bot/auth/app-token-source';

function endpoint(answers: (() => Response)[]) {
  const calls: unknown[] = [];
  const fetch = (async (_url: string, init?: RequestInit) => {
    calls.push(JSON.parse(String(init?.body)));
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}
const ok =
  (token: string, expires_in = 3600) =>
  () =>
    Response.json({ access_token: token, token_type: 'Bearer', expires_in });

test('asks with the app id, shares one request, and reuses the token until half its life', async () => {
  const clock = { t: 0 };
  const e = endpoint([ok('one', 100), ok('two', 100)]);
  const source = tokenEndpointSource({
    url: 'https://s/sandbox/token',
    appId: 'app',
    fetch: e.fetch,
    now: () => clock.t,
  });
  expect(await Promise.all([source.getToken(['a']), source.getToken(['b'])])).toEqual(['one', 'one']);
  expect(e.calls).toEqual([{ appId: 'app' }]);
  clock.t = 49_000;
  expect(await source.getToken(['a'])).toBe('one');
  clock.t = 50_000;
  expect(await source.getToken(['a'])).toBe('two');
});

test('a refusal or a malformed answer is an error and is not kept', async () => {
  const e = endpoint([() => new Response('no', { status: 403 }), () => Response.json({ nope: 1 }), ok('three')]);
  const source = tokenEndpointSource({ url: 'https://s/t', appId: 'app', fetch: e.fetch });
  await expect(source.getToken([])).rejects.toThrow(/HTTP 403/);
  await expect(source.getToken([])).rejects.toThrow();
  expect(await source.getToken([])).toBe('three');
});

test('forceRefresh fetches a new token', async () => {
  const e = endpoint([ok('one'), ok('two')]);
  const source = tokenEndpointSource({ url: 'https://s/t', appId: 'app', fetch: e.fetch });
  expect(await source.getToken([])).toBe('one');
  expect(await source.getToken([], { forceRefresh: true })).toBe('two');
});
