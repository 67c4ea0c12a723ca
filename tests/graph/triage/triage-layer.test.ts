// The triage layer's edges against the sandbox: what syncBoard asks for and keeps, and every refusal of decide.
import { randomUUID } from 'node:crypto';
import {
  applyReferrerMessages,
  decide,
  readRow,
  REFERRAL_PROPERTY_IDS as P,
  referralPropertiesFor,
  sendInformationAnswer,
  sendWithdrawal,
  syncBoard,
  type BoardRow,
  type GraphGateway,
} from '../../../src/graph';
import {
  clearFaults,
  failureOf,
  filedToLewisham,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  setFaults,
  startHarness,
  type TestGateway,
} from '../support';

let h: Harness;
let referrer: GraphGateway;
let manager: TestGateway;
beforeAll(async () => {
  h = await startHarness();
  referrer = gatewayFor(h, REFERRER).gateway;
  manager = gatewayFor(h, LEWISHAM_MANAGER);
});
afterAll(() => h.close());
afterEach(() => clearFaults(h));

const TM = { id: 'tm-1', role: 'team-manager' as const };
const mailboxPath = `/users/${LEWISHAM_MAILBOX}`;

const filed = (): Promise<BoardRow> => filedToLewisham(h, referrer, manager.gateway);

/** A message of another kind, sent to the service mailbox by the referrer. */
async function sendKind(kind: 'status' | 'information', referralId = randomUUID()) {
  await referrer.client.api('/me/sendMail').post({
    message: {
      subject: 'Not a referral',
      body: { contentType: 'Text', content: 'Hello' },
      toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }],
      singleValueExtendedProperties: referralPropertiesFor({
        referralId,
        schemaVersion: '2',
        serviceIds: ['lewisham.family-hub'],
        kind,
      }),
    },
  });
}

describe('syncBoard', () => {
  it('asks the delta for only what a row needs, with our properties expanded, page by page', async () => {
    await filed();
    await filed();
    const urls: string[] = [];
    manager.link.before = (url) => {
      urls.push(url);
    };
    const pages: number[] = [];
    const board = await syncBoard(manager.gateway, LEWISHAM_MAILBOX, undefined, {
      maxPageSize: 1,
      onPage: (n) => pages.push(n),
    });
    manager.link.before = undefined;
    const first = decodeURIComponent(urls[0] ?? '');
    expect(first).toContain('/mailFolders/inbox/messages/delta');
    expect(first).toContain('$select=receivedDateTime,from');
    expect(first).toContain(`id eq '${P.triage}'`);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.at(-1)).toBe(Object.keys(board.rows).length);
  });

  it('leaves out other kinds of message, and drops a row whose message is deleted', async () => {
    const row = await filed();
    await sendKind('status');
    await sendKind('information');
    const before = await syncBoard(manager.gateway, LEWISHAM_MAILBOX);
    const kinds = Object.values(before.rows).map((r) => r.referralId);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(before.rows[row.messageId]).toBeDefined();
    await manager.gateway.client.api(`${mailboxPath}/messages/${row.messageId}`).delete();
    const after = await syncBoard(manager.gateway, LEWISHAM_MAILBOX, before);
    expect(after.rows[row.messageId]).toBeUndefined();
    expect(Object.keys(after.rows)).toHaveLength(Object.keys(before.rows).length - 1);
  });

  it('a failure other than an expired link is thrown, not hidden by a full resync', async () => {
    const board = await syncBoard(manager.gateway, LEWISHAM_MAILBOX);
    await setFaults(h, { rate503: 1, pathPrefix: '/graph/v1.0/users/' });
    const failure = await failureOf(syncBoard(manager.gateway, LEWISHAM_MAILBOX, board));
    expect(failure).toMatchObject({ kind: 'server', detail: { mailbox: LEWISHAM_MAILBOX } });
  });
});

describe('decide', () => {
  it('keeps the mailbox users’ own categories and swaps only the state’s', async () => {
    const row = await filed();
    await manager.gateway.client
      .api(`${mailboxPath}/messages/${row.messageId}`)
      .patch({ categories: ['Blue category', 'Referral: accepted'] });
    const outcome = await decide(manager.gateway, {
      mailbox: LEWISHAM_MAILBOX,
      messageId: row.messageId,
      move: { to: 'screening', expectedVersion: 0 },
      actor: TM,
      now: new Date(h.clock.now),
    });
    expect(outcome.ok).toBe(true);
    const m = (await manager.gateway.client
      .api(`${mailboxPath}/messages/${row.messageId}`)
      .select('categories')
      .get()) as { categories: string[] };
    expect(m.categories).toEqual(['Blue category', 'Referral: screening']);
  });

  it('refuses a referral whose stored record is damaged, and writes nothing', async () => {
    const row = await filed();
    await manager.gateway.client
      .api(`${mailboxPath}/messages/${row.messageId}`)
      .patch({ singleValueExtendedProperties: [{ id: P.triage, value: '{"broken":' }] });
    const outcome = await decide(manager.gateway, {
      mailbox: LEWISHAM_MAILBOX,
      messageId: row.messageId,
      move: { to: 'screening', expectedVersion: 0 },
      actor: TM,
      now: new Date(h.clock.now),
    });
    expect(outcome).toMatchObject({ ok: false, code: 'invalid-record', current: { triageDamaged: true } });
    expect(outcome.ok ? '' : outcome.message).toMatch(/damaged/);
    expect((await readRow(manager.gateway, LEWISHAM_MAILBOX, row.messageId)).triage.history).toEqual([]);
  });

  it('the decision stands when the status message cannot go, and says it was not sent', async () => {
    const row = await filed();
    await setFaults(h, {
      rate503: 1,
      pathPrefix: `/graph/v1.0/users/${encodeURIComponent(LEWISHAM_MAILBOX)}/sendMail`,
    });
    const outcome = await decide(manager.gateway, {
      mailbox: LEWISHAM_MAILBOX,
      messageId: row.messageId,
      move: { to: 'screening', expectedVersion: 0 },
      actor: TM,
      now: new Date(h.clock.now),
    });
    expect(outcome).toMatchObject({ ok: true, statusMessageSent: false, row: { triage: { state: 'screening' } } });
  });

  it('a message that is not a referral, or does not exist, is a typed failure', async () => {
    await sendKind('status');
    const page = (await manager.gateway.client
      .api(`${mailboxPath}/mailFolders/inbox/messages`)
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${P.kind}' and ep/value eq 'status')`)
      .top(1)
      .get()) as { value: { id: string }[] };
    const id = page.value[0]?.id ?? '';
    const notReferral = await failureOf(readRow(manager.gateway, LEWISHAM_MAILBOX, id));
    expect(notReferral).toMatchObject({ kind: 'invalid-request' });
    const missing = await failureOf(
      decide(manager.gateway, {
        mailbox: LEWISHAM_MAILBOX,
        messageId: 'no-such-message',
        move: { to: 'screening', expectedVersion: 0 },
        actor: TM,
        now: new Date(h.clock.now),
      }),
    );
    expect(missing).toMatchObject({ kind: 'rejected', detail: { status: 404 } });
  });
});

describe('the referrer’s messages to the service', () => {
  const ref = { mailbox: LEWISHAM_MAILBOX, referralId: randomUUID(), serviceIds: ['lewisham.family-hub'] };

  it.each([
    ['an empty answer', { ...ref, text: '   ' }, 'text: empty'],
    ['an answer that is too long', { ...ref, text: 'x'.repeat(2001) }, 'text: longer than 2000 characters'],
    ['a bad referral id', { ...ref, referralId: 'RC-1', text: 'ok' }, 'referralId: not a referral id'],
    ['no services', { ...ref, serviceIds: [], text: 'ok' }, 'serviceIds: none given'],
    ['a bad mailbox', { ...ref, mailbox: 'not a mailbox', text: 'ok' }, 'mailbox: not an email address'],
  ])('%s is refused before anything is sent', async (_, input, problem) => {
    const failure = await failureOf(sendInformationAnswer(referrer, input));
    expect(failure).toMatchObject({ kind: 'invalid-request', detail: { problems: [problem] } });
  });

  it('an answer to a referral that is not waiting for one is marked "not applied" once, for a person to read', async () => {
    const row = await filed();
    const answer = { mailbox: LEWISHAM_MAILBOX, referralId: row.referralId, serviceIds: row.serviceIds };
    await sendInformationAnswer(referrer, { ...answer, text: 'Unasked-for detail.' });
    expect(await applyReferrerMessages(manager.gateway, LEWISHAM_MAILBOX, new Date(h.clock.now))).toBe(0);
    const marked = (await manager.gateway.client
      .api(`${mailboxPath}/mailFolders/inbox/messages`)
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${P.referralId}' and ep/value eq '${row.referralId}')`)
      .select('categories')
      .expand(`singleValueExtendedProperties($filter=id eq '${P.kind}')`)
      .get()) as { value: { categories: string[]; singleValueExtendedProperties?: { value: string }[] }[] };
    const info = marked.value.find((m) => m.singleValueExtendedProperties?.[0]?.value === 'information');
    expect(info?.categories).toEqual(['Referral: not applied']);
    expect((await readRow(manager.gateway, LEWISHAM_MAILBOX, row.messageId)).triage.state).toBe('received');
  });

  it('a withdrawal carries its kind, the reference and no names in the subject', async () => {
    await sendWithdrawal(referrer, { ...ref, reason: 'The family has moved.' });
    const page = (await referrer.client
      .api('/me/mailFolders/sentitems/messages')
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${P.kind}' and ep/value eq 'withdrawal')`)
      .select('subject,body')
      .top(5)
      .get()) as { value: { subject: string; body: { content: string } }[] };
    expect(page.value[0]?.subject).toMatch(/^OFFICIAL-SENSITIVE: Withdrawal of referral RC-[0-9A-Z]+$/);
    expect(page.value[0]?.body.content).toBe('The family has moved.');
  });
});
