import { fileNameFrom, outlookCurrentItem, outlookUser } from '../../../src/hosts/outlook/outlook-item';
import { EML, failed, officeMock, ok, PDF_BYTES, readItem } from './office-mock';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the referrer from Outlook', () => {
  test('is prefilled from Office.context.mailbox.userProfile', () => {
    expect(outlookUser(officeMock())).toEqual({ name: 'Sam Worker', email: 'sam.worker@council.gov.uk' });
  });

  test('a profile without a display name uses the address; without an address there is no prefill', () => {
    const noName = officeMock({ userProfile: { displayName: '  ', emailAddress: 'sam.worker@council.gov.uk' } });
    expect(outlookUser(noName)).toEqual({ name: 'sam.worker@council.gov.uk', email: 'sam.worker@council.gov.uk' });
    const noAddress = officeMock({ userProfile: { displayName: 'Sam Worker' } });
    expect(outlookUser(noAddress)).toBeUndefined();
  });
});

describe('attaching the current email', () => {
  test('offers the email as .eml via getAsFileAsync where Mailbox 1.14 is supported', async () => {
    const item = await outlookCurrentItem(officeMock({ mailboxVersion: '1.14' }));
    expect(item?.subject).toBe('Referral: family K / urgent');
    expect(item?.from).toEqual({ name: 'Alex Teacher', email: 'alex@school.sch.uk' });
    const [email] = (await item?.attachments()) ?? [];
    expect(email).toMatchObject({
      id: 'current-email',
      name: 'Referral family K urgent.eml',
      contentType: 'message/rfc822',
      source: 'current-email',
    });
    expect(text(await email!.read())).toBe(EML);
    expect(email!.size).toBe(Buffer.byteLength(EML));
  });

  test('falls back to the body text as .txt before Mailbox 1.14', async () => {
    const getAsFileAsync = jest.fn();
    const item = await outlookCurrentItem(officeMock({ mailboxVersion: '1.13', item: readItem({ getAsFileAsync }) }));
    const [email] = (await item?.attachments()) ?? [];
    expect(getAsFileAsync).not.toHaveBeenCalled();
    expect(email).toMatchObject({
      name: 'Referral family K urgent.txt',
      contentType: 'text/plain; charset=utf-8',
      source: 'current-email',
    });
    expect(text(await email!.read())).toBe('Please see attached.');
  });

  test('falls back to the text when getAsFileAsync fails (e.g. a protected message)', async () => {
    const item = await outlookCurrentItem(
      officeMock({ item: readItem({ getAsFileAsync: (cb: (r: unknown) => void) => cb(failed(9041)) }) }),
    );
    const [email] = (await item?.attachments()) ?? [];
    expect(email?.name).toMatch(/\.txt$/);
  });

  test('if even the text cannot be read, says so in words', async () => {
    const body = { getAsync: (_: unknown, cb: (r: unknown) => void) => cb(failed(9020)) };
    const item = await outlookCurrentItem(officeMock({ mailboxVersion: '1.8', item: readItem({ body }) }));
    await expect(item?.attachments()).rejects.toThrow(
      'Outlook could not read the open email. Try again, or attach the file yourself.',
    );
  });

  test('lists the email’s file and item attachments (not inline images or cloud links) and reads them on demand', async () => {
    const getAttachmentContentAsync = jest.fn(readItem().getAttachmentContentAsync);
    const item = await outlookCurrentItem(officeMock({ item: readItem({ getAttachmentContentAsync }) }));
    const list = (await item?.attachments()) ?? [];
    expect(list.map((a) => [a.id, a.name, a.contentType, a.size, a.source])).toEqual([
      ['current-email', expect.stringMatching(/\.eml$/), 'message/rfc822', expect.any(Number), 'current-email'],
      ['attachment:att-1', 'school-report.pdf', 'application/pdf', 6, 'current-email-attachment'],
      ['attachment:att-2', 'Earlier thread.eml', 'message/rfc822', 900, 'current-email-attachment'],
    ]);
    expect(getAttachmentContentAsync).not.toHaveBeenCalled(); // read when the referral is filed, not before
    expect([...(await list[1]!.read())]).toEqual(PDF_BYTES);
    expect(text(await list[2]!.read())).toBe('Subject: Earlier\r\n\r\nHello');
    expect(getAttachmentContentAsync).toHaveBeenCalledTimes(2);
  });

  test('an attachment Outlook will not hand over fails in words when read', async () => {
    const item = await outlookCurrentItem(
      officeMock({
        item: readItem({
          attachments: [{ id: 'gone', name: 'minutes.docx', size: 10, attachmentType: 'file', isInline: false }],
        }),
      }),
    );
    const [, minutes] = (await item?.attachments()) ?? [];
    expect(minutes?.contentType).toBe('application/octet-stream');
    await expect(minutes!.read()).rejects.toThrow(
      'Outlook could not read the attachment “minutes.docx”. Try again, or attach the file yourself.',
    );
  });

  test('the email is read once, however often the card asks', async () => {
    const getAsFileAsync = jest.fn(readItem().getAsFileAsync);
    const item = await outlookCurrentItem(officeMock({ item: readItem({ getAsFileAsync }) }));
    await item?.attachments();
    await item?.attachments();
    expect(getAsFileAsync).toHaveBeenCalledTimes(1);
  });

  test('compose mode: subject and attachments come from the async getters; from is the user, so not offered', async () => {
    const compose = readItem({
      subject: { getAsync: (cb: (r: unknown) => void) => cb(ok('Draft referral')) },
      from: { getAsync: (cb: (r: unknown) => void) => cb(ok({ emailAddress: 'sam.worker@council.gov.uk' })) },
      attachments: undefined,
      getAttachmentsAsync: (cb: (r: unknown) => void) =>
        cb(
          ok([
            {
              id: 'c-1',
              name: 'consent.pdf',
              contentType: 'application/pdf',
              size: 3,
              attachmentType: 'file',
              isInline: false,
            },
          ]),
        ),
      getAsFileAsync: undefined,
    });
    const item = await outlookCurrentItem(officeMock({ item: compose }));
    expect(item?.subject).toBe('Draft referral');
    expect(item?.from).toBeUndefined();
    const list = (await item?.attachments()) ?? [];
    expect(list.map((a) => a.name)).toEqual(['Draft referral.txt', 'consent.pdf']);
  });

  test('before Mailbox 1.8 (no getAttachmentContentAsync) only the email itself is offered', async () => {
    const item = await outlookCurrentItem(
      officeMock({
        mailboxVersion: '1.5',
        item: readItem({ getAttachmentContentAsync: undefined, getAsFileAsync: undefined }),
      }),
    );
    expect(((await item?.attachments()) ?? []).map((a) => a.id)).toEqual(['current-email']);
  });

  test('no open email, no current item', async () => {
    await expect(outlookCurrentItem(officeMock({ item: null }))).resolves.toBeUndefined();
  });
});

describe('fileNameFrom', () => {
  test.each([
    ['Referral: family K / urgent', '.eml', 'Referral family K urgent.eml'],
    ['..\\..\\etc\\passwd', '.eml', 'etc passwd.eml'],
    ['<script>alert("x")</script>', '.txt', 'script alert( x ) script.txt'],
    ['\u0000\u0007', '.eml', 'email.eml'],
    ['', '.txt', 'email.txt'],
    ['x'.repeat(300), '.eml', `${'x'.repeat(100)}.eml`],
  ])('%j → %s', (subject, extension, expected) => {
    expect(fileNameFrom(subject, extension)).toBe(expected);
  });
});

describe('the open message’s id for Graph (is it an allocation notice?)', () => {
  /** Office.js with Mailbox 1.3's convertToRestId, recording what it was asked. */
  function withRestIds(version: string, item: Record<string, unknown>, convert = (id: string) => `rest:${id}`) {
    const office = officeMock({ mailboxVersion: version, item: readItem(item) });
    const calls: unknown[][] = [];
    const mailbox = office.context!.mailbox as unknown as Record<string, unknown>;
    mailbox.convertToRestId = (id: string, v: unknown) => (calls.push([id, v]), convert(id));
    (office as unknown as Record<string, unknown>).MailboxEnums = { RestVersion: { v2_0: 'v2.0' } };
    return { office, calls };
  }

  test('read mode: the EWS item id converted for REST v2.0', async () => {
    const { office, calls } = withRestIds('1.3', { itemId: 'AAMkAD/ews+id=' });
    expect((await outlookCurrentItem(office))?.restId).toBe('rest:AAMkAD/ews+id=');
    expect(calls).toEqual([['AAMkAD/ews+id=', 'v2.0']]);
  });

  test('none in compose mode (no item id), before Mailbox 1.3, or when Outlook throws', async () => {
    expect((await outlookCurrentItem(withRestIds('1.3', {}).office))?.restId).toBeUndefined();
    const old = withRestIds('1.2', { itemId: 'AAMkAD' });
    expect((await outlookCurrentItem(old.office))?.restId).toBeUndefined();
    expect(old.calls).toHaveLength(0);
    const throwing = withRestIds('1.3', { itemId: 'AAMkAD' }, () => {
      throw new Error('Office says no');
    });
    const item = await outlookCurrentItem(throwing.office);
    expect(item?.restId).toBeUndefined();
    expect(item?.subject).toBe('Referral: family K / urgent');
  });
});
