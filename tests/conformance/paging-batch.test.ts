// PageIterator over 250 messages and BatchRequestContent / BatchResponseContent.
import {
  BatchRequestContent,
  BatchResponseContent,
  PageIterator,
  type PageCollection,
} from '@microsoft/microsoft-graph-client';
import { graphFailure, type Harness, LEWISHAM_MAILBOX, LEWISHAM_MANAGER, REFERRER, startHarness } from './support';

type Msg = { id: string; subject: string; receivedDateTime: string };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Posts drafts in $batch requests of 20 (Graph's batch limit). */
async function seedDrafts(upn: string, count: number, prefix: string): Promise<void> {
  const client = await h.client(upn);
  for (let start = 0; start < count; start += 20) {
    const batch = new BatchRequestContent();
    for (let i = start; i < Math.min(count, start + 20); i += 1) {
      batch.addRequest({
        id: String(i),
        request: new Request(`${h.sandbox.graphBaseUrl}v1.0/me/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ subject: `${prefix} ${String(i).padStart(3, '0')}` }),
        }),
      });
    }
    const res = new BatchResponseContent(await client.api('/$batch').post(await batch.getContent()));
    for (const [, r] of res.getResponses()) expect(r.status).toBe(201);
    h.clock.now += 1000;
  }
}

test('PageIterator walks 250 messages page by page, each exactly once, newest first', async () => {
  await seedDrafts(REFERRER, 250, 'Paged');
  const client = await h.client(REFERRER);
  const first = (await client
    .api('/me/mailFolders/drafts/messages')
    .select('subject,receivedDateTime')
    .top(25)
    .get()) as PageCollection;
  expect(first.value).toHaveLength(25);
  expect(first['@odata.nextLink']).toMatch(/^https:\/\/localhost:\d+\/graph\/v1\.0\/.*\$skiptoken=/);
  const seen: Msg[] = [];
  const it = new PageIterator(client, first, (m: Msg) => {
    seen.push(m);
    return true;
  });
  await it.iterate();
  expect(it.isComplete()).toBe(true);
  expect(seen).toHaveLength(250);
  expect(new Set(seen.map((m) => m.id)).size).toBe(250);
  // Batches were 1 s apart on the test clock: newest batch first.
  expect(seen[0]?.subject.startsWith('Paged 24')).toBe(true);
  expect(seen[249]?.subject.startsWith('Paged 0')).toBe(true);
  const times = seen.map((m) => m.receivedDateTime);
  expect([...times].sort().reverse()).toEqual(times);
  // $select trims the payload to what was asked (plus id and annotations).
  expect(Object.keys(seen[0] as object).sort()).toEqual(['@odata.etag', 'id', 'receivedDateTime', 'subject']);
});

test('$orderby, $skip and $filter on dates work together', async () => {
  const client = await h.client(REFERRER);
  const asc = (await client
    .api('/me/mailFolders/drafts/messages')
    .orderby('receivedDateTime asc')
    .top(3)
    .skip(20)
    .get()) as { value: Msg[] };
  expect(asc.value.map((m) => m.subject.slice(0, 7))).toEqual(['Paged 0', 'Paged 0', 'Paged 0']);
  const cutoff = new Date(h.clock.now - 3000).toISOString();
  const recent = (await client
    .api('/me/mailFolders/drafts/messages')
    .filter(`receivedDateTime ge ${cutoff}`)
    .top(100)
    .get()) as { value: Msg[] };
  expect(recent.value.length).toBe(50);
  const bad = await graphFailure(client.api('/me/messages').filter('receivedDateTime gee 2026-01-01').get());
  expect(bad).toMatchObject({ statusCode: 400, code: 'BadRequest' });
});

test('BatchRequestContent: dependsOn runs in order, each item answers on its own, a failed dependency is 424', async () => {
  const client = await h.client(LEWISHAM_MANAGER);
  const base = h.sandbox.graphBaseUrl + 'v1.0';
  // Parallel: items answer independently.
  const parallel = new BatchRequestContent();
  parallel.addRequest({ id: 'me', request: new Request(`${base}/me`) });
  parallel.addRequest({
    id: 'shared',
    request: new Request(`${base}/users/${LEWISHAM_MAILBOX}/mailFolders/inbox/messages?$top=1`),
  });
  parallel.addRequest({ id: 'denied', request: new Request(`${base}/users/parenting.courses@nottsc.gov.uk/messages`) });
  parallel.addRequest({ id: 'unknown', request: new Request(`${base}/me/calendar`) });
  const res = new BatchResponseContent(await client.api('/$batch').post(await parallel.getContent()));
  expect(res.getResponseById('me').status).toBe(200);
  expect(((await res.getResponseById('me').json()) as { userPrincipalName: string }).userPrincipalName).toBe(
    LEWISHAM_MANAGER,
  );
  expect(res.getResponseById('shared').status).toBe(200);
  const denied = res.getResponseById('denied');
  expect(denied.status).toBe(403);
  expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('ErrorAccessDenied');
  expect(res.getResponseById('unknown').status).toBe(501);

  // Serial: each item waits for the one before; a failure stops what depends on it.
  const serial = new BatchRequestContent();
  serial.addRequest({ id: '1', request: new Request(`${base}/me`) });
  serial.addRequest({
    id: '2',
    request: new Request(`${base}/users/nobody@nowhere.example/messages`),
    dependsOn: ['1'],
  });
  serial.addRequest({ id: '3', request: new Request(`${base}/me/memberOf`), dependsOn: ['2'] });
  const chain = new BatchResponseContent(await client.api('/$batch').post(await serial.getContent()));
  expect(chain.getResponseById('1').status).toBe(200);
  expect(chain.getResponseById('2').status).toBe(404);
  expect(chain.getResponseById('3').status).toBe(424);

  const tooMany = { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) };
  const refused = await graphFailure(client.api('/$batch').post(tooMany));
  expect(refused).toMatchObject({ statusCode: 400, code: 'BadRequest' });
});
