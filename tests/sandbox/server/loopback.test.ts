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
