// Draft → inline attachment → LargeFileUploadTask of 10 MB → send → the shared mailbox
// receives it with byte-identical attachments, driven only through the official Graph client.
import { createHash, randomBytes } from 'node:crypto';
import { FileUpload, GraphError, LargeFileUploadTask, Range } from '@microsoft/microsoft-graph-client';
import { graphFailure, type Harness, NOTTS_COORDINATOR, NOTTS_MAILBOX, REFERRER, startHarness } from './support';

const REFERRAL_ID = 'String {00020329-0000-0000-C000-000000000046} Name ReferralId';
const RANGE = 4 * 1024 * 1024;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
// uploadSlice is typed for ArrayBuffer | Blob | File; hand it an ArrayBuffer slice of the file.
const slice = (b: Buffer, start: number, end: number): ArrayBuffer =>
  b.buffer.slice(b.byteOffset + start, b.byteOffset + end) as ArrayBuffer;

type Msg = {
  id: string;
  internetMessageId: string;
  isRead: boolean;
  isDraft: boolean;
  subject: string;
  hasAttachments: boolean;
};
type Att = { id: string; name: string; size: number; contentType: string; contentBytes: string };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function draftWithFiles(upload: Uint8Array) {
  const referrer = await h.client(REFERRER);
  const draft = (await referrer.api('/me/messages').post({
    subject: 'Referral R-1 OFFICIAL-SENSITIVE',
    body: { contentType: 'HTML', content: '<p>Referral attached.</p>' },
    toRecipients: [{ emailAddress: { address: NOTTS_MAILBOX.toUpperCase() } }],
    ccRecipients: [{ emailAddress: { address: 'lead.professional@elsewhere.example' } }],
    singleValueExtendedProperties: [{ id: REFERRAL_ID, value: 'R-1' }],
  })) as Msg;
  const json = Buffer.from(JSON.stringify({ schemaVersion: 1, id: 'R-1' }));
  await referrer.api(`/me/messages/${draft.id}/attachments`).post({
    '@odata.type': '#microsoft.graph.fileAttachment',
    name: 'referral.json',
    contentType: 'application/json',
    contentBytes: json.toString('base64'),
  });
  const session = await LargeFileUploadTask.createUploadSession(
    referrer,
    `/me/messages/${draft.id}/attachments/createUploadSession`,
    {
      AttachmentItem: {
        attachmentType: 'file',
        name: 'assessment.pdf',
        size: upload.length,
        contentType: 'application/pdf',
      },
    },
  );
  return { referrer, draft, json, session };
}

test('a 10 MB upload and an inline file reach the shared mailbox byte for byte', async () => {
  const big = randomBytes(10 * 1024 * 1024);
  const { referrer, draft, json, session } = await draftWithFiles(big);
  const progress: number[] = [];
  const task = new LargeFileUploadTask(referrer, new FileUpload(big, 'assessment.pdf', big.length), session, {
    rangeSize: RANGE,
    uploadEventHandlers: { progress: (r) => progress.push(r?.maxValue ?? -1) },
  });
  const result = await task.upload();
  // Three ranges of ≤ 4 MiB, in order; the last answers 201 with the attachment's Location.
  expect(progress).toEqual([RANGE - 1, 2 * RANGE - 1, big.length - 1]);
  expect(result.location).toMatch(/\/attachments\('[^']+'\)$/);

  await referrer.api(`/me/messages/${draft.id}/send`).post({});

  const coordinator = await h.client(NOTTS_COORDINATOR);
  const inbox = (await coordinator
    .api(`/users/${NOTTS_MAILBOX}/mailFolders/inbox/messages`)
    .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${REFERRAL_ID}' and ep/value eq 'R-1')`)
    .expand(`singleValueExtendedProperties($filter=id eq '${REFERRAL_ID}')`)
    .get()) as { value: (Msg & { singleValueExtendedProperties: { value: string }[] })[] };
  expect(inbox.value).toHaveLength(1);
  const received = inbox.value[0] as (typeof inbox.value)[number];
  expect(received).toMatchObject({
    isRead: false,
    isDraft: false,
    hasAttachments: true,
    internetMessageId: draft.internetMessageId,
  });
  expect(received.id).not.toBe(draft.id);
  expect(received.singleValueExtendedProperties).toEqual([{ id: REFERRAL_ID, value: 'R-1' }]);

  const atts = (await coordinator.api(`/users/${NOTTS_MAILBOX}/messages/${received.id}/attachments`).get()) as {
    value: Att[];
  };
  const byName = new Map(atts.value.map((a) => [a.name, a]));
  expect(sha(Buffer.from(byName.get('referral.json')?.contentBytes ?? '', 'base64'))).toBe(sha(json));
  const pdf = byName.get('assessment.pdf') as Att;
  expect(pdf).toMatchObject({ size: big.length, contentType: 'application/pdf' });
  expect(sha(Buffer.from(pdf.contentBytes, 'base64'))).toBe(sha(big));
  const raw = (await coordinator
    .api(`/users/${NOTTS_MAILBOX}/messages/${received.id}/attachments/${pdf.id}/$value`)
    .getStream()) as ReadableStream<Uint8Array>;
  expect(sha(Buffer.from(await new Response(raw).arrayBuffer()))).toBe(sha(big));

  // The sender's copy is in Sent Items; the draft has left Drafts and its old id is gone.
  const sent = (await referrer.api('/me/mailFolders/sentitems/messages').get()) as { value: Msg[] };
  expect(sent.value.map((m) => m.internetMessageId)).toContain(draft.internetMessageId);
  const drafts = (await referrer.api('/me/mailFolders/drafts/messages').get()) as { value: Msg[] };
  expect(drafts.value.map((m) => m.id)).not.toContain(draft.id);
  const gone = await graphFailure(referrer.api(`/me/messages/${draft.id}`).get());
  expect(gone).toMatchObject({ statusCode: 404, code: 'ErrorItemNotFound' });
});

test('an upload session refuses a range that is out of order and accepts the right one after', async () => {
  const file = randomBytes(3 * 1024 * 1024 + 17);
  const { referrer, draft, session } = await draftWithFiles(file);
  const task = new LargeFileUploadTask(referrer, new FileUpload(file, 'assessment.pdf', file.length), session, {
    rangeSize: RANGE,
  });
  const skipAhead = await graphFailure(task.uploadSlice(slice(file, 1024, 2048), new Range(1024, 2047), file.length));
  expect(skipAhead).toBeInstanceOf(GraphError);
  expect(skipAhead).toMatchObject({ statusCode: 416, code: 'InvalidRange' });
  const wrongTotal = await graphFailure(task.uploadSlice(slice(file, 0, 10), new Range(0, 9), file.length + 1));
  expect(wrongTotal.statusCode).toBe(416);
  const first = (await task.uploadSlice(slice(file, 0, 1000), new Range(0, 999), file.length)) as {
    NextExpectedRanges: string[];
  };
  expect(first.NextExpectedRanges).toEqual(['1000']);
  // The client resumes from the session's status and finishes the file.
  const done = await task.resume();
  expect(done).toBeTruthy();
  const atts = (await referrer.api(`/me/messages/${draft.id}/attachments`).select('name,size').get()) as {
    value: Att[];
  };
  expect(atts.value.map((a) => [a.name, a.size]).sort()).toEqual([
    ['assessment.pdf', file.length],
    ['referral.json', expect.any(Number)],
  ]);
});

test('upload sessions are refused on a shared mailbox draft and for files outside 3–150 MB', async () => {
  const coordinator = await h.client(NOTTS_COORDINATOR);
  const shared = (await coordinator.api(`/users/${NOTTS_MAILBOX}/messages`).post({ subject: 'shared draft' })) as Msg;
  const denied = await graphFailure(
    coordinator.api(`/users/${NOTTS_MAILBOX}/messages/${shared.id}/attachments/createUploadSession`).post({
      AttachmentItem: { attachmentType: 'file', name: 'a.pdf', size: 5_000_000 },
    }),
  );
  // A known Graph limit: delegated upload sessions work only in the user's own mailbox.
  expect(denied).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });

  const own = (await coordinator.api('/me/messages').post({ subject: 'own draft' })) as Msg;
  const small = await graphFailure(
    coordinator
      .api(`/me/messages/${own.id}/attachments/createUploadSession`)
      .post({ AttachmentItem: { attachmentType: 'file', name: 'a.pdf', size: 1000 } }),
  );
  expect(small).toMatchObject({ statusCode: 400, code: 'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize' });
  const huge = await graphFailure(
    coordinator
      .api(`/me/messages/${own.id}/attachments/createUploadSession`)
      .post({ AttachmentItem: { attachmentType: 'file', name: 'a.pdf', size: 150 * 1024 * 1024 + 1 } }),
  );
  expect(huge).toMatchObject({ statusCode: 413, code: 'ErrorAttachmentSizeLimitExceeded' });
});
