// The bot's HTTP endpoint with the Agents SDK: an `adaptiveCard/action` invoke as Teams sends it goes through
// CloudAdapter and AgentApplication to the card-action route, and the answer is the invoke response.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudAdapter, getAuthConfigWithDefaults } from '@microsoft/agents-hosting';
import { HELP, cardActionRoutes, createBotApplication, UNKNOWN_BUTTON } from '../../src/bot/bot-app';
import { FileStorage } from '../../src/bot/storage/file-storage';
import { startBotServer, type RunningServer } from '../../src/bot/server/bot-server';
import { MailboxWatcher } from '../../src/bot/watch/mailbox-watcher';
import { FakeChannel, FakeRoster, FakeTriage, MANAGER, binding, builtIn, rowOf } from './support/fakes';

const REFERRAL = 'a0000000-0000-4000-8000-000000000000';
const folder = mkdtempSync(join(tmpdir(), 'bot-server-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(folder, { recursive: true, force: true });
});

async function start(auth: Parameters<typeof getAuthConfigWithDefaults>[0]) {
  const storage = new FileStorage(mkdtempSync(join(folder, 's-')));
  const triage = new FakeTriage();
  triage.add(rowOf(REFERRAL, '2027-03-25T09:30:00Z'));
  const channel = new FakeChannel();
  const now = () => new Date('2027-03-25T11:00:00Z');
  const common = { storage, channel, catalogue: builtIn, boardUrl: 'https://board.example/', now };
  await new MailboxWatcher({ ...common, binding, triage, instanceId: 'x', reminderHour: 8 }).tick();
  const authConfig = getAuthConfigWithDefaults(auth);
  const adapter = new CloudAdapter(authConfig);
  const directory = { isMember: async (_g: string, user: string) => user === MANAGER };
  const routes = cardActionRoutes({ ...common, bindings: [binding], triage, directory, roster: new FakeRoster() });
  const app = createBotApplication(adapter, routes, () => undefined);
  const server = await startBotServer({ app, adapter, authConfig, host: '127.0.0.1', port: 0 });
  servers.push(server);
  return { server, channel, triage };
}

const invoke = (cardId: string, verb: string, data: object, userId = MANAGER) => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  id: 'inv-1',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/botframework/',
  from: { id: `29:${userId}`, aadObjectId: userId, name: 'A manager' },
  recipient: { id: '28:bot' },
  conversation: { id: `${binding.channelId};messageid=${cardId}`, conversationType: 'channel' },
  replyToId: cardId,
  value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
});

const post = (server: RunningServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

test('a click is decided and answered with the redrawn card (anonymous on loopback, development only)', async () => {
  const { server, channel, triage } = await start({});
  const cardId = channel.posts[0]!.id;
  const res = await post(
    server,
    invoke(cardId, 'triage.start-screening', { referralId: REFERRAL, mailbox: binding.mailbox, expectedVersion: 0 }),
  );
  expect(res.status).toBe(200);
  const body = (await res.json()) as { statusCode: number; type: string; value: unknown };
  expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect(JSON.stringify(body.value)).toContain('"Status","value":"Screening"');
  expect(triage.rows.get(`msg-${REFERRAL}`)!.triage.state).toBe('screening');
  expect(channel.updates).toHaveLength(1);
});

test('an unknown verb is answered with a message and changes nothing', async () => {
  const { server, channel, triage } = await start({});
  const res = await post(server, invoke(channel.posts[0]!.id, 'delete.everything', {}));
  expect(await res.json()).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: UNKNOWN_BUTTON });
  expect(triage.decisions).toBe(0);
});

test('with a bot id configured, a call without a valid signed token is refused', async () => {
  const { server, triage, channel } = await start({ clientId: '9108d0a2-1132-5f0f-a822-0628a8c8e315' });
  const body = invoke(channel.posts[0]!.id, 'triage.start-screening', {
    referralId: REFERRAL,
    mailbox: binding.mailbox,
    expectedVersion: 0,
  });
  expect((await post(server, body)).status).toBe(401);
  expect((await post(server, body, { authorization: 'Bearer not.a.token' })).status).toBe(401);
  expect(triage.decisions).toBe(0);
});

test('bad requests: not JSON, too large, wrong method or path', async () => {
  const { server } = await start({});
  expect((await fetch(server.url, { method: 'POST', body: '{nope' })).status).toBe(400);
  expect((await fetch(server.url, { method: 'POST', body: 'x'.repeat(300 * 1024) })).status).toBe(413);
  expect((await fetch(server.url)).status).toBe(405);
  expect((await fetch(server.url.replace('/api/messages', '/other'), { method: 'POST', body: '{}' })).status).toBe(404);
});

test('a message to the bot is answered, through the conversation it came from, with what the bot is for', async () => {
  const { server } = await start({});
  const replies: { url: string; body: { text?: string } }[] = [];
  const connector = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      replies.push({ url: req.url ?? '', body: JSON.parse(body) as { text?: string } });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply-1"}');
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = connector.address() as AddressInfo;
    const res = await post(server, {
      type: 'message',
      id: 'm-1',
      text: '<at>Referral Card</at> hello',
      channelId: 'msteams',
      serviceUrl: `http://127.0.0.1:${port}/`,
      from: { id: '29:someone', aadObjectId: MANAGER },
      recipient: { id: '28:bot' },
      conversation: { id: `${binding.channelId};messageid=m-1`, conversationType: 'channel' },
    });
    expect(res.status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.url).toBe(`/v3/conversations/${binding.channelId};messageid=m-1/activities/m-1`);
    expect(replies[0]!.body.text).toBe(HELP);
  } finally {
    await new Promise((resolve) => connector.close(resolve));
  }
});
