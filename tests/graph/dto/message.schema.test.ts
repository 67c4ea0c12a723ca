import {
  attachmentItemSchema,
  chatMessageInputSchema,
  createUploadSessionRequestSchema,
  fileAttachmentInputSchema,
  messageInputSchema,
  sendMailRequestSchema,
  uploadProgressSchema,
} from '../../../src/graph/dto';

test('a message input is permissive like Graph: unknown properties and either body case pass', () => {
  const parsed = messageInputSchema.parse({
    subject: 'Referral',
    body: { contentType: 'HTML', content: '<p>x</p>' },
    toRecipients: [{ emailAddress: { address: 'a@b.example' } }],
    '@odata.type': '#microsoft.graph.message',
    flag: { flagStatus: 'flagged' },
  });
  expect(parsed['@odata.type']).toBe('#microsoft.graph.message');
  expect(messageInputSchema.safeParse({ body: { contentType: 'text', content: '' } }).success).toBe(true);
});

test('a message input refuses what Graph cannot read', () => {
  for (const bad of [
    { toRecipients: 'a@b.example' },
    { toRecipients: [{ emailAddress: { address: '' } }] },
    { body: { contentType: 'markdown', content: 'x' } },
    { importance: 'urgent' },
    { singleValueExtendedProperties: [{ id: 'String {x} Name y', value: 3 }] },
  ]) {
    expect(messageInputSchema.safeParse(bad).success).toBe(false);
  }
  expect(sendMailRequestSchema.safeParse({ saveToSentItems: false }).success).toBe(false);
});

test('file attachments need the fileAttachment type, a name and base64 bytes', () => {
  const ok = {
    '@odata.type': '#microsoft.graph.fileAttachment',
    name: 'a.pdf',
    contentBytes: Buffer.from('x').toString('base64'),
  };
  expect(fileAttachmentInputSchema.safeParse(ok).success).toBe(true);
  expect(fileAttachmentInputSchema.safeParse({ ...ok, contentBytes: 'not base64!' }).success).toBe(false);
  expect(fileAttachmentInputSchema.safeParse({ ...ok, '@odata.type': '#microsoft.graph.itemAttachment' }).success).toBe(
    false,
  );
  expect(fileAttachmentInputSchema.safeParse({ ...ok, name: '' }).success).toBe(false);
});

test('upload session shapes: the request item, and progress in either case', () => {
  expect(
    createUploadSessionRequestSchema.safeParse({ AttachmentItem: { attachmentType: 'file', name: 'a', size: 5 } })
      .success,
  ).toBe(true);
  expect(attachmentItemSchema.safeParse({ attachmentType: 'item', name: 'a', size: 5 }).success).toBe(false);
  expect(attachmentItemSchema.safeParse({ attachmentType: 'file', name: 'a', size: -1 }).success).toBe(false);
  expect(uploadProgressSchema.parse({ NextExpectedRanges: ['4194304'] }).NextExpectedRanges).toEqual(['4194304']);
});

test('a channel message needs a body', () => {
  expect(chatMessageInputSchema.safeParse({ body: { content: 'hi' } }).success).toBe(true);
  expect(chatMessageInputSchema.safeParse({ subject: 'x' }).success).toBe(false);
});
