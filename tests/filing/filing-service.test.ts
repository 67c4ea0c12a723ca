// The adapter against the in-process sandbox through the real documents layer and Graph gateway: one message per
// mailbox with the contract's subject, properties and attachment order; resume sends nothing twice; waits reported;
// My referrals with names and the statuses reported back; every lower-layer failure mapped to the feature's kinds.
import { readFileSync } from 'node:fs';
import example from '../../docs/examples/referral.json';
import { catalogue } from '../../src/catalogues';
import type { Referral } from '../../src/domain';
import { filedReferralSchema } from '../../src/domain';
import { DocumentError } from '../../src/documents';
import { GraphFailure, referralPropertiesFor } from '../../src/graph';
import { FilingFailure } from '../../src/filing';
import type { FilingProgress, FilingService, MailboxFilingRequest } from '../../src/filing';
import { createFilingService } from '../../src/filing/filing-service';
import { graphRoot } from '../../src/filing/graph-filer';
import { toFilingFailure } from '../../src/filing/mailbox-filer';
import { renderPdfDocument } from '../../src/filing/pdf-document';
import {
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  NOTTS_COORDINATOR,
  NOTTS_MAILBOX,
  REFERRER,
  UndiciLink,
  clearFaults,
  sandboxTokenSource,
  setFaults,
  startHarness,
} from '../graph/support';
import type { Harness } from '../graph/support';
import { attachmentsOf, receivedBy } from '../graph/filing/inbox-support';

const FONT = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
const ID = 'c0ffee00-1234-4abc-8def-000000000001';
const REFERENCE = 'RC-C0FFEE00';

let h: Harness;
let service: FilingService;
beforeAll(async () => {
  h = await startHarness();
  service = createFilingService({
    graphBaseUrl: `${h.sandbox.origin}/graph/v1.0`,
    tokenSource: sandboxTokenSource(h, REFERRER, 'Riley Referrer'),
    scopes: ['Mail.ReadWrite', 'Mail.Send'],
    catalogue,
    renderPdf: (doc, cat) => renderPdfDocument(doc, cat, FONT),
    isOnline: () => true,
    httpHandler: new UndiciLink(h.dispatcher),
    retry: { sleep: async () => undefined, random: () => 0 },
  });
});
afterAll(() => h.close());

const referral = (): Referral => ({
  ...(example as unknown as Referral),
  id: ID,
  services: [
    { serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] },
    { serviceId: 'notts.nvr-group', personIds: ['p1'] },
    { serviceId: 'notts.solihull', personIds: [], advice: true },
  ],
  attachments: [{ id: 'att-1', name: 'school note.txt', contentType: 'text/plain', size: 12 }],
});

const request = (
  mailbox: string,
  serviceIds: string[],
  over: Partial<MailboxFilingRequest> = {},
): MailboxFilingRequest => ({
  referral: referral(),
  mailbox,
  serviceIds,
  kind: 'referral',
  resume: false,
  abandonedUploads: [],
  filedAt: new Date('2026-11-23T10:42:00Z'),
  attachments: [
    {
      id: 'att-1',
      name: 'school note.txt',
      contentType: 'text/plain',
      bytes: new TextEncoder().encode('seen at home'),
    },
  ],
  ...over,
});

const inbox = (who: string, mailbox: string) => receivedBy(h, who, mailbox, ID);

describe('the filing adapter, against the sandbox', () => {
  test('one message per mailbox: the subject, the properties, referral.json then referral.pdf then the referrer’s file', async () => {
    const events: FilingProgress[] = [];
    const out = await service.fileMailbox(request(NOTTS_MAILBOX, ['notts.nvr-group', 'notts.solihull']), (e) =>
      events.push(e),
    );
    expect(out).toEqual({ mailbox: NOTTS_MAILBOX, alreadySent: false });
    await service.fileMailbox(request(LEWISHAM_MAILBOX, ['lewisham.nvr']), () => undefined);

    const [notts, ...more] = await inbox(NOTTS_COORDINATOR, NOTTS_MAILBOX);
    expect(more).toHaveLength(0);
    expect(notts?.subject).toBe(
      `OFFICIAL-SENSITIVE: Referral ${REFERENCE} – Non-Violent Resistance (NVR) group and Solihull Parenting`,
    );
    const props = new Map(notts?.singleValueExtendedProperties?.map((p) => [p.id.split(' Name ')[1], p.value]));
    expect(props.get('ReferralServices')).toBe('notts.nvr-group notts.solihull');
    expect(props.get('ReferralKind')).toBe('referral');
    const files = await attachmentsOf(h, NOTTS_COORDINATOR, NOTTS_MAILBOX, notts!.id);
    expect(files.map((f) => f.name)).toEqual(['referral.json', 'referral.pdf', 'school note.txt']);
    const json = JSON.parse(files[0]!.bytes.toString('utf8'));
    const doc = filedReferralSchema.parse(json);
    expect(doc.to.services.map((s) => [s.id, s.advice])).toEqual([
      ['notts.nvr-group', false],
      ['notts.solihull', true],
    ]);
    expect(doc.filedAt).toBe('2026-11-23T10:42:00.000Z');
    expect(files[1]!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(files[2]!.bytes.toString()).toBe('seen at home');
    expect(await inbox(LEWISHAM_MANAGER, LEWISHAM_MAILBOX)).toHaveLength(1);

    // Progress in the feature's words: steps, then each file by name (never by id), ending sent.
    expect(events.filter((e) => e.type === 'step').map((e) => e.type === 'step' && e.step)).toEqual([
      'preparing',
      'creating-draft',
      'attaching',
      'sending',
      'sent',
    ]);
    const names = [...new Set(events.flatMap((e) => (e.type === 'attachment' ? [e.name] : [])))];
    expect(names).toEqual(['referral.json', 'referral.pdf', 'school note.txt']);
    const last = events.filter((e) => e.type === 'attachment' && e.name === 'school note.txt').pop();
    expect(last).toEqual({ type: 'attachment', name: 'school note.txt', sentBytes: 12, totalBytes: 12 });
  });

  test('resuming a mailbox already filed sends nothing again', async () => {
    const steps: string[] = [];
    const out = await service.fileMailbox(
      request(NOTTS_MAILBOX, ['notts.nvr-group', 'notts.solihull'], { resume: true }),
      (e) => e.type === 'step' && steps.push(e.step),
    );
    expect(out.alreadySent).toBe(true);
    expect(steps).toEqual(['preparing', 'checking', 'sent']);
    expect(await inbox(NOTTS_COORDINATOR, NOTTS_MAILBOX)).toHaveLength(1);
  });

  test('a wait Microsoft 365 asks for reaches the mailbox being filed as a wait event', async () => {
    const events: FilingProgress[] = [];
    await setFaults(h, { rate429: 1, retryAfterSeconds: 7, limit: 1, pathPrefix: '/graph/v1.0/me/messages' });
    try {
      const r = request(LEWISHAM_MAILBOX, ['lewisham.nvr'], {
        referral: { ...referral(), id: 'c0ffee00-1234-4abc-8def-000000000002' },
      });
      await service.fileMailbox(r, (e) => events.push(e));
    } finally {
      await clearFaults(h);
    }
    expect(events).toContainEqual({ type: 'wait', seconds: 7, reason: 'throttled' });
  });

  test('My referrals: one row per message sent, with service names and the newest status reported back', async () => {
    // The Nottinghamshire coordinator reports back on one service, twice; the newer counts.
    const coordinator = await h.client(NOTTS_COORDINATOR);
    for (const [status, minutes] of [
      ['screening', 1],
      ['accepted', 2],
    ] as const) {
      await coordinator.api(`/users/${NOTTS_MAILBOX}/sendMail`).post({
        message: {
          subject: `Referral ${REFERENCE}: ${status}`,
          body: { contentType: 'Text', content: `Status ${minutes}` },
          toRecipients: [{ emailAddress: { address: REFERRER } }],
          singleValueExtendedProperties: referralPropertiesFor({
            referralId: ID,
            schemaVersion: '1',
            serviceIds: ['notts.nvr-group'],
            kind: 'status',
            status,
          }),
        },
      });
    }
    const rows = await service.listMyReferrals();
    const ours = rows.filter((r) => r.referralId === ID);
    expect(ours.map((r) => r.mailbox.toLowerCase()).sort()).toEqual([LEWISHAM_MAILBOX.toLowerCase(), NOTTS_MAILBOX]);
    const notts = ours.find((r) => r.mailbox === NOTTS_MAILBOX)!;
    expect(notts.reference).toBe(REFERENCE);
    expect(notts.services.map((s) => [s.serviceId, s.name, s.status?.state])).toEqual([
      ['notts.nvr-group', 'Non-Violent Resistance (NVR) group', 'accepted'],
      ['notts.solihull', 'Solihull Parenting', undefined],
    ]);
  });
});

describe('failures in the feature’s words', () => {
  const ctx = (online: boolean) => ({
    catalogue,
    isOnline: () => online,
    fileNames: new Map([['att-1', 'school note.txt']]),
  });

  test('the Graph layer’s kinds, with request id, wait, file name and contact', () => {
    expect(
      toFilingFailure(new GraphFailure('throttled', { requestId: 'r1', waitSeconds: 30 }), ctx(true)),
    ).toMatchObject({ kind: 'throttled', details: { requestId: 'r1', retryAfterSeconds: 30 } });
    expect(toFilingFailure(new GraphFailure('too-large', { fileId: 'att-1' }), ctx(true))).toMatchObject({
      kind: 'too-large',
      details: { fileName: 'school note.txt' },
    });
    expect(
      toFilingFailure(new GraphFailure('no-mailbox', { serviceIds: ['lbbd.reset'] }), ctx(true)).details.contact,
    ).toMatch(/Reset/);
    expect(toFilingFailure(new GraphFailure('no-permission', { requestId: 'r2' }), ctx(true))).toMatchObject({
      kind: 'no-permission',
      details: { requestId: 'r2' },
    });
    for (const k of ['cancelled', 'invalid-request', 'rejected', 'unexpected'] as const)
      expect(toFilingFailure(new GraphFailure(k), ctx(true)).kind).toBe('server');
  });

  test('no answer: offline when the device is offline, a dropped connection when it is not', () => {
    expect(toFilingFailure(new GraphFailure('offline'), ctx(false)).kind).toBe('offline');
    expect(toFilingFailure(new GraphFailure('offline', { uncertain: true }), ctx(true)).kind).toBe('connection');
    expect(toFilingFailure(new TypeError('Failed to fetch'), ctx(false)).kind).toBe('offline');
  });

  test('document and unknown errors; our own failures pass through', () => {
    expect(toFilingFailure(new DocumentError('invalid-referral', 'x'), ctx(true)).kind).toBe('invalid');
    expect(toFilingFailure(new DocumentError('invalid-font', 'x'), ctx(true)).kind).toBe('server');
    expect(toFilingFailure(new Error('secret personal data'), ctx(true))).toMatchObject({
      kind: 'server',
      details: {},
    });
    const own = new FilingFailure('attachment-missing', { fileName: 'a' });
    expect(toFilingFailure(own, ctx(true))).toBe(own);
  });

  test('the Graph root from the configured, versioned base URL', () => {
    expect(graphRoot('https://localhost:3000/graph/v1.0')).toBe('https://localhost:3000/graph/');
    expect(graphRoot('https://graph.microsoft.com/v1.0/')).toBe('https://graph.microsoft.com/');
    expect(graphRoot('https://graph.microsoft.com')).toBe('https://graph.microsoft.com/');
  });
});
