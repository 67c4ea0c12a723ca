// The bot app's application permissions: mail of the referral (shared) mailboxes it was granted and directory reads,
// as RBAC for Applications scopes them in a tenant. A persona's own mailbox stays closed to it.
import type { Client } from '@microsoft/microsoft-graph-client';
import {
  graphFailure,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  NOTTS_MAILBOX,
  REFERRER,
  startHarness,
  WORKER,
} from '../conformance/support';

const STATE = 'String {00020329-0000-0000-C000-000000000046} Name ReferralTriageState';

let h: Harness;
let app: Client;
let appToken: string;

beforeAll(async () => {
  h = await startHarness();
  const res = await h.fetch('/sandbox/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appId: h.sandbox.seed.bot.appId }),
  });
  appToken = ((await res.json()) as { access_token: string }).access_token;
  app = await h.client({ token: appToken });
  const referrer = await h.client(REFERRER);
  await referrer.api('/me/sendMail').post({
    message: {
      subject: 'R-APP-1 OFFICIAL-SENSITIVE',
      body: { contentType: 'Text', content: 'A referral' },
      toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }],
    },
  });
});
afterAll(() => h.close());

type Msg = { id: string; subject: string; singleValueExtendedProperties?: { id: string; value: string }[] };

test('the seed grants the bot every shared mailbox and nothing else', () => {
  const shared = h.sandbox.seed.sharedMailboxes.map((m) => m.address);
  expect(h.sandbox.seed.bot.mailboxAccess).toEqual(shared);
  expect(h.sandbox.seed.bot.mailboxAccess).not.toContain(REFERRER);
});

test('the app reads, marks and sends from a referral mailbox', async () => {
  const list = (await app.api(`/users/${LEWISHAM_MAILBOX}/mailFolders/inbox/messages`).get()) as { value: Msg[] };
  const message = list.value.find((m) => m.subject.startsWith('R-APP-1'));
  expect(message).toBeDefined();
  await app
    .api(`/users/${LEWISHAM_MAILBOX}/messages/${message!.id}`)
    .patch({ singleValueExtendedProperties: [{ id: STATE, value: 'screening' }], categories: ['Referral: screening'] });
  const read = (await app
    .api(`/users/${LEWISHAM_MAILBOX}/messages/${message!.id}`)
    .expand(`singleValueExtendedProperties($filter=id eq '${STATE}')`)
    .get()) as Msg;
  expect(read.singleValueExtendedProperties?.[0]?.value).toBe('screening');

  await app.api(`/users/${LEWISHAM_MAILBOX}/sendMail`).post({
    message: {
      subject: 'R-APP-1 status OFFICIAL-SENSITIVE',
      body: { contentType: 'Text', content: 'Screening has started.' },
      toRecipients: [{ emailAddress: { address: REFERRER } }],
    },
  });
  const referrer = await h.client(REFERRER);
  const inbox = (await referrer.api('/me/mailFolders/inbox/messages').get()) as {
    value: (Msg & { from: { emailAddress: { address: string } } })[];
  };
  const status = inbox.value.find((m) => m.subject === 'R-APP-1 status OFFICIAL-SENSITIVE');
  expect(status?.from.emailAddress.address).toBe(LEWISHAM_MAILBOX);
});

test("a persona's own mailbox is refused to the app: read, write and send", async () => {
  for (const call of [
    app.api(`/users/${REFERRER}/messages`).get(),
    app.api(`/users/${LEWISHAM_MANAGER}/mailFolders/inbox/messages/delta`).get(),
    app.api(`/users/${WORKER}/messages`).post({ subject: 'x' }),
    app.api(`/users/${REFERRER}/sendMail`).post({
      message: {
        subject: 'x',
        body: { contentType: 'Text', content: 'x' },
        toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }],
      },
    }),
  ]) {
    const failure = await graphFailure(call);
    expect(failure.statusCode).toBe(403);
    expect(failure.code).toBe('ErrorAccessDenied');
  }
});

test('the app cannot send as a persona from a referral mailbox', async () => {
  const failure = await graphFailure(
    app.api(`/users/${NOTTS_MAILBOX}/sendMail`).post({
      message: {
        subject: 'x',
        from: { emailAddress: { address: LEWISHAM_MANAGER } },
        body: { contentType: 'Text', content: 'x' },
        toRecipients: [{ emailAddress: { address: REFERRER } }],
      },
    }),
  );
  expect(failure.statusCode).toBe(403);
  expect(failure.code).toBe('ErrorSendAsDenied');
});

test('the app reads the directory: users, groups, members, memberOf and transitiveMemberOf', async () => {
  const seed = h.sandbox.seed;
  const managers = seed.groups.find((g) => g.kind === 'managers' && g.mailbox === LEWISHAM_MAILBOX)!;
  const user = (await app.api(`/users/${LEWISHAM_MANAGER}`).get()) as { id: string };
  const members = (await app.api(`/groups/${managers.id}/members`).get()) as { value: { id: string }[] };
  const morgan = seed.personas.find((p) => p.upn === 'morgan.manager@sandbox.test')!;
  expect(members.value.map((m) => m.id)).toEqual([user.id, morgan.id]);
  for (const path of ['memberOf', 'transitiveMemberOf']) {
    const groups = (await app.api(`/users/${user.id}/${path}`).get()) as { value: { id: string }[] };
    expect(groups.value.map((g) => g.id)).toContain(managers.id);
  }
  const worker = (await app.api(`/users/${WORKER}/transitiveMemberOf`).get()) as { value: { id: string }[] };
  expect(worker.value.map((g) => g.id)).not.toContain(managers.id);
});

test('an app token has no /me, and no Teams through Graph', async () => {
  const me = await graphFailure(app.api('/me/messages').get());
  expect(me.statusCode).toBe(400);
  const team = h.sandbox.seed.teams[0]!;
  const channels = await graphFailure(app.api(`/teams/${team.id}/channels`).get());
  expect(channels.statusCode).toBe(403);
});

test('$batch applies the same boundary item by item', async () => {
  const res = await h.fetch('/graph/v1.0/$batch', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${appToken}` },
    body: JSON.stringify({
      requests: [
        { id: '1', method: 'GET', url: `/users/${LEWISHAM_MAILBOX}/messages?$top=1` },
        { id: '2', method: 'GET', url: `/users/${REFERRER}/messages?$top=1` },
      ],
    }),
  });
  const body = (await res.json()) as { responses: { id: string; status: number }[] };
  const status = Object.fromEntries(body.responses.map((r) => [r.id, r.status]));
  expect(status).toEqual({ '1': 200, '2': 403 });
});

test('a persona keeps its delegated rights: the referrer still cannot read a referral mailbox', async () => {
  const referrer = await h.client(REFERRER);
  const failure = await graphFailure(referrer.api(`/users/${LEWISHAM_MAILBOX}/messages`).get());
  expect(failure.statusCode).toBe(403);
});
