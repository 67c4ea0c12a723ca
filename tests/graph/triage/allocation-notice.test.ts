// The allocation notice against the sandbox: allocating a referral on the board (the manager's delegated token)
// emails the worker from the service mailbox with the reference, the services and the kind `allocation`; no family
// name travels; the decision stands when the notice cannot go; other moves send none.
import { randomUUID } from 'node:crypto';
import {
  decide,
  expandProperties,
  fileToMailbox,
  REFERRAL_PROPERTY_IDS as P,
  readReferralProperties,
  syncBoard,
  type BoardRow,
  type DecisionOutcome,
  type GraphGateway,
} from '../../../src/graph';
import { referralJson } from '../../../src/documents/referral-json';
import { sendExtensionRequest } from '../../../src/graph/extension';
import { waitingPlanMessages } from '../../../src/graph/extension/extension-inbox';
import { allocationSubject, allocationText, readAllocationNotice } from '../../../src/graph/triage/allocation-notice';
import { filedExample } from '../../ui/support/filed-documents';
import {
  clearFaults,
  fileOf,
  patternBytes,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  REFERRER,
  requestFor,
  setFaults,
  startHarness,
  type TestGateway,
  WORKER,
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

const idOf = (upn: string) => h.sandbox.seed.personas.find((p) => p.upn === upn)!.id;
const actor = () => ({ id: idOf(LEWISHAM_MANAGER), role: 'team-manager' as const });

/** A referral to Lewisham's NVR as the card files it (a real referral.json with the family's names), screened. */
async function screened(): Promise<BoardRow> {
  const referralId = randomUUID();
  h.clock.now += 1000;
  const json = referralJson(filedExample((r) => (r.id = referralId)));
  const files = [
    fileOf('referral-json', 'referral.json', 'application/json', new TextEncoder().encode(json)),
    fileOf('referral-pdf', 'referral.pdf', 'application/pdf', patternBytes(4_000, 3)),
  ];
  const services = [{ id: 'lewisham.nvr', name: 'NVR' }];
  await fileToMailbox(referrer, requestFor(referralId, LEWISHAM_MAILBOX, files, { services }));
  const board = await syncBoard(manager.gateway, LEWISHAM_MAILBOX);
  const row = Object.values(board.rows).find((r) => r.referralId === referralId)!;
  const base = { mailbox: LEWISHAM_MAILBOX, messageId: row.messageId, actor: actor(), now: new Date(h.clock.now) };
  const outcome = await decide(manager.gateway, { ...base, move: { to: 'screening', expectedVersion: 0 } });
  expect(outcome).toMatchObject({ ok: true });
  expect(outcome).not.toHaveProperty('allocationNoticeSent');
  return (outcome as Extract<DecisionOutcome, { ok: true }>).row;
}

const allocate = (row: BoardRow, workerId = idOf(WORKER)) =>
  decide(manager.gateway, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    actor: actor(),
    now: new Date(h.clock.now),
    move: { to: 'allocated', expectedVersion: row.triage.version, workerId },
  });

type Mail = {
  id: string;
  subject: string;
  from?: { emailAddress: { address: string } };
  body: { content: string };
  singleValueExtendedProperties?: { id: string; value: string }[];
};

async function noticesFor(upn: string, reference: string): Promise<Mail[]> {
  const client = await h.client(upn);
  const list = (await client
    .api('/me/mailFolders/inbox/messages')
    .select('subject,from,body')
    .expand(expandProperties(P.referralId, P.kind, P.services))
    .top(100)
    .get()) as { value: Mail[] };
  return list.value.filter((m) => m.subject === allocationSubject(reference));
}

it('allocating emails the worker from the service mailbox: the reference, the services, kind allocation', async () => {
  const row = await screened();
  const outcome = await allocate(row);
  expect(outcome).toMatchObject({ ok: true, allocationNoticeSent: true });
  const [notice, ...more] = await noticesFor(WORKER, row.reference);
  expect(more).toHaveLength(0);
  expect(notice!.from!.emailAddress.address.toLowerCase()).toBe(LEWISHAM_MAILBOX.toLowerCase());
  const props = readReferralProperties(notice!.singleValueExtendedProperties);
  expect(props).toMatchObject({ referralId: row.referralId, kind: 'allocation', services: row.serviceIds.join(' ') });
  expect(notice!.body.content).toContain(`Referral ${row.reference} is allocated to you.`);
  expect(notice!.body.content).toContain('\n\nServices: NVR (Non-Violent Resistance) Informed Practice.\n\n');
  // The subject says only the marking and the reference.
  expect(notice!.subject).toMatch(/^OFFICIAL-SENSITIVE: Referral RC-[0-9A-F]{8} is allocated to you$/);
  // Nobody else is told: the manager, the referrer.
  for (const upn of [LEWISHAM_MANAGER, REFERRER]) expect(await noticesFor(upn, row.reference)).toHaveLength(0);
});

it('the notice carries no family name from the referral', async () => {
  const row = await screened();
  await allocate(row);
  const [notice] = await noticesFor(WORKER, row.reference);
  const client = await h.client(LEWISHAM_MANAGER);
  const att = (await client
    .api(`/users/${LEWISHAM_MAILBOX}/messages/${encodeURIComponent(row.messageId)}/attachments`)
    .get()) as { value: { name: string; contentBytes?: string }[] };
  const json = JSON.parse(
    Buffer.from(att.value.find((a) => a.name === 'referral.json')!.contentBytes!, 'base64').toString('utf8'),
  ) as { referral: { people: { name: string }[] } };
  const names = json.referral.people.flatMap((p) => [p.name, ...p.name.split(' ')]);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(`${notice!.subject}\n${notice!.body.content}`).not.toContain(name);
});

it('the decision stands when the notice cannot be sent, and says so', async () => {
  const row = await screened();
  await setFaults(h, {
    rate503: 1,
    method: 'POST',
    pathPrefix: `/graph/v1.0/users/${encodeURIComponent(LEWISHAM_MAILBOX)}/sendMail`,
  });
  const outcome = await allocate(row);
  expect(outcome).toMatchObject({ ok: true, allocationNoticeSent: false, row: { triage: { state: 'allocated' } } });
  await clearFaults(h);
  expect(await noticesFor(WORKER, row.reference)).toHaveLength(0);
});

it('a worker the directory does not know gets nothing, and the decision stands', async () => {
  const row = await screened();
  const outcome = await allocate(row, randomUUID());
  expect(outcome).toMatchObject({ ok: true, allocationNoticeSent: false });
});

it('a caller’s own address lookup (the bot’s team roster) is used instead of the directory', async () => {
  const row = await screened();
  const asked: string[] = [];
  const paths: string[] = [];
  manager.link.before = (url) => void paths.push(new URL(url).pathname);
  try {
    const outcome = await decide(manager.gateway, {
      mailbox: LEWISHAM_MAILBOX,
      messageId: row.messageId,
      actor: actor(),
      now: new Date(h.clock.now),
      move: { to: 'allocated', expectedVersion: row.triage.version, workerId: idOf(WORKER) },
      addressOf: async (id) => {
        asked.push(id);
        return WORKER;
      },
    });
    expect(outcome).toMatchObject({ ok: true, allocationNoticeSent: true });
  } finally {
    manager.link.before = undefined;
  }
  expect(asked).toEqual([idOf(WORKER)]);
  expect(paths.filter((p) => /\/users\/[^/]+$/.test(p))).toEqual([]);
  expect(await noticesFor(WORKER, row.reference)).toHaveLength(1);
});

it('when the lookup knows no address (someone not in the team), no notice goes and the decision stands', async () => {
  const row = await screened();
  const outcome = await decide(manager.gateway, {
    mailbox: LEWISHAM_MAILBOX,
    messageId: row.messageId,
    actor: actor(),
    now: new Date(h.clock.now),
    move: { to: 'allocated', expectedVersion: row.triage.version, workerId: idOf(WORKER) },
    addressOf: async () => undefined,
  });
  expect(outcome).toMatchObject({ ok: true, allocationNoticeSent: false, row: { triage: { state: 'allocated' } } });
  expect(await noticesFor(WORKER, row.reference)).toHaveLength(0);
});

it('the words: without the services’ names the reference still stands alone', () => {
  expect(allocationText('RC-0000ABCD', [])).not.toContain('Services');
  expect(allocationText('RC-0000ABCD', ['NVR', 'Family hub'])).toContain('Services: NVR; Family hub.');
});

it('in the worker’s mailbox the notice reads as which referral and where to write; the plan form’s message gets there intact', async () => {
  const row = await screened();
  await allocate(row);
  const [notice] = await noticesFor(WORKER, row.reference);
  const wren = gatewayFor(h, WORKER).gateway;
  const read = await readAllocationNotice(wren, notice!.id);
  expect(read).toEqual({
    referralId: row.referralId,
    reference: row.reference,
    serviceIds: row.serviceIds,
    mailbox: expect.stringMatching(new RegExp(`^${LEWISHAM_MAILBOX}$`, 'i')),
  });
  // Any other message in the same mailbox is not a notice.
  const client = await h.client(WORKER);
  await client.api('/me/sendMail').post({
    message: {
      subject: allocationSubject(row.reference),
      body: { contentType: 'Text', content: 'Looks like one, is not one.' },
      toRecipients: [{ emailAddress: { address: WORKER } }],
    },
  });
  const list = (await client.api('/me/mailFolders/inbox/messages').select('subject').top(100).get()) as {
    value: { id: string; subject: string }[];
  };
  const lookalike = list.value.find((m) => m.subject === allocationSubject(row.reference) && m.id !== notice!.id)!;
  expect(await readAllocationNotice(wren, lookalike.id)).toBeUndefined();

  // The form's message, with typographic quotes and an emoji, from Wren's own mailbox to the notice's mailbox.
  const reason = 'Two sessions lost to illness — the family’s “reset” week 👍';
  await sendExtensionRequest(wren, {
    mailbox: read!.mailbox,
    serviceIds: read!.serviceIds,
    message: {
      referralId: read!.referralId,
      planStartDate: '2026-09-28',
      request: {
        requestId: randomUUID(),
        currentEndDate: '2026-12-21',
        proposedEndDate: '2027-01-18',
        reason,
        progress: 'Routines in place.',
        leadProfessionalAgreement: { leadProfessional: 'Social worker, Team B', agreedOn: '2026-12-04' },
      },
    },
  });
  const waiting = await waitingPlanMessages(manager.gateway, LEWISHAM_MAILBOX);
  const mine = waiting.find((m) => m.message?.referralId === row.referralId);
  expect(mine?.from).toBe(WORKER);
  expect(mine?.message?.request?.reason).toBe(reason);
});
