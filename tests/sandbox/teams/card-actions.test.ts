// The sandbox playing Teams for a card click: the invoke activity it POSTs to the bot's endpoint (a stub bot here; the
// bot's own tests drive the real one), signed with an RS256 token the Agents SDK's authorizeJWT accepts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { globalAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { authorizeJWT, clearJwksClients, type AuthConfiguration } from '@microsoft/agents-hosting';
import { type Harness, LEWISHAM_MANAGER, REFERRER, startHarness, WORKER } from '../../conformance/support';
import { clickCard, postCardAsBot, referralsChannel } from './bot-cards';

// The activity as the stub bot received it: any JSON, read by the assertions.
type Activity = { from: { aadObjectId: string }; id: unknown } & Record<string, unknown>;
type Seen = { headers: IncomingMessage['headers']; body: Activity };
const seen: Seen[] = [];
let answer: { status: number; body: string } = { status: 200, body: '' };
let bot: Server;
let h: Harness;
let channelId: string;
let cardPostId: string;

const CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'New referral R-9' }],
  actions: [{ type: 'Action.Execute', title: 'Accept', verb: 'accept', data: { referralId: 'R-9', version: 3 } }],
};

const listen = (server: Server) =>
  new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`),
    );
  });

beforeAll(async () => {
  bot = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Activity,
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
  });
  const botEndpoint = await listen(bot);
  h = await startHarness({ botEndpoint });
  channelId = referralsChannel(h);
  cardPostId = await postCardAsBot(h, channelId, CARD);
});
afterAll(async () => {
  await h.close();
  await new Promise((r) => bot.close(r));
  clearJwksClients();
});
beforeEach(() => {
  seen.length = 0;
  answer = { status: 200, body: '' };
});

const click = (
  persona: string,
  action: object = { verb: 'accept', data: { referralId: 'R-9', version: 3 } },
  post = cardPostId,
) => clickCard(h, channelId, post, persona, action);

test('a click is POSTed to the bot as the invoke activity Teams sends, and the bot’s answer comes back', async () => {
  const updated = { ...CARD, body: [{ type: 'TextBlock', text: 'R-9 accepted' }], actions: [] };
  answer = {
    status: 200,
    body: JSON.stringify({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: updated }),
  };
  const res = await click(LEWISHAM_MANAGER);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: updated },
  });

  expect(seen).toHaveLength(1);
  const { headers, body: a } = seen[0]!;
  expect(headers['content-type']).toMatch(/^application\/json/);
  expect(headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  const seed = h.sandbox.seed;
  const manager = seed.personas.find((p) => p.upn === LEWISHAM_MANAGER)!;
  const team = seed.teams.find((t) => t.channels.some((c) => c.id === channelId))!;
  expect(a).toMatchObject({
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelId: 'msteams',
    serviceUrl: `${h.sandbox.origin}/botframework/`,
    from: { id: `29:${manager.id}`, aadObjectId: manager.id, name: manager.displayName },
    recipient: { id: `28:${seed.bot.appId}` },
    conversation: { id: `${channelId};messageid=${cardPostId}`, conversationType: 'channel', tenantId: seed.tenantId },
    replyToId: cardPostId,
    value: {
      action: { type: 'Action.Execute', verb: 'accept', data: { referralId: 'R-9', version: 3 } },
      trigger: 'manual',
    },
    channelData: {
      tenant: { id: seed.tenantId },
      team: { id: team.channels[0]!.id, aadGroupId: team.id },
      channel: { id: channelId },
    },
  });
  expect(typeof a.id).toBe('string');
});

test('the token is one the Agents SDK’s authorizeJWT accepts with the published keys; a forged one it refuses', async () => {
  await click(LEWISHAM_MANAGER);
  const token = (seen[0]!.headers.authorization as string).slice('Bearer '.length);
  // jwks-rsa fetches the keys over HTTPS from the sandbox, whose certificate a bot trusts (NODE_EXTRA_CA_CERTS). The
  // global agent is shared with other test files in this worker, so it is put back afterwards.
  const before = globalAgent.options.ca;
  globalAgent.options.ca = h.sandbox.certificatePem;
  try {
    await checkWithTheSdk(token);
  } finally {
    globalAgent.options.ca = before;
    if (before === undefined) delete globalAgent.options.ca;
  }
});

async function checkWithTheSdk(token: string): Promise<void> {
  const config = {
    clientId: h.sandbox.seed.bot.appId,
    tenantId: h.sandbox.seed.tenantId,
    authority: h.sandbox.teams.authority,
    issuers: [h.sandbox.teams.issuer],
    validateIssuer: true,
    connections: new Map(),
  } as unknown as AuthConfiguration;
  (config.connections as Map<string, unknown>).set('serviceConnection', config);
  const run = async (authorization: string) => {
    const outcome = { status: 0, user: undefined as unknown };
    const req = { method: 'POST', headers: { authorization } } as unknown as Parameters<
      ReturnType<typeof authorizeJWT>
    >[0];
    const res = {
      status(code: number) {
        outcome.status = code;
        return { send: () => undefined };
      },
    } as unknown as Parameters<ReturnType<typeof authorizeJWT>>[1];
    await authorizeJWT(config)(req, res, () => {
      outcome.status = 200;
      outcome.user = (req as unknown as { user: unknown }).user;
    });
    return outcome;
  };
  const ok = await run(`Bearer ${token}`);
  expect(ok.status).toBe(200);
  expect(ok.user).toMatchObject({
    aud: h.sandbox.seed.bot.appId,
    iss: h.sandbox.teams.issuer,
    serviceurl: `${h.sandbox.origin}/botframework/`,
  });

  const [head, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const otherAudience = Buffer.from(
    JSON.stringify({ ...claims, aud: '00000000-0000-0000-0000-000000000001' }),
  ).toString('base64url');
  expect((await run(`Bearer ${head}.${otherAudience}.${signature}`)).status).toBe(401);
  const widened = Buffer.from(JSON.stringify({ ...claims, exp: (claims.exp as number) + 86400 })).toString('base64url');
  expect((await run(`Bearer ${head}.${widened}.${signature}`)).status).toBe(401);
}

test('the keys and the OpenID configuration are published for the sandbox tenant only', async () => {
  const base = `/sandbox/login/${h.sandbox.seed.tenantId}`;
  const keys = (await (await h.fetch(`${base}/discovery/v2.0/keys`)).json()) as { keys: Record<string, string>[] };
  expect(keys.keys).toHaveLength(1);
  expect(keys.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
  expect(keys.keys[0]).not.toHaveProperty('d');
  const config = (await (await h.fetch(`${base}/v2.0/.well-known/openid-configuration`)).json()) as Record<
    string,
    string
  >;
  expect(config).toMatchObject({
    issuer: h.sandbox.teams.issuer,
    jwks_uri: `${h.sandbox.teams.authority}/discovery/v2.0/keys`,
  });
  expect((await h.fetch('/sandbox/login/00000000-0000-0000-0000-000000000000/discovery/v2.0/keys')).status).toBe(404);
});

test('a refusal by the bot (a message) is handed back as the bot sent it', async () => {
  answer = {
    status: 200,
    body: JSON.stringify({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Only team managers can decide.',
    }),
  };
  const res = await click(WORKER);
  expect(await res.json()).toEqual({
    status: 200,
    body: {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Only team managers can decide.',
    },
  });
  expect(seen[0]!.body.from.aadObjectId).toBe(h.sandbox.seed.personas.find((p) => p.upn === WORKER)!.id);
});

test('someone outside the team never reaches the bot: Teams would not show them the channel', async () => {
  const res = await click(REFERRER);
  expect(res.status).toBe(403);
  expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/not in .* team/);
  expect(seen).toHaveLength(0);
});

test('bad clicks are refused before the bot: unknown persona, unknown post, a post not by the bot, bad body', async () => {
  expect((await click('nobody@sandbox.test')).status).toBe(400);
  expect((await click(LEWISHAM_MANAGER, undefined, '1')).status).toBe(404);
  const managerToken = await h.token(LEWISHAM_MANAGER);
  const mine = await h.fetch(`/botframework/v3/conversations/${encodeURIComponent(channelId)}/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${managerToken}` },
    body: JSON.stringify({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: CARD }],
    }),
  });
  expect((await click(LEWISHAM_MANAGER, undefined, ((await mine.json()) as { id: string }).id)).status).toBe(400);
  expect((await click(LEWISHAM_MANAGER, { verb: 'accept', extra: 1 })).status).toBe(400);
  const plain = await h.fetch(`/sandbox/channels/${encodeURIComponent(channelId)}/posts/${cardPostId}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ persona: LEWISHAM_MANAGER, action: { verb: 'accept' } }),
  });
  expect(plain.status).toBe(415);
  expect(seen).toHaveLength(0);
});

test('a bot that is not running is reported, not a crash', async () => {
  const closed = createServer();
  const endpoint = await listen(closed);
  await new Promise((r) => closed.close(r));
  const other = await startHarness({ botEndpoint: endpoint });
  try {
    const post = await postCardAsBot(other, channelId, CARD);
    const res = await clickCard(other, channelId, post, LEWISHAM_MANAGER, { verb: 'accept' });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('could not be reached');
  } finally {
    await other.close();
  }
});
