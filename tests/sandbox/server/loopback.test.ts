import type { Handlers } from '../../../src/sandbox/handlers/resources';
import { buildRoutes } from '../../../src/sandbox/routes';
import { GraphError } from '../../../src/sandbox/server/graph-errors';
import { isLoopback } from '../../../src/sandbox/server/loopback';
import { type PipelineContext, type PipelineDeps, stages } from '../../../src/sandbox/server/pipeline';

test.each([
  ['127.0.0.1', true],
  ['127.8.9.10', true],
  ['::1', true],
  ['::ffff:127.0.0.1', true],
  ['localhost', true],
  ['192.0.2.2', false],
  ['::ffff:192.0.2.2', false],
  ['0.0.0.0', false],
  ['127.0.0.1.evil.example', false],
  [undefined, false],
])('isLoopback(%s) is %s', (address, expected) => {
  expect(isLoopback(address)).toBe(expected);
});

describe('the web view answers only on this computer', () => {
  const auth = stages.find((s) => s.name === 'auth') as (typeof stages)[number];
  const deps = {} as PipelineDeps;
  const ctx = (remoteAddress: string | undefined, area: PipelineContext['area'] = 'web') =>
    ({ area, remoteAddress, route: { auth: 'none' }, headers: {} }) as unknown as PipelineContext;

  it('refuses a web view request from another address with 403', async () => {
    const refused = await Promise.resolve()
      .then(() => auth.run(ctx('192.0.2.9'), deps))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphError);
    expect(refused).toMatchObject({ status: 403, code: 'Forbidden' });
  });

  it('lets loopback in, and leaves the other areas to their tokens', async () => {
    await expect(Promise.resolve(auth.run(ctx('127.0.0.1'), deps))).resolves.toBeUndefined();
    await expect(Promise.resolve(auth.run(ctx('::ffff:127.0.0.1'), deps))).resolves.toBeUndefined();
    await expect(Promise.resolve(auth.run(ctx('192.0.2.9', 'dev'), deps))).resolves.toBeUndefined();
  });
});

describe('card clicks and the web view scripts belong to the web view, so they too answer only here', () => {
  const route = stages.find((s) => s.name === 'route') as (typeof stages)[number];
  const noop = new Proxy({}, { get: () => () => undefined });
  const deps = { routes: buildRoutes(new Proxy({}, { get: () => noop }) as Handlers) } as unknown as PipelineDeps;
  const areaOf = async (method: string, path: string) => {
    const ctx = { method, url: new URL(path, 'https://localhost') } as unknown as PipelineContext;
    await route.run(ctx, deps);
    return { area: ctx.area, found: ctx.route !== undefined };
  };

  it.each([
    ['POST', '/sandbox/channels/19%3Aabc%40thread.tacv2/posts/1/actions', 'web'],
    ['GET', '/sandbox/assets/adaptivecards.js', 'web'],
    ['GET', '/sandbox/login/00000000-0000-0000-0000-000000000000/discovery/v2.0/keys', 'dev'],
  ])('%s %s is in the %s area', async (method, path, area) => {
    expect(await areaOf(method, path)).toEqual({ area, found: true });
  });
});
