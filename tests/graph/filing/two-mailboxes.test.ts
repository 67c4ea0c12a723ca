// One referral, two service mailboxes (filed one after the other, as filing does), a 12 MB attachment → exactly one
// message in each, with the contract's extended properties and every attachment byte for byte, in order, within budget.
import { randomUUID } from 'node:crypto';
import { fileToMailbox, REFERRAL_PROPERTY_IDS, type MessageProgress } from '../../../src/graph';
import {
  fileOf,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  NOTTS_COORDINATOR,
  NOTTS_MAILBOX,
  patternBytes,
  REFERRER,
  requestFor,
  servicesOf,
  standardFiles,
  startHarness,
} from '../support';
import { attachmentsOf, ownMessages, receivedBy, sha } from './inbox-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const TWELVE_MB = 12 * 1024 * 1024;

test('a referral with a 12 MB file reaches two mailboxes exactly once each, byte for byte, within the request budget', async () => {
  const referralId = randomUUID();
  const big = patternBytes(TWELVE_MB);
  const files = standardFiles([
    fileOf('scan', 'assessment scan.pdf', 'application/pdf', big),
    fileOf('note', 'note.txt', 'text/plain', Buffer.from('seen at home')),
  ]);
  const notts = servicesOf(NOTTS_MAILBOX, 3).map((s) => ({ id: s.id, name: s.name }));
  const requests = [
    requestFor(referralId, LEWISHAM_MAILBOX, files),
    requestFor(referralId, NOTTS_MAILBOX, files, { services: notts }),
  ];
  expect(requests[1]!.subject).toMatch(/ – .+ and 2 more services$/);
  const { gateway, wire, link } = gatewayFor(h, REFERRER);
  const events: MessageProgress[] = [];

  const outcomes = [];
  for (const request of requests)
    outcomes.push(await fileToMailbox(gateway, request, { onProgress: (e) => events.push(e) }));

  expect(outcomes.map((o) => o.outcome)).toEqual(['sent', 'sent']);
  for (const [manager, mailbox, services] of [
    [LEWISHAM_MANAGER, LEWISHAM_MAILBOX, requests[0]!.services],
    [NOTTS_COORDINATOR, NOTTS_MAILBOX, notts],
  ] as const) {
    const inbox = await receivedBy(h, manager, mailbox, referralId);
    expect(inbox).toHaveLength(1);
    const [message] = inbox;
    expect(message?.subject).toMatch(/^OFFICIAL-SENSITIVE: Referral RC-[0-9A-F]{8} – /);
    expect(new Map(message?.singleValueExtendedProperties?.map((p) => [p.id, p.value]))).toEqual(
      new Map([
        [REFERRAL_PROPERTY_IDS.referralId, referralId],
        [REFERRAL_PROPERTY_IDS.schemaVersion, '1'],
        [REFERRAL_PROPERTY_IDS.services, services.map((s) => s.id).join(' ')],
        [REFERRAL_PROPERTY_IDS.kind, 'referral'],
      ]),
    );
    const attached = await attachmentsOf(h, manager, mailbox, message!.id);
    expect(attached.map((a) => a.name)).toEqual(['referral.json', 'referral.pdf', 'assessment scan.pdf', 'note.txt']);
    const expected = await Promise.all(files.map((f) => f.read()));
    expect(attached.map((a) => sha(a.bytes))).toEqual(expected.map(sha));
    expect(attached.map((a) => a.contentType)).toEqual(files.map((f) => f.contentType));
  }

  // Budget per mailbox: draft + 3 inline + createUploadSession + 3 ranges of ≤ 4 MiB + send = 9; nothing else.
  expect(wire).toHaveLength(18);
  expect(wire.every((e) => e.status >= 200 && e.status < 300)).toBe(true);
  const ranges = wire.filter((e) => e.method === 'PUT');
  expect(ranges).toHaveLength(6);
  expect(wire.filter((e) => e.path.endsWith('/send'))).toHaveLength(2);
  expect(link.maxInFlight).toBeLessThanOrEqual(4);

  // Progress: the steps in order per mailbox, and the big file's bytes climbing to its size in ≤ 4 MiB steps.
  const steps = events
    .filter((e) => e.type === 'step' && e.mailbox === LEWISHAM_MAILBOX)
    .map((e) => e.type === 'step' && e.step);
  expect(steps).toEqual(['creating-draft', 'attaching', 'sending', 'filed']);
  const sent = events.flatMap((e) =>
    e.type === 'file' && e.fileId === 'scan' && e.mailbox === NOTTS_MAILBOX ? [e.bytesSent] : [],
  );
  expect(sent).toEqual([0, 4 * 1024 * 1024, 8 * 1024 * 1024, TWELVE_MB]);

  // Nothing left behind: no drafts, one sent copy per mailbox.
  expect(await ownMessages(h, REFERRER, 'drafts', referralId)).toHaveLength(0);
  expect(await ownMessages(h, REFERRER, 'sentitems', referralId)).toHaveLength(2);
});

test('a file too large, or too much in all, is refused before any request', async () => {
  const { gateway, wire } = gatewayFor(h, REFERRER);
  const huge = {
    id: 'huge',
    name: 'video.mp4',
    contentType: 'video/mp4',
    size: 150 * 1024 * 1024 + 1,
    read: jest.fn(),
  };
  const referralId = randomUUID();
  const tooBig = fileToMailbox(gateway, requestFor(referralId, NOTTS_MAILBOX, standardFiles([huge])));
  await expect(tooBig).rejects.toMatchObject({
    kind: 'too-large',
    retryable: false,
    detail: { fileId: 'huge', limitBytes: 150 * 1024 * 1024 },
  });
  const halves = [1, 2, 3].map((i) => ({
    id: `part${i}`,
    name: `part${i}.bin`,
    contentType: 'application/octet-stream',
    size: 60 * 1024 * 1024,
    read: jest.fn(),
  }));
  const total = fileToMailbox(gateway, requestFor(referralId, LEWISHAM_MAILBOX, standardFiles(halves)));
  await expect(total).rejects.toMatchObject({
    kind: 'too-large',
    detail: { sizeBytes: expect.any(Number), limitBytes: 150 * 1024 * 1024 },
  });
  await expect(total.catch((e: Error) => e.message)).resolves.not.toMatch(/part1/);
  expect(huge.read).not.toHaveBeenCalled();
  expect(wire).toHaveLength(0);
});
