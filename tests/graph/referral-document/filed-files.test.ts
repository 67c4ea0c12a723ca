// A filing read back from the referrer's Sent Items through the sandbox: the message id My referrals lists leads to
// its referral.json (checked) and its files (listed without content, downloaded raw and byte for byte).
import { randomUUID } from 'node:crypto';
import {
  fileToMailbox,
  listFiledFiles,
  listMyReferrals,
  readFiledFile,
  readReferralDocument,
} from '../../../src/graph';
import { filedExample } from '../../ui/support/filed-documents';
import {
  fileOf,
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  patternBytes,
  REFERRER,
  requestFor,
  startHarness,
} from '../support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

test('the files of a filed message are listed, read and its referral.json checked', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const referralId = randomUUID();
  const doc = filedExample((r) => {
    r.id = referralId;
  });
  const json = new TextEncoder().encode(JSON.stringify(doc));
  const pdf = patternBytes(120_000, 5);
  const letter = patternBytes(3_500_000, 9); // over 3 MB: attached through an upload session
  await fileToMailbox(
    gateway,
    requestFor(referralId, LEWISHAM_MAILBOX, [
      fileOf('referral-json', 'referral.json', 'application/json', json),
      fileOf('referral-pdf', 'referral.pdf', 'application/pdf', pdf),
      fileOf('letter', 'School letter.pdf', 'application/pdf', letter),
    ]),
  );
  const sent = (await listMyReferrals(gateway)).find((r) => r.referralId === referralId);
  expect(sent?.messageId).toEqual(expect.any(String));
  const messageId = sent!.messageId;

  const files = await listFiledFiles(gateway, 'me', messageId);
  expect(files.map((f) => [f.name, f.size])).toEqual([
    ['referral.json', json.length],
    ['referral.pdf', pdf.length],
    ['School letter.pdf', letter.length],
  ]);
  const bytes = await readFiledFile(gateway, 'me', messageId, files[2]!.id);
  expect(Buffer.from(bytes).equals(Buffer.from(letter))).toBe(true);

  const read = await readReferralDocument(gateway, 'me', messageId);
  expect(read.ok && read.document.referral.id).toBe(referralId);
});

test('another person cannot read the referrer’s files: a typed failure, not a quarantine', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const referralId = randomUUID();
  const json = new TextEncoder().encode(JSON.stringify(filedExample((r) => void (r.id = referralId))));
  await fileToMailbox(
    gateway,
    requestFor(referralId, LEWISHAM_MAILBOX, [fileOf('referral-json', 'referral.json', 'application/json', json)]),
  );
  const messageId = (await listMyReferrals(gateway)).find((r) => r.referralId === referralId)!.messageId;
  const other = gatewayFor(h, 'wren.worker@sandbox.test').gateway;
  await expect(listFiledFiles(other, 'me', messageId)).rejects.toMatchObject({ name: 'GraphFailure' });
  await expect(readReferralDocument(other, 'me', messageId)).rejects.toMatchObject({ name: 'GraphFailure' });
});

test('a message id that does not exist is a typed failure', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  await expect(readFiledFile(gateway, 'me', 'AAMk-no-such-message', 'x')).rejects.toMatchObject({
    name: 'GraphFailure',
  });
});
