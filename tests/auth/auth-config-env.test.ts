// One schema for a deployment environment: the committed env files pass it, each broken value is named, the pages'
// app-config.json is derived from it, and the page's own zod-free check accepts every app-config.json it derives.
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  appConfigOf,
  EnvironmentError,
  parseDeploymentEnv,
  parseEnvText,
  parsePagesEnv,
  referralCardValues,
} from '../../src/auth/auth-config-env';
import { checkAppConfig } from '../../src/auth/auth-config-parse';
import { envText } from '../manifest/package-fixture';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appConfigFromEnv } = require('../../webpack.config.js') as {
  appConfigFromEnv: (env: Record<string, string | undefined>, root?: string) => unknown;
};

const example = () => parseEnvText(envText('example'), 'env/.env.example');

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof EnvironmentError) return e.problems;
    throw e;
  }
  return [];
}

describe('the committed environments', () => {
  test('env/.env.sandbox: the sandbox sign-in and Graph, served from https://localhost:3000', () => {
    const env = parseDeploymentEnv(parseEnvText(envText('sandbox'), 'env/.env.sandbox'));
    expect(env).toMatchObject({
      REFERRAL_CARD_ORIGIN: 'https://localhost:3000',
      REFERRAL_CARD_APP_NAME: 'Referral Card (sandbox)',
    });
    const { triage, ...pages } = appConfigOf(env);
    expect(pages).toEqual({
      auth: { mode: 'sandbox' },
      graph: { baseUrl: '/graph/v1.0' },
      addressLookup: { baseUrl: '/os', key: 'sandbox-os-places-key' },
      council: 'E09000023',
    });
    // The board lists every binding's mailbox, with its team and channel; the deciding group stays the bot's.
    expect(triage?.mailboxes.map((m) => m.mailbox)).toEqual(env.REFERRAL_CARD_SERVICE_BINDINGS?.map((b) => b.mailbox));
    expect(JSON.stringify(triage)).not.toMatch(/decidingGroupId|serviceManager/);
  });

  test("REFERRAL_CARD_COUNCIL: a new referral's council; a name instead of an ONS code is refused, naming the variable", () => {
    const values = { ...parseEnvText(envText('sandbox'), 'env/.env.sandbox'), REFERRAL_CARD_COUNCIL: 'Lewisham' };
    expect(() => parseDeploymentEnv(values)).toThrow(/REFERRAL_CARD_COUNCIL: .*ONS code/);
    const { REFERRAL_CARD_COUNCIL: _council, ...without } = values;
    expect(appConfigOf(parseDeploymentEnv(without)).council).toBeUndefined();
  });

  test('env/.env.example: Entra ID sign-in against the council’s tenant, and Microsoft Graph', () => {
    const env = parseDeploymentEnv(example());
    const { triage, ...pages } = appConfigOf(env);
    expect(triage?.mailboxes).toHaveLength(env.REFERRAL_CARD_SERVICE_BINDINGS?.length ?? 0);
    expect(pages).toEqual({
      auth: {
        mode: 'msal',
        clientId: '32b47a02-f3af-401c-a7d7-152c4f4cdaf3',
        authority: 'https://login.microsoftonline.com/2265a68e-e380-46c8-8ae1-f2f25ff62864',
      },
      graph: { baseUrl: 'https://graph.microsoft.com/v1.0' },
    });
  });
});

describe('parseDeploymentEnv names each value at fault', () => {
  test.each<[string, Record<string, string | undefined>, RegExp]>([
    [
      'a missing client id',
      { REFERRAL_CARD_CLIENT_ID: undefined },
      /^REFERRAL_CARD_CLIENT_ID: missing\. Expected the Entra app registration's application \(client\) id, a GUID/,
    ],
    ['an empty client id', { REFERRAL_CARD_CLIENT_ID: '' }, /^REFERRAL_CARD_CLIENT_ID: missing\./],
    [
      'an http: origin',
      { REFERRAL_CARD_ORIGIN: 'http://referrals.example.gov.uk' },
      /^REFERRAL_CARD_ORIGIN: Expected an https:\/\/ address, not http:/,
    ],
    [
      'an origin that is not an address',
      { REFERRAL_CARD_ORIGIN: 'referrals.example.gov.uk' },
      /^REFERRAL_CARD_ORIGIN: Expected the https:\/\/ address the pages are served from/,
    ],
    [
      'a bad tenant GUID',
      { REFERRAL_CARD_TENANT_ID: 'example.onmicrosoft.com' },
      /^REFERRAL_CARD_TENANT_ID: Expected the council's Entra tenant id, a GUID/,
    ],
    [
      'an http privacy page',
      { REFERRAL_CARD_PRIVACY_URL: 'http://www.example.gov.uk/privacy' },
      /^REFERRAL_CARD_PRIVACY_URL: Expected an https:\/\/ address/,
    ],
    [
      'a version with four numbers',
      { REFERRAL_CARD_APP_VERSION: '1.2.3.4' },
      /^REFERRAL_CARD_APP_VERSION: Expected a version such as 1\.2\.3/,
    ],
    [
      'a bot id that is not a GUID',
      { REFERRAL_CARD_BOT_ID: 'bot' },
      /^REFERRAL_CARD_BOT_ID: Expected the bot's Entra application id, a GUID/,
    ],
    [
      'bindings that are not JSON',
      { REFERRAL_CARD_SERVICE_BINDINGS: '[{mailbox:' },
      /^REFERRAL_CARD_SERVICE_BINDINGS: Expected a JSON list of service bindings/,
    ],
    [
      'a binding without its channel',
      {
        REFERRAL_CARD_SERVICE_BINDINGS:
          '[{"mailbox":"a@example.gov.uk","teamId":"2265a68e-e380-46c8-8ae1-f2f25ff62864","decidingGroupId":"2265a68e-e380-46c8-8ae1-f2f25ff62864","serviceManager":"m@example.gov.uk"}]',
      },
      /^REFERRAL_CARD_SERVICE_BINDINGS: Expected a Teams channel id, such as 19:abc@thread\.tacv2\. \(at 0\.channelId\)$/,
    ],
    ['an unknown mode', { REFERRAL_CARD_AUTH_MODE: 'saml' }, /^REFERRAL_CARD_AUTH_MODE: Expected "sandbox"/],
    [
      'an address lookup over http',
      { REFERRAL_CARD_ADDRESS_LOOKUP_URL: 'http://api.os.uk' },
      /^REFERRAL_CARD_ADDRESS_LOOKUP_URL: Expected an https:\/\/ address or a path/,
    ],
    [
      'an address lookup key without its address',
      { REFERRAL_CARD_ADDRESS_LOOKUP_KEY: 'k3y' },
      /^REFERRAL_CARD_ADDRESS_LOOKUP_URL: missing\. Expected the address of the lookup service/,
    ],
    [
      'an address lookup key with a space',
      { REFERRAL_CARD_ADDRESS_LOOKUP_URL: 'https://api.os.uk', REFERRAL_CARD_ADDRESS_LOOKUP_KEY: 'a b' },
      /^REFERRAL_CARD_ADDRESS_LOOKUP_KEY: Expected the API key, without spaces/,
    ],
    ['a typo', { REFERRAL_CARD_TENNANT_ID: 'x' }, /^REFERRAL_CARD_TENNANT_ID: not a setting Referral Card knows/],
  ])('%s', (_, change, message) => {
    const problems = problemsOf(() => parseDeploymentEnv({ ...example(), ...change }, 'env/.env.example'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  test('every problem at once, under the file’s name', () => {
    const run = () => parseDeploymentEnv({ REFERRAL_CARD_AUTH_MODE: 'msal' }, 'env/.env.council');
    expect(run).toThrow(/^env\/\.env\.council is not valid:\n {2}REFERRAL_CARD_CLIENT_ID: missing/);
    expect(problemsOf(run).map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining([
        'REFERRAL_CARD_CLIENT_ID',
        'REFERRAL_CARD_TENANT_ID',
        'REFERRAL_CARD_ORIGIN',
        'REFERRAL_CARD_APP_ID',
        'REFERRAL_CARD_OUTLOOK_ADDIN_ID',
        'REFERRAL_CARD_PUBLISHER',
      ]),
    );
  });

  test('the sandbox needs an app registration for the manifests, but not a tenant', () => {
    const sandbox = parseEnvText(envText('sandbox'), 'sandbox');
    expect(problemsOf(() => parseDeploymentEnv({ ...sandbox, REFERRAL_CARD_CLIENT_ID: undefined }))).toEqual([
      expect.stringMatching(/^REFERRAL_CARD_CLIENT_ID: missing/),
    ]);
    expect(parseDeploymentEnv(sandbox).REFERRAL_CARD_TENANT_ID).toBeUndefined();
  });

  test('a site address is kept as its origin; other variables of the process are not read', () => {
    const env = parseDeploymentEnv({
      ...example(),
      REFERRAL_CARD_ORIGIN: ' https://Referrals.Example.gov.uk:443/ ',
      PATH: '/usr/bin',
    });
    expect(env.REFERRAL_CARD_ORIGIN).toBe('https://referrals.example.gov.uk');
    expect(referralCardValues({ PATH: '/bin', REFERRAL_CARD_X: 'y', REFERRAL_CARD_EMPTY: '' })).toEqual({
      REFERRAL_CARD_X: 'y',
    });
  });
});

describe('parseEnvText', () => {
  test('reads NAME=value lines, comments, quotes and export', () => {
    const text = '# a comment\n\nexport A=1\nB = "two words # not a comment"\nC=\'x\'\nD=plain # a comment\r\nE=\n';
    expect(parseEnvText(text, 'f')).toEqual({ A: '1', B: 'two words # not a comment', C: 'x', D: 'plain', E: '' });
  });

  test('refuses a line that is not NAME=value, an unclosed quote, and a name set twice, with line numbers', () => {
    expect(problemsOf(() => parseEnvText('A=1\nnot a setting\nB="open\nA=2\n', 'f'))).toEqual([
      'line 2: expected NAME=value.',
      'line 3: expected NAME=value.',
      'line 4: A is set twice.',
    ]);
  });
});

describe('the page’s own check accepts every app-config.json the build derives', () => {
  test('on generated environments, good and bad', () => {
    const guid = fc.oneof(fc.uuid(), fc.string());
    const url = fc.oneof(
      fc.constantFrom('/graph/v1.0', 'https://graph.microsoft.com/v1.0', '//x', 'http://x', ' https://x.test '),
      fc.webUrl(),
      fc.string(),
    );
    const env = fc.record(
      {
        REFERRAL_CARD_AUTH_MODE: fc.constantFrom('sandbox', 'msal', 'other'),
        REFERRAL_CARD_CLIENT_ID: guid,
        REFERRAL_CARD_TENANT_ID: guid,
        REFERRAL_CARD_GRAPH_BASE_URL: url,
        REFERRAL_CARD_ADDRESS_LOOKUP_URL: url,
        REFERRAL_CARD_ADDRESS_LOOKUP_KEY: fc.oneof(fc.constant('k3y'), fc.string()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(env, (values) => {
        let derived;
        try {
          derived = appConfigOf(parsePagesEnv(values));
        } catch (e) {
          expect(e).toBeInstanceOf(EnvironmentError);
          return;
        }
        expect(checkAppConfig(derived)).toEqual({ ok: true, value: derived });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('appConfigFromEnv with REFERRAL_CARD_ENV (webpack.config.js)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'referral-card-env-'));
  mkdirSync(path.join(root, 'env'));
  writeFileSync(path.join(root, 'env', '.env.example'), envText('example'));
  writeFileSync(
    path.join(root, 'env', '.env.broken'),
    'REFERRAL_CARD_AUTH_MODE=msal\nREFERRAL_CARD_ORIGIN=http://x.test\n',
  );

  test('reads env/.env.<name>, the file the package reads', () => {
    expect(appConfigFromEnv({ REFERRAL_CARD_ENV: 'example' }, root)).toEqual(
      appConfigOf(parseDeploymentEnv(example())),
    );
  });

  test('a broken file stops the build, naming the file and the values', () => {
    expect(() => appConfigFromEnv({ REFERRAL_CARD_ENV: 'broken' }, root)).toThrow(
      /env\/\.env\.broken is not valid:[\s\S]*REFERRAL_CARD_CLIENT_ID: missing[\s\S]*REFERRAL_CARD_ORIGIN: Expected an https:\/\/ address, not http:/,
    );
  });

  test('a missing file, a bad name, and values given twice are refused', () => {
    expect(() => appConfigFromEnv({ REFERRAL_CARD_ENV: 'nowhere' }, root)).toThrow(
      /env\/\.env\.nowhere cannot be read/,
    );
    expect(() => appConfigFromEnv({ REFERRAL_CARD_ENV: '../x' }, root)).toThrow(/must be a name such as "example"/);
    expect(() => appConfigFromEnv({ REFERRAL_CARD_ENV: 'example', REFERRAL_CARD_CLIENT_ID: 'x' }, root)).toThrow(
      /REFERRAL_CARD_CLIENT_ID must not be set as well/,
    );
  });
});
