// The Bot Connector subset (not reachable through the Graph client): conversations and activities in channels.
import { LEWISHAM_MANAGER, type Harness, startHarness } from '../../conformance/support';

let h: Harness;
let botToken: string;
let channelId: string;
let teamId: string;

beforeAll(async () => {
  h = await startHarness();
  const res = await h.fetch('/sandbox/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appId: h.sandbox.seed.bot.appId }),
  });
  botToken = ((await res.json()) as { access_token: string }).access_token;
  const team = h.sandbox.seed.teams.find((t) =>
    t.displayName.startsWith('Lewisham'),
  ) as (typeof h.sandbox.seed.teams)[number];
  teamId = team.id;
  channelId = (team.channels.find((c) => c.displayName === 'Referrals') as { id: string }).id;
});
afterAll(() => h.close());

const bot = (path: string, method: string, body: unknown, token = botToken) =>
  h.fetch(`/botframework/v3/conversations${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const card = (text: string) => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] },
});

test('create a thread with a card, reply to it, update the card; Graph and the web view show it all', async () => {
  const created = await bot('', 'POST', {
    isGroup: true,
    channelData: { channel: { id: channelId } },
    activity: { type: 'message', attachments: [card('New referral R-5')] },
  });
  expect(created.status).toBe(201);
  const { id: conversationId, activityId } = (await created.json()) as { id: string; activityId: string };
  expect(conversationId).toBe(`${channelId};messageid=${activityId}`);

  const sent = await bot(`/${encodeURIComponent(conversationId)}/activities`, 'POST', {
    type: 'message',
    text: 'Screening started',
  });
  expect(sent.status).toBe(201);
  const replyId = ((await sent.json()) as { id: string }).id;
  const replied = await bot(`/${encodeURIComponent(conversationId)}/activities/${replyId}`, 'POST', {
    type: 'message',
    text: 'Reply to a reply',
  });
  expect(replied.status).toBe(201);
  const updated = await bot(`/${encodeURIComponent(conversationId)}/activities/${activityId}`, 'PUT', {
    type: 'message',
    attachments: [card('R-5 accepted')],
  });
  expect(updated.status).toBe(200);

  const manager = await h.client(LEWISHAM_MANAGER);
  const path = `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages`;
  const root = (await manager.api(`${path}/${activityId}`).get()) as {
    from: { application: { displayName: string } };
    attachments: { id: string; content: string }[];
    body: { content: string };
    lastModifiedDateTime: string;
  };
  expect(root.from.application.displayName).toBe('Referral Card');
  expect(JSON.parse(root.attachments[0]?.content ?? '{}').body[0].text).toBe('R-5 accepted');
  expect(root.body.content).toBe(`<attachment id="${root.attachments[0]?.id}"></attachment>`);
  const replies = (await manager.api(`${path}/${activityId}/replies`).get()) as {
    value: { body: { content: string } }[];
  };
  // Teams threads are one level deep: the reply to a reply lands in the same thread.
  expect(replies.value.map((r) => r.body.content).sort()).toEqual(['Reply to a reply', 'Screening started']);

  const page = await (await h.fetch(`/sandbox/channels/${encodeURIComponent(channelId)}`)).text();
  expect(page).toContain('R-5 accepted');
  expect(page).toContain('Referral Card (bot)');
  expect(page).toContain('Screening started');
});

test('a new conversation without an activity, a root post to the channel, and the connector errors', async () => {
  const created = await bot('', 'POST', { isGroup: true, channelData: { channel: { id: channelId } } });
  expect(await created.json()).toEqual({ id: channelId });
  const post = await bot(`/${encodeURIComponent(channelId)}/activities`, 'POST', {
    type: 'message',
    text: 'Weekly summary',
  });
  expect(post.status).toBe(201);

  expect((await bot('', 'POST', { isGroup: true, channelData: { channel: { id: channelId } } }, '')).status).toBe(401);
  expect(
    (await bot('', 'POST', { isGroup: true, channelData: { channel: { id: channelId } } }, 'tampered.token.here'))
      .status,
  ).toBe(401);
  const unknown = await bot('', 'POST', { channelData: { channel: { id: '19:nope@thread.tacv2' } } });
  expect(unknown.status).toBe(404);
  expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('ConversationNotFound');
  const personal = await bot('', 'POST', { members: [{ id: '29:someone' }] });
  expect(personal.status).toBe(501);
  const missing = await bot(`/${encodeURIComponent(channelId)}/activities/999`, 'PUT', { type: 'message', text: 'x' });
  expect(missing.status).toBe(404);
  const typing = await bot(`/${encodeURIComponent(channelId)}/activities`, 'POST', { type: 'typing' });
  expect(typing.status).toBe(501);
  const manager = await h.client(LEWISHAM_MANAGER);
  const human = (await manager
    .api(`/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages`)
    .post({ body: { content: 'by a person' } })) as { id: string };
  const notMine = await bot(`/${encodeURIComponent(channelId)}/activities/${human.id}`, 'PUT', {
    type: 'message',
    text: 'rewritten',
  });
  expect(notMine.status).toBe(403);
  const badBody = await bot(`/${encodeURIComponent(channelId)}/activities`, 'POST', { attachments: [{ content: {} }] });
  expect(badBody.status).toBe(400);
});

test('the bot app has no /me (application permissions only; tests/sandbox/app-permissions.test.ts)', async () => {
  const client = await h.client({ token: botToken });
  await expect(client.api('/me').get()).rejects.toMatchObject({ statusCode: 400, code: 'BadRequest' });
});

test('a persona outside the channel’s team gets 403 on every conversation operation; a member and the bot do not', async () => {
  const outsider = await h.token('riley.referrer@sandbox.test'); // in no team
  const member = await h.token(LEWISHAM_MANAGER);
  const message = { type: 'message', text: 'hello' };

  const refused = await bot(`/${channelId}/activities`, 'POST', message, outsider);
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('Forbidden');
  const thread = await bot('', 'POST', {
    isGroup: true,
    channelData: { channel: { id: channelId } },
    activity: message,
  });
  const { id: conversation, activityId } = (await thread.json()) as { id: string; activityId: string };
  for (const [path, method] of [
    ['', 'POST'],
    [`/${encodeURIComponent(conversation)}/activities`, 'POST'],
    [`/${encodeURIComponent(conversation)}/activities/${activityId}`, 'POST'],
    [`/${encodeURIComponent(conversation)}/activities/${activityId}`, 'PUT'],
  ] as const) {
    const body =
      path === '' ? { isGroup: true, channelData: { channel: { id: channelId } }, activity: message } : message;
    expect((await bot(path, method, body, outsider)).status).toBe(403);
  }

  expect((await bot(`/${channelId}/activities`, 'POST', message, member)).status).toBe(201);
  expect((await bot(`/${channelId}/activities`, 'POST', message)).status).toBe(201);
  // A member of another team only is an outsider here too.
  const otherTeams = h.sandbox.seed.personas.find(
    (p) => p.roles.includes('team-manager') && !p.groups.includes(teamId),
  ) as { upn: string };
  expect((await bot(`/${channelId}/activities`, 'POST', message, await h.token(otherTeams.upn))).status).toBe(403);
});
