import { DEFAULT_APP_CONFIG, graphBaseUrl, loadAppConfig, parseAppConfig } from '../../src/auth/auth-config';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appConfigSchema, type AppConfig } from '../../src/auth/auth-config.schema';
import { TokenSourceError } from '../../src/auth/token-source-error';
// The build writes app-config.json from the environment; the page checks it against the same contract.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appConfigFromEnv } = require('../../webpack.config.js') as {
  appConfigFromEnv: (env: Record<string, string | undefined>, root?: string) => unknown;
};

const CLIENT_ID = '6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b';
const TENANT = 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555';
const MSAL = {
  auth: { mode: 'msal', clientId: CLIENT_ID, authority: TENANT },
  graph: { baseUrl: 'https://graph.microsoft.com/v1.0' },
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof TokenSourceError ? error.code : 'not a TokenSourceError';
  }
  return undefined;
}

describe('parseAppConfig', () => {
  test('accepts the sandbox default and a tenant configuration', () => {
    expect(parseAppConfig({ auth: { mode: 'sandbox' }, graph: { baseUrl: '/graph/v1.0' } })).toEqual(
      DEFAULT_APP_CONFIG,
    );
    expect(parseAppConfig(MSAL)).toEqual(MSAL);
    const withBridge = {
      ...MSAL,
      auth: { ...MSAL.auth, redirectUri: 'https://cards.council.gov.uk/auth-bridge.html' },
    };
    expect(parseAppConfig(withBridge)).toEqual(withBridge);
  });

  test.each([
    ['an unknown mode', { auth: { mode: 'magic' }, graph: { baseUrl: '/graph/v1.0' } }],
    ['msal without a client id', { ...MSAL, auth: { mode: 'msal', authority: TENANT } }],
    ['a client id that is not a GUID', { ...MSAL, auth: { ...MSAL.auth, clientId: 'referral-card' } }],
    ['an http authority', { ...MSAL, auth: { ...MSAL.auth, authority: 'http://login.microsoftonline.com/x' } }],
    ['a protocol-relative Graph URL', { ...MSAL, graph: { baseUrl: '//evil.example/v1.0' } }],
    ['a javascript: Graph URL', { ...MSAL, graph: { baseUrl: 'javascript:alert(1)' } }],
    ['an extra field (typo)', { ...MSAL, auth: { ...MSAL.auth, clientID: CLIENT_ID } }],
    ['no graph section', { auth: { mode: 'sandbox' } }],
    ['not an object', 'sandbox'],
  ])('rejects %s, in words', (_, raw) => {
    expect(codeOf(() => parseAppConfig(raw))).toBe('config-invalid');
  });

  test('the message names the field at fault', () => {
    expect(() => parseAppConfig({ ...MSAL, auth: { ...MSAL.auth, clientId: 'x' } })).toThrow(
      /auth\.clientId: Expected the application \(client\) id/,
    );
  });
});

describe('loadAppConfig', () => {
  const respond = (status: number, body: string) => jest.fn(async () => new Response(body, { status }));

  test('fetches app-config.json without the HTTP cache and validates it', async () => {
    const fetchFn = respond(200, JSON.stringify(MSAL));
    await expect(loadAppConfig(fetchFn, 'https://localhost:3000/app-config.json')).resolves.toEqual(MSAL);
    expect(fetchFn).toHaveBeenCalledWith(
      'https://localhost:3000/app-config.json',
      expect.objectContaining({ cache: 'no-store' }),
    );
  });

  test('a missing file is reported with its status, not replaced by the sandbox default', async () => {
    const error = await loadAppConfig(respond(404, 'not found'), '/app-config.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenSourceError);
    expect(error).toMatchObject({ code: 'config-unreachable', detail: { status: 404 } });
    expect((error as Error).message).toMatch(/missing \(HTTP 404\)/);
  });

  test('a network failure and a body that is not JSON are told apart', async () => {
    const offline = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadAppConfig(offline, '/app-config.json')).rejects.toMatchObject({ code: 'config-unreachable' });
    await expect(loadAppConfig(respond(200, '<html>'), '/app-config.json')).rejects.toMatchObject({
      code: 'config-invalid',
    });
  });
});

describe('graphBaseUrl', () => {
  test('a path means the page’s own origin; an absolute URL stays; no trailing slash', () => {
    expect(graphBaseUrl(DEFAULT_APP_CONFIG, 'https://localhost:3000/outlook.html')).toBe(
      'https://localhost:3000/graph/v1.0',
    );
    expect(
      graphBaseUrl(
        { ...DEFAULT_APP_CONFIG, graph: { baseUrl: 'https://graph.microsoft.com/v1.0/' } },
        'https://x.test/',
      ),
    ).toBe('https://graph.microsoft.com/v1.0');
  });
});

describe('appConfigFromEnv (webpack.config.js)', () => {
  const TENANT_ID = '11111111-2222-3333-4444-555555555555';

  test('emits the sandbox default when nothing is set, with the sandbox mailboxes of env/.env.sandbox for the board', () => {
    const { triage, ...rest } = appConfigFromEnv({}) as AppConfig;
    expect(rest).toEqual(DEFAULT_APP_CONFIG);
    expect(triage?.mailboxes.map((m) => m.mailbox)).toContain('parenting.courses@nottsc.gov.uk');
    // Without that file (another checkout, a tenant's build machine) the default is the bare sandbox.
    expect(appConfigFromEnv({}, mkdtempSync(path.join(tmpdir(), 'referral-card-empty-')))).toEqual(DEFAULT_APP_CONFIG);
  });

  test('REFERRAL_CARD_SERVICE_BINDINGS gives the board its mailboxes; a tenant build never reads the sandbox file', () => {
    const bindings = JSON.stringify([
      {
        mailbox: 'Family.Hub.Referrals@council.example',
        teamId: '8d6e2f41-3b7a-4c59-9e12-6a0f4b3c2d18',
        channelId: '19:abc@thread.tacv2',
        decidingGroupId: 'b2e7c4a1-5f3d-4e89-8a6b-1c9d0e2f3a45',
        serviceManager: 'sm@council.example',
      },
      {
        mailbox: 'courses@council.example',
        teamId: '8d6e2f41-3b7a-4c59-9e12-6a0f4b3c2d19',
        channelId: '19:def@thread.tacv2',
        decidingGroupId: 'b2e7c4a1-5f3d-4e89-8a6b-1c9d0e2f3a46',
        serviceManager: 'sm@council.example',
        displayName: 'Parenting courses',
        deciderRole: 'parenting-coordinator',
      },
    ]);
    const msal = {
      REFERRAL_CARD_AUTH_MODE: 'msal',
      REFERRAL_CARD_CLIENT_ID: CLIENT_ID,
      REFERRAL_CARD_TENANT_ID: TENANT_ID,
    };
    expect(appConfigFromEnv(msal)).toEqual(MSAL);
    const config = appConfigFromEnv({ ...msal, REFERRAL_CARD_SERVICE_BINDINGS: bindings }) as AppConfig;
    expect(config.triage?.mailboxes).toEqual([
      {
        mailbox: 'Family.Hub.Referrals@council.example',
        displayName: 'Family Hub Referrals (council.example)',
        teamId: '8d6e2f41-3b7a-4c59-9e12-6a0f4b3c2d18',
        channelId: '19:abc@thread.tacv2',
        deciderRole: 'team-manager',
      },
      {
        mailbox: 'courses@council.example',
        displayName: 'Parenting courses',
        teamId: '8d6e2f41-3b7a-4c59-9e12-6a0f4b3c2d19',
        channelId: '19:def@thread.tacv2',
        deciderRole: 'parenting-coordinator',
      },
    ]);
    // The page's own check accepts what the build writes.
    expect(parseAppConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
    expect(() => appConfigFromEnv({ ...msal, REFERRAL_CARD_SERVICE_BINDINGS: '[{"mailbox":"x"}]' })).toThrow(
      /REFERRAL_CARD_SERVICE_BINDINGS/,
    );
  });

  test('emits a tenant configuration that the page accepts', () => {
    const config = appConfigFromEnv({
      REFERRAL_CARD_AUTH_MODE: 'msal',
      REFERRAL_CARD_CLIENT_ID: CLIENT_ID,
      REFERRAL_CARD_TENANT_ID: TENANT_ID,
    });
    expect(config).toEqual(MSAL);
    expect(appConfigSchema.safeParse(config).success).toBe(true);
    const custom = appConfigFromEnv({ REFERRAL_CARD_GRAPH_BASE_URL: 'https://sandbox.test:3000/graph/v1.0' });
    expect(appConfigSchema.parse(custom).graph.baseUrl).toBe('https://sandbox.test:3000/graph/v1.0');
  });

  test.each([
    [
      { REFERRAL_CARD_AUTH_MODE: 'msal' },
      /REFERRAL_CARD_CLIENT_ID: missing\.[\s\S]*REFERRAL_CARD_TENANT_ID: missing\./,
    ],
    [{ REFERRAL_CARD_AUTH_MODE: 'msal', REFERRAL_CARD_CLIENT_ID: 'abc', REFERRAL_CARD_TENANT_ID: TENANT_ID }, /GUID/],
    [{ REFERRAL_CARD_AUTH_MODE: 'oauth' }, /"sandbox" .* or "msal"/],
    [
      { REFERRAL_CARD_GRAPH_BASE_URL: '//evil.example' },
      /REFERRAL_CARD_GRAPH_BASE_URL: Expected an https:\/\/ address/,
    ],
    [{ REFERRAL_CARD_AUTHORITY: TENANT }, /REFERRAL_CARD_AUTHORITY: not a setting Referral Card knows/],
  ])('refuses to build with a bad environment: %j', (env, message) => {
    expect(() => appConfigFromEnv(env)).toThrow(message);
  });
});
