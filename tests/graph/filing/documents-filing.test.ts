// The documents layer's real output filed through the gateway: its subject passes the filing checks, and the service
// mailbox receives referral.json and referral.pdf exactly as rendered (the JSON still a valid document).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, CATALOGUE_VERSION } from '../../../src/catalogues';
import {
  buildFiledReferral,
  checkedDocument,
  referralJson,
  renderHtmlBody,
  renderPdf,
  subjectFor,
} from '../../../src/documents';
import type { Referral } from '../../../src/domain';
import { planFiling } from '../../../src/filing';
import { fileToMailbox } from '../../../src/graph';
import {
  EXAMPLE_REFERRAL,
  fileOf,
  gatewayFor,
  type Harness,
  LEWISHAM_MANAGER,
  REFERRER,
  startHarness,
} from '../support';
import { attachmentsOf, receivedBy, sha } from './inbox-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const FONT = readFileSync(join(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

test('a referral rendered by src/documents is filed once, its documents byte for byte', async () => {
  const referral = { ...(JSON.parse(EXAMPLE_REFERRAL.toString('utf8')) as Referral), id: randomUUID() };
  const { mailboxes, refused } = planFiling(referral, catalogue);
  expect(refused).toEqual([]);
  const group = { mailbox: mailboxes[0]!.address };
  const doc = buildFiledReferral(referral, catalogue, {
    mailbox: group.mailbox,
    serviceIds: mailboxes[0]!.serviceIds,
    catalogueVersion: CATALOGUE_VERSION,
    filedAt: new Date(h.clock.now),
  });
  const json = new TextEncoder().encode(referralJson(doc));
  const pdf = await renderPdf(doc, catalogue, { font: FONT, yieldToHost: async () => undefined });
  const { gateway } = gatewayFor(h, REFERRER);
  const result = await fileToMailbox(gateway, {
    referralId: doc.referralId,
    reference: doc.reference,
    schemaVersion: doc.schemaVersion,
    kind: doc.kind,
    services: doc.to.services.map((s) => ({ id: s.id, name: s.name })),
    mailbox: group.mailbox,
    subject: subjectFor(doc),
    htmlBody: renderHtmlBody(doc, catalogue),
    files: [
      fileOf('json', 'referral.json', 'application/json', json),
      fileOf('pdf', 'referral.pdf', 'application/pdf', pdf),
    ],
  });
  expect(result.outcome).toBe('sent');

  const [message, ...more] = await receivedBy(h, LEWISHAM_MANAGER, group.mailbox, doc.referralId);
  expect(more).toEqual([]);
  expect(message?.subject).toBe(subjectFor(doc));
  const attached = await attachmentsOf(h, LEWISHAM_MANAGER, group.mailbox, message!.id);
  expect(attached.map((a) => [a.name, sha(a.bytes)])).toEqual([
    ['referral.json', sha(json)],
    ['referral.pdf', sha(pdf)],
  ]);
  expect(checkedDocument(JSON.parse(attached[0]!.bytes.toString('utf8'))).referralId).toBe(doc.referralId);
});
