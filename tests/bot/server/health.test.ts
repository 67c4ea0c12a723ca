// The bot's health page: each check with a time limit, the configuration without secrets, served at /health as JSON
// (503 while a check fails) and as a page, against a real Graph gateway and a real file store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudAdapter, getAuthConfigWithDefaults } from '@microsoft/agents-hosting';
import { cardActionRoutes, createBotApplication } from '../../../src/bot/bot-app';
import { parseBotEnv } from '../../../src/bot/config/bot-config';
import { startBotServer, type RunningServer } from '../../../src/bot/server/bot-server';
import {
  botHealthChecks,
  configurationSummary,
  createHealth,
  describeFailure,
  HEALTH_STORAGE_KEY,
  releaseVersion,
  runCheck,
  storageAccountOf,
  type HealthCheck,
  type HealthReport,
} from '../../../src/bot/server/health';
import { readOne } from '../../../src/bot/storage/bot-storage';
import { FileStorage } from '../../../src/bot/storage/file-storage';
import { createGraphGateway, GraphFailure } from '../../../src/graph';
import { FakeLink, graphError, ok } from '../../graph/gateway/fake-link';
import { FakeChannel, FakeRoster, FakeTriage, binding, builtIn } from '../support/fakes';

const SECRET = 'client-secret-value-1234';
const ACCOUNT_KEY = 'c2VjcmV0LWFjY291bnQta2V5';
const tenantEnv = {
  REFERRAL_CARD_BOT_ID: '9108d0a2-1132-5f0f-a822-0628a8c8e315',
  REFERRAL_CARD_SERVICE_BINDINGS: JSON.stringify([binding]),
  REFERRAL_CARD_BOT_BOARD_URL: 'https://referrals.example.gov.uk/board.html?referral={referral}',
  REFERRAL_CARD_BOT_TOKENS: 'client-credentials',
  REFERRAL_CARD_TENANT_ID: '0c9f7d6e-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
  REFERRAL_CARD_BOT_CLIENT_SECRET: SECRET,
  REFERRAL_CARD_BOT_INBOUND: 'jwt',
  REFERRAL_CARD_BOT_STORE: 'blob',
  REFERRAL_CARD_BOT_BLOB_CONNECTION: `DefaultEndpointsProtocol=https;AccountName=councilbot;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`,
  REFERRAL_CARD_BOT_BLOB_CONTAINER: 'referral-card-bot',
};

const folder = mkdtempSync(join(tmpdir(), 'bot-health-'));
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  rmSync(folder, { recursive: true, force: true });
});

const check = (name: string, run: () => Promise<unknown>): HealthCheck => ({ name, label: name, run });
const never = () => new Promise<never>(() => undefined);

describe('a check', () => {
  test('that answers is reachable, with its time', async () => {
    const result = await runCheck(
      check('graph', async () => 'ok'),
      1000,
    );
    expect(result).toMatchObject({ name: 'graph', reachable: true });
    expect(result.problem).toBeUndefined();
  });

  test('that does not answer in time is not reachable, and the page is not held up', async () => {
    const started = Date.now();
    const result = await runCheck(check('graph', never), 100);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ reachable: false, problem: 'It did not answer within 0.1 seconds.' });
  });

  test('that fails says the status and code, never the error’s own message', async () => {
    const refused = Object.assign(new Error(`AccountKey=${ACCOUNT_KEY} refused`), {
      statusCode: 403,
      code: 'ErrorAccessDenied',
    });
    const result = await runCheck(
      check('graph', () => Promise.reject(refused)),
      1000,
    );
    expect(result.problem).toBe('It answered with an error: HTTP 403 (ErrorAccessDenied).');
    const offline = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(describeFailure(offline)).toBe('It could not be reached (ECONNREFUSED).');
    expect(describeFailure('a string thrown')).toBe('It could not be reached.');
    expect(describeFailure(new GraphFailure('signed-out'))).toBe(
      "The bot could not get a token for it: check the bot's app id, tenant and secret.",
    );
    expect(describeFailure(new GraphFailure('offline'))).toBe('It could not be reached (offline).');
    expect(describeFailure(Object.assign(new Error('x'), { code: 'has spaces and a key=abc' }))).toBe(
      'It could not be reached.',
    );
  });
});

describe('the report', () => {
  test('is failing when one check fails, and one round serves callers within the cache time', async () => {
    let at = Date.parse('2026-12-07T08:00:00Z');
    let runs = 0;
    const health = createHealth({
      version: '1.2.3',
      configuration: { botId: 'x' },
      checks: [
        check('graph', async () => runs++),
        check('storage', () => Promise.reject(Object.assign(new Error('no'), { statusCode: 404 }))),
      ],
      cacheMs: 10_000,
      now: () => new Date(at),
    });
    const [first, second] = await Promise.all([health(), health()]);
    expect(first).toBe(second);
    expect(first).toMatchObject({ status: 'failing', version: '1.2.3', checkedAt: '2026-12-07T08:00:00.000Z' });
    expect(first.checks.map((c) => [c.name, c.reachable])).toEqual([
      ['graph', true],
      ['storage', false],
    ]);
    at += 9_000;
    await health();
    expect(runs).toBe(1);
    at += 1_000;
    expect((await health()).checkedAt).toBe('2026-12-07T08:00:10.000Z');
    expect(runs).toBe(2);
  });

  test('the release version is package.json’s', () => {
    expect(releaseVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(releaseVersion(tmpdir())).toBe('unknown');
  });
});

describe('the configuration summary', () => {
  test('names the ids, addresses, storage account and mailboxes, and no secret', () => {
    const summary = configurationSummary(parseBotEnv(tenantEnv));
    expect(summary).toMatchObject({
      botId: tenantEnv.REFERRAL_CARD_BOT_ID,
      tenantId: tenantEnv.REFERRAL_CARD_TENANT_ID,
      graph: 'https://graph.microsoft.com/',
      storage: 'Azure Blob Storage, container referral-card-bot (account councilbot)',
      mailboxes: [{ mailbox: binding.mailbox, teamId: binding.teamId, channelId: binding.channelId }],
    });
    const text = JSON.stringify(summary);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(ACCOUNT_KEY);
  });

  test('a token endpoint or storage address is shown without its query (a SAS)', () => {
    const summary = configurationSummary(
      parseBotEnv({
        ...tenantEnv,
        REFERRAL_CARD_BOT_TOKENS: 'token-endpoint',
        REFERRAL_CARD_BOT_TOKEN_URL: 'https://localhost:3000/sandbox/token?code=abc',
        REFERRAL_CARD_BOT_BLOB_CONNECTION: 'https://councilbot.blob.core.windows.net/bot?sv=2024&sig=SIGNATURE',
      }),
    );
    expect(summary.tokens).toBe('token endpoint https://localhost:3000/sandbox/token');
    expect(JSON.stringify(summary)).not.toMatch(/sig=|SIGNATURE|code=abc/);
  });

  test.each([
    ['UseDevelopmentStorage=true', 'the local storage emulator'],
    [
      'BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=1&sig=S',
      'https://acct.blob.core.windows.net/',
    ],
    ['AccountName=acct;AccountKey=K==', 'account acct'],
    ['SharedAccessSignature=sv=1&sig=S', '(an account the summary cannot name)'],
  ])('the storage account of %s', (connection, shown) => {
    expect(storageAccountOf(connection)).toBe(shown);
  });
});

/** Microsoft Graph scripted: the first mailbox's Inbox answers, any other is refused as Exchange refuses it. */
function graphStandIn() {
  const link = new FakeLink([
    (seen) =>
      seen.url.includes(`/users/${encodeURIComponent(binding.mailbox)}/`)
        ? ok({ id: 'inbox' })
        : graphError(403, 'ErrorAccessDenied'),
  ]);
  const graph = createGraphGateway({
    tokenSource: { getToken: async () => 'app-token' },
    scopes: ['https://graph.microsoft.com/.default'],
    httpHandler: link,
  });
  return { graph, seen: link.seen };
}

describe('the bot’s checks', () => {
  test('read each referral mailbox’s Inbox with the app token and write to the storage', async () => {
    const other = { ...binding, mailbox: 'not.in.scope@council.example.gov.uk' };
    const env = parseBotEnv({ ...tenantEnv, REFERRAL_CARD_SERVICE_BINDINGS: JSON.stringify([binding, other]) });
    const { graph, seen } = graphStandIn();
    const storage = new FileStorage(mkdtempSync(join(folder, 'store-')));
    const now = () => new Date('2026-12-07T08:00:00Z');
    const health = createHealth({
      version: '1.0.0',
      configuration: {},
      checks: botHealthChecks(env, { graph, storage }, now),
      now,
    });
    const report = await health();
    expect(report.status).toBe('failing');
    expect(report.checks.map((c) => [c.label, c.reachable, c.problem])).toEqual([
      [`Microsoft Graph: the Inbox of ${binding.mailbox}`, true, undefined],
      [
        `Microsoft Graph: the Inbox of ${other.mailbox}`,
        false,
        'It answered with an error: HTTP 403 (ErrorAccessDenied).',
      ],
      ['Storage: Azure Blob Storage, container referral-card-bot (account councilbot)', true, undefined],
    ]);
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/users/gfpo%40council.example.gov.uk/mailFolders/inbox?$select=id',
      headers: { authorization: 'Bearer app-token' },
    });
    expect(await readOne(storage, HEALTH_STORAGE_KEY)).toMatchObject({ checkedAt: '2026-12-07T08:00:00.000Z' });
  });
});

describe('GET /health on the bot’s server', () => {
  async function serve(health: () => Promise<HealthReport>) {
    const authConfig = getAuthConfigWithDefaults({});
    const adapter = new CloudAdapter(authConfig);
    const storage = new FileStorage(mkdtempSync(join(folder, 's-')));
    const common = {
      storage,
      channel: new FakeChannel(),
      catalogue: builtIn,
      boardUrl: 'https://board/',
      now: () => new Date(),
    };
    const routes = cardActionRoutes({
      ...common,
      bindings: [binding],
      triage: new FakeTriage(),
      directory: { isMember: async () => false },
      roster: new FakeRoster(),
    });
    const app = createBotApplication(adapter, routes, () => undefined);
    const server: RunningServer = await startBotServer({
      app,
      adapter,
      authConfig,
      host: '127.0.0.1',
      port: 0,
      health,
    });
    closers.push(() => server.close());
    return server.url.replace('/api/messages', '/health');
  }

  const reportOf = (reachable: boolean): HealthReport => ({
    status: reachable ? 'ok' : 'failing',
    version: '1.2.3',
    checkedAt: '2026-12-07T08:00:00.000Z',
    configuration: { botId: 'b', storage: 'files in <dir>' },
    checks: [
      {
        name: 'storage',
        label: 'Storage',
        reachable,
        milliseconds: 3,
        ...(reachable ? {} : { problem: 'It could not be reached.' }),
      },
    ],
  });

  test('answers JSON to monitoring: 200 when every check passes, 503 when one fails; never cached', async () => {
    let reachable = true;
    const url = await serve(async () => reportOf(reachable));
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/json/);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.json()).toEqual(reportOf(true));
    reachable = false;
    const failing = await fetch(url);
    expect(failing.status).toBe(503);
    expect(await failing.json()).toMatchObject({
      status: 'failing',
      checks: [{ problem: 'It could not be reached.' }],
    });
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
  });

  test('answers a page to a browser, escaped, and JSON when ?format=json says so', async () => {
    const url = await serve(async () => reportOf(false));
    const page = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toContain('<p role="status"><strong>Not working: a check below has failed.</strong></p>');
    expect(html).toContain('files in &lt;dir&gt;');
    const json = await fetch(`${url}?format=json`, { headers: { accept: 'text/html' } });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  });

  test('a health page that throws answers 500, and the server goes on', async () => {
    let calls = 0;
    const url = await serve(async () => {
      calls += 1;
      if (calls === 1) throw new Error('broken');
      return reportOf(true);
    });
    expect((await fetch(url)).status).toBe(500);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
