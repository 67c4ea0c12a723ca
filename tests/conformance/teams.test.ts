// Teams, channels and channel messages as the product reads and posts them.
import { randomUUID } from 'node:crypto';
import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { graphFailure, type Harness, NOTTS_COORDINATOR, REFERRER, startHarness, WORKER } from './support';

type Team = { id: string; displayName: string };
type Channel = { id: string; displayName: string };
type ChatMessage = {
  id: string;
  replyToId: string | null;
  body: { contentType: string; content: string };
  attachments: { id: string; contentType: string; content: string }[];
  from: { user: { displayName: string } | null };
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function nottsReferrals(upn: string) {
  const client = await h.client(upn);
  const teams = (await client.api('/me/joinedTeams').get()) as { value: Team[] };
  const team = teams.value.find((t) => t.displayName.startsWith('Nottinghamshire')) as Team;
  const channels = (await client.api(`/teams/${team.id}/channels`).get()) as { value: Channel[] };
  const channel = channels.value.find((c) => c.displayName === 'Referrals') as Channel;
  return { client, team, channel, path: `/teams/${team.id}/channels/${encodeURIComponent(channel.id)}` };
}

test('a member posts a card, reads it back, replies, and pages through the channel', async () => {
  const { client, path } = await nottsReferrals(NOTTS_COORDINATOR);
  const cardId = randomUUID();
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Referral R-9 <script>' }] };
  const posted = (await client.api(`${path}/messages`).post({
    body: { contentType: 'html', content: `<attachment id="${cardId}"></attachment>` },
    attachments: [
      { id: cardId, contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) },
    ],
  })) as ChatMessage;
  expect(posted).toMatchObject({
    replyToId: null,
    from: { user: { displayName: expect.stringContaining('Parenting coordinator') } },
  });
  const got = (await client.api(`${path}/messages/${posted.id}`).get()) as ChatMessage;
  expect(JSON.parse(got.attachments[0]?.content ?? '')).toEqual(card);

  const reply = (await client
    .api(`${path}/messages/${posted.id}/replies`)
    .post({ body: { content: 'Accepted.' } })) as ChatMessage;
  expect(reply.replyToId).toBe(posted.id);
  const replies = (await client.api(`${path}/messages/${posted.id}/replies`).get()) as { value: ChatMessage[] };
  expect(replies.value.map((r) => r.id)).toEqual([reply.id]);

  for (let i = 0; i < 30; i += 1) await client.api(`${path}/messages`).post({ body: { content: `post ${i}` } });
  const first = (await client.api(`${path}/messages`).top(10).get()) as PageCollection;
  const ids: string[] = [];
  await new PageIterator(client, first, (m: ChatMessage) => {
    ids.push(m.id);
    return true;
  }).iterate();
  // Root posts only, newest first; replies are not in the channel list.
  expect(ids).toHaveLength(31);
  expect(ids).not.toContain(reply.id);
  expect(ids[30]).toBe(posted.id);
});

test('a card whose body does not reference its attachment is refused, as Graph does', async () => {
  const { client, path } = await nottsReferrals(NOTTS_COORDINATOR);
  const e = await graphFailure(
    client.api(`${path}/messages`).post({
      body: { contentType: 'html', content: 'no reference' },
      attachments: [{ id: 'abc', contentType: 'application/vnd.microsoft.card.adaptive', content: '{}' }],
    }),
  );
  expect(e).toMatchObject({ statusCode: 400, code: 'BadRequest' });
});

test('non-members get 403, unknown teams and channels 404', async () => {
  const { team, path } = await nottsReferrals(WORKER);
  const referrer = await h.client(REFERRER);
  expect(((await referrer.api('/me/joinedTeams').get()) as { value: Team[] }).value).toEqual([]);
  expect(await graphFailure(referrer.api(`/teams/${team.id}/channels`).get())).toMatchObject({
    statusCode: 403,
    code: 'Forbidden',
  });
  expect(await graphFailure(referrer.api(`${path}/messages`).get())).toMatchObject({ statusCode: 403 });
  expect(await graphFailure(referrer.api('/teams/00000000-0000-0000-0000-000000000000/channels').get())).toMatchObject({
    statusCode: 404,
  });
  const worker = await h.client(WORKER);
  expect(
    await graphFailure(
      worker.api(`/teams/${team.id}/channels/${encodeURIComponent('19:nope@thread.tacv2')}/messages`).get(),
    ),
  ).toMatchObject({
    statusCode: 404,
  });
});
