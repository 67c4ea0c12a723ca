import type { FileAttachmentInput, MessageInput } from '../../graph/dto';
import type { Store } from '../storage';
import type { Mailbox } from '../model/directory';
import { newAttachmentId, newConversationId, newImmutableId, newInternetMessageId, newMessageId } from '../model/ids';
import type { AttachmentRecord, MessageRecord, WellKnownFolder } from '../model/records';
import { graphErrors } from '../server/graph-errors';
import type { MailRepository } from './mail-repository';
import { applyMessageInput } from './message-input';

const INTERNET_DOMAIN = 'sandbox.test';

export type NewAttachment = {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  isInline: boolean;
  contentId: string | null;
};

// A content type goes back out as a header on every download: a line break in it would break the answer.
const hasControlCharacter = (value: string): boolean =>
  [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** The attachment content type to store; a value with a line break or other control character is refused. */
export function attachmentContentType(value: string | undefined): string {
  if (value === undefined) return 'application/octet-stream';
  if (hasControlCharacter(value))
    throw graphErrors.requestBodyRead("Invalid value for 'contentType': it must not contain line breaks.");
  return value;
}

/** Decodes an inline fileAttachment of a request (base64 checked by the DTO schema). */
export function fromFileAttachmentInput(a: FileAttachmentInput): NewAttachment {
  return {
    name: a.name,
    contentType: attachmentContentType(a.contentType),
    bytes: Buffer.from(a.contentBytes, 'base64'),
    isInline: a.isInline ?? false,
    contentId: a.contentId ?? null,
  };
}

/** Message writes: drafts, updates, deletes and attachments. Sending lives in delivery.ts. */
export class MailService {
  constructor(
    readonly repo: MailRepository,
    readonly store: Store,
  ) {}

  /** A new message in a folder of the mailbox (POST …/messages makes a draft in Drafts). */
  async create(mailbox: Mailbox, folder: WellKnownFolder, input: MessageInput, now: Date): Promise<MessageRecord> {
    return this.repo.save(await this.compose(mailbox, folder, input, now));
  }

  /** A draft built from a request, its attachment bytes stored, the message itself not yet saved (sendMail). */
  async compose(mailbox: Mailbox, folder: WellKnownFolder, input: MessageInput, now: Date): Promise<MessageRecord> {
    const at = now.toISOString();
    const blank: MessageRecord = {
      id: newMessageId(),
      immutableId: newImmutableId(),
      mailbox: mailbox.key,
      folder,
      seq: 0,
      version: 1,
      createdDateTime: at,
      lastModifiedDateTime: at,
      receivedDateTime: at,
      sentDateTime: null,
      subject: '',
      body: { contentType: 'text', content: '' },
      importance: 'normal',
      isRead: true,
      isDraft: true,
      internetMessageId: newInternetMessageId(INTERNET_DOMAIN),
      conversationId: newConversationId(),
      from: null,
      sender: null,
      toRecipients: [],
      ccRecipients: [],
      bccRecipients: [],
      replyTo: [],
      categories: [],
      internetMessageHeaders: [],
      singleValueExtendedProperties: [],
      attachments: [],
    };
    const filled = applyMessageInput(blank, input);
    filled.attachments = await this.storeAttachments((input.attachments ?? []).map(fromFileAttachmentInput), now);
    return filled;
  }

  async update(m: MessageRecord, input: MessageInput, now: Date): Promise<MessageRecord> {
    if (input.attachments !== undefined)
      throw graphErrors.badRequest('Attachments are added with POST …/attachments, not PATCH.');
    const next = applyMessageInput(m, input);
    return this.repo.save({ ...next, version: m.version + 1, lastModifiedDateTime: now.toISOString() });
  }

  delete(m: MessageRecord): Promise<void> {
    return this.repo.remove(m);
  }

  async addAttachment(
    m: MessageRecord,
    a: NewAttachment,
    now: Date,
  ): Promise<{ message: MessageRecord; attachment: AttachmentRecord }> {
    const [attachment] = await this.storeAttachments([a], now);
    if (!attachment) throw graphErrors.internal();
    // Re-read after the blob write: another request may have changed the message meanwhile.
    const current = this.repo.get(m.mailbox, m.id);
    if (!current) throw graphErrors.itemNotFound();
    const message = await this.repo.save({
      ...current,
      attachments: [...current.attachments, attachment],
      version: current.version + 1,
      lastModifiedDateTime: now.toISOString(),
    });
    return { message, attachment };
  }

  async removeAttachment(m: MessageRecord, attachmentId: string, now: Date): Promise<void> {
    if (!m.attachments.some((a) => a.id === attachmentId)) throw graphErrors.itemNotFound();
    await this.repo.save({
      ...m,
      attachments: m.attachments.filter((a) => a.id !== attachmentId),
      version: m.version + 1,
      lastModifiedDateTime: now.toISOString(),
    });
  }

  /** Writes the bytes as blobs (content-addressed, so copies share them) and returns their records. */
  async storeAttachments(list: readonly NewAttachment[], now: Date): Promise<AttachmentRecord[]> {
    return Promise.all(
      list.map(async (a) => ({
        id: newAttachmentId(),
        name: a.name,
        contentType: a.contentType,
        size: a.bytes.length,
        isInline: a.isInline,
        contentId: a.contentId,
        lastModifiedDateTime: now.toISOString(),
        blobId: await this.store.putBlob(a.bytes),
      })),
    );
  }
}
