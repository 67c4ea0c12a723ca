import { parseCli } from '../../src/sandbox/main';

test('defaults: disk store in .sandbox, port 3000, loopback', () => {
  expect(parseCli([], {})).toEqual({
    memory: false,
    dataDir: '.sandbox',
    port: 3000,
    host: '127.0.0.1',
    faults: undefined,
  });
});

test('flags and environment', () => {
  expect(parseCli(['--memory', '--port', '0'], { PORT: '4000' })).toMatchObject({ memory: true, port: 0 });
  expect(parseCli(['--data', '/tmp/x', '--host', '0.0.0.0'], { PORT: '4000' })).toMatchObject({
    dataDir: '/tmp/x',
    port: 4000,
    host: '0.0.0.0',
  });
  expect(parseCli([], { SANDBOX_FAULTS: '{"rate429":0.5,"seed":1}' })).toMatchObject({
    faults: { rate429: 0.5, seed: 1 },
  });
});

test('bad input is an error message, not a crash', () => {
  for (const [argv, env] of [
    [['--port'], {}],
    [['--port', 'x'], {}],
    [['--port', '70000'], {}],
    [['--data'], {}],
    [['--wat'], {}],
    [[], { PORT: 'abc' }],
    [[], { SANDBOX_FAULTS: '{' }],
    [[], { SANDBOX_FAULTS: '{"rate429": 3}' }],
  ] as const) {
    expect(typeof parseCli(argv, env)).toBe('string');
  }
  expect(parseCli(['--help'], {})).toMatch(/^Usage:/);
});
