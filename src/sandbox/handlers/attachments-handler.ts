import type { Mailbox } from '../model/directory';
import type { AttachmentRecord, MessageRecord } from '../model/records';
import { attachmentContentType, fromFileAttachmentInput } from '../mail/mail-service';
import { toGraphAttachment } from '../mail/message-view';
import { graphErrors } from '../server/graph-errors';
import { bytes, empty, json } from '../server/reply';
import type { HandlerContext } from '../server/route';
import { collectionPage, entity, mailboxOf } from './handler-support';
import type { AttachmentsResource } from './resources';
import type { Services } from './services';

/** Attachments of a message: inline add (< 3 MB), list, get with contentBytes, $value, delete, upload sessions. */
export class AttachmentsHandler implements AttachmentsResource {
  constructor(private readonly s: Services) {}

  private message(ctx: HandlerContext<unknown>): { mailbox: Mailbox; message: MessageRecord } {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const message = this.s.repo.get(mailbox.key, ctx.params.message ?? '');
    if (!message) throw graphErrors.itemNotFound();
    return { mailbox, message };
  }

  private attachment(ctx: HandlerContext<unknown>): {
    mailbox: Mailbox;
    message: MessageRecord;
    attachment: AttachmentRecord;
  } {
    const found = this.message(ctx);
    const attachment = found.message.attachments.find((a) => a.id === ctx.params.attachment);
    if (!attachment) throw graphErrors.itemNotFound();
    return { ...found, attachment };
  }

  private context(mailbox: Mailbox, message: MessageRecord): string {
    return `users('${mailbox.id}')/messages('${message.id}')/attachments`;
  }

  list: AttachmentsResource['list'] = (ctx) => {
    const { mailbox, message } = this.message(ctx);
    const items = message.attachments.map((a) => toGraphAttachment(a, this.s.store));
    return collectionPage(ctx, items, {
      context: this.context(mailbox, message),
      defaultPageSize: 100,
      maxPageSize: 1000,
    });
  };

  add: AttachmentsResource['add'] = async (ctx) => {
    const { mailbox, message } = this.message(ctx);
    const { attachment } = await this.s.mail.addAttachment(message, fromFileAttachmentInput(ctx.body), ctx.now);
    return json(201, {
      '@odata.context': `${ctx.origin}/graph/v1.0/$metadata#${this.context(mailbox, message)}/$entity`,
      ...toGraphAttachment(attachment, this.s.store),
    });
  };

  get: AttachmentsResource['get'] = (ctx) => {
    const { mailbox, message, attachment } = this.attachment(ctx);
    return entity(ctx, toGraphAttachment(attachment, this.s.store), this.context(mailbox, message));
  };

  getValue: AttachmentsResource['getValue'] = (ctx) => {
    const { attachment } = this.attachment(ctx);
    const data = this.s.store.getBlob(attachment.blobId);
    if (!data) throw graphErrors.itemNotFound();
    return bytes(data, attachment.contentType);
  };

  delete: AttachmentsResource['delete'] = async (ctx) => {
    const { message, attachment } = this.attachment(ctx);
    await this.s.mail.removeAttachment(message, attachment.id, ctx.now);
    return empty(204);
  };

  createUploadSession: AttachmentsResource['createUploadSession'] = (ctx) => {
    const { mailbox, message } = this.message(ctx);
    // A known Graph issue: with delegated permissions upload sessions work only on a draft in the signed-in
    // user's own mailbox; a shared or delegated mailbox answers 403. Application permissions have no such limit.
    if (ctx.caller?.kind === 'user' && mailbox.id !== ctx.caller.mailbox.id) throw graphErrors.accessDenied();
    const item = ctx.body.AttachmentItem;
    const session = this.s.uploads.open(
      {
        mailbox,
        messageId: message.id,
        name: item.name,
        size: item.size,
        contentType: attachmentContentType(item.contentType),
        isInline: item.isInline ?? false,
        contentId: item.contentId ?? null,
      },
      ctx.now.getTime(),
    );
    return json(201, {
      '@odata.context': `${ctx.origin}/graph/v1.0/$metadata#microsoft.graph.uploadSession`,
      uploadUrl: `${ctx.origin}/upload/v1.0/sessions/${session.id}?authtoken=${session.secret}`,
      expirationDateTime: new Date(session.expiresAt).toISOString(),
      nextExpectedRanges: ['0-'],
    });
  };
}
