import { hostWarning, parseCli } from '../../src/sandbox/main';

test('defaults: disk store in .sandbox, port 3000, loopback', () => {
  expect(parseCli([], {})).toEqual({
    memory: false,
    dataDir: '.sandbox',
    port: 3000,
    host: '127.0.0.1',
    faults: undefined,
    botEndpoint: 'http://127.0.0.1:3978/api/messages',
  });
});

test('the bot endpoint: --bot-endpoint beats SANDBOX_BOT_ENDPOINT; only http(s) without credentials', () => {
  expect(parseCli([], { SANDBOX_BOT_ENDPOINT: 'http://127.0.0.1:4000/api/messages' })).toMatchObject({
    botEndpoint: 'http://127.0.0.1:4000/api/messages',
  });
  expect(
    parseCli(['--bot-endpoint', 'https://localhost:5000/api/messages'], {
      SANDBOX_BOT_ENDPOINT: 'http://127.0.0.1:4000/api/messages',
    }),
  ).toMatchObject({ botEndpoint: 'https://localhost:5000/api/messages' });
  for (const [argv, env] of [
    [['--bot-endpoint'], {}],
    [['--bot-endpoint', 'file:///etc/passwd'], {}],
    [['--bot-endpoint', 'http://user:secret@127.0.0.1:3978/'], {}],
    [[], { SANDBOX_BOT_ENDPOINT: 'not a url' }],
  ] as const) {
    expect(parseCli(argv, env)).toMatch(/bot|BOT/);
  }
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

test('--host beyond loopback prints a warning that anyone reaching it can sign in; loopback says nothing', () => {
  for (const host of ['127.0.0.1', '::1', 'localhost', '127.1.2.3']) expect(hostWarning(host)).toBeUndefined();
  for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
    const warning = hostWarning(host);
    expect(warning).toContain(`listening on ${host}`);
    expect(warning).toContain('sign in as any persona');
  }
});
