import type { Message } from '../../graph/dto';
import { bodyText as bodyTextOf, FILE_ATTACHMENT_TYPE } from '../../graph/dto';
import type { Store } from '../storage';
import { changeKeyFor, folderIdFor } from '../model/ids';
import type { AttachmentRecord, MessageRecord } from '../model/records';

export type IdKind = 'rest' | 'immutable';

/** Graph answers immutable ids only when asked (`Prefer: IdType="ImmutableId"`). */
export function idKindOf(prefer: string | undefined): IdKind {
  return prefer !== undefined && /IdType\s*=\s*"?ImmutableId"?/i.test(prefer) ? 'immutable' : 'rest';
}

export const etagOf = (m: MessageRecord): string => `W/"${changeKeyFor(m.version)}"`;

/** Plain text of a body, for bodyPreview and the web view. */
export const bodyText = (body: MessageRecord['body']): string => bodyTextOf(body.content, body.contentType);

type GraphMessage = Message & Record<string, unknown>;

// Lists turn every message of a mailbox into JSON on each page; stored records are frozen and replaced on
// write, so the JSON of a record object can be kept until the record itself is dropped.
const cache = {
  rest: new WeakMap<MessageRecord, GraphMessage>(),
  immutable: new WeakMap<MessageRecord, GraphMessage>(),
};

/**
 * A message as Graph's JSON (frozen: copy before changing). singleValueExtendedProperties is a navigation property
 * the OData shaper drops unless `$expand`ed; internetMessageHeaders and attachments come only when asked for.
 */
export function toGraphMessage(
  m: MessageRecord,
  opts: { idKind: IdKind; withAttachments?: Store | undefined; withHeaders?: boolean },
): GraphMessage {
  let base = cache[opts.idKind].get(m);
  if (!base) {
    base = Object.freeze(baseJson(m, opts.idKind));
    cache[opts.idKind].set(m, base);
  }
  if (!opts.withAttachments && !opts.withHeaders) return base;
  const out: GraphMessage = { ...base };
  // Graph returns internetMessageHeaders only when $select names them.
  if (opts.withHeaders) out.internetMessageHeaders = m.internetMessageHeaders;
  if (opts.withAttachments) {
    const store = opts.withAttachments;
    out.attachments = m.attachments.map((a) => toGraphAttachment(a, store));
  }
  return out;
}

function baseJson(m: MessageRecord, idKind: IdKind): GraphMessage {
  const out: GraphMessage = {
    '@odata.etag': etagOf(m),
    id: idKind === 'immutable' ? m.immutableId : m.id,
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.lastModifiedDateTime,
    changeKey: changeKeyFor(m.version),
    categories: m.categories,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    hasAttachments: m.attachments.some((a) => !a.isInline),
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: bodyText(m.body).slice(0, 255),
    importance: m.importance,
    parentFolderId: folderIdFor(m.mailbox, m.folder),
    conversationId: m.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: m.isDraft,
    inferenceClassification: 'focused',
    body: m.body,
    sender: m.sender,
    from: m.from,
    toRecipients: m.toRecipients,
    ccRecipients: m.ccRecipients,
    bccRecipients: m.bccRecipients,
    replyTo: m.replyTo,
    flag: { flagStatus: 'notFlagged' },
  };
  if (m.singleValueExtendedProperties.length > 0) out.singleValueExtendedProperties = m.singleValueExtendedProperties;
  return out;
}

/** A fileAttachment as Graph's JSON; contentBytes when a store to read the bytes from is given. */
export function toGraphAttachment(a: AttachmentRecord, store?: Store): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@odata.type': FILE_ATTACHMENT_TYPE,
    '@odata.mediaContentType': a.contentType,
    id: a.id,
    lastModifiedDateTime: a.lastModifiedDateTime,
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    isInline: a.isInline,
    contentId: a.contentId,
    contentLocation: null,
  };
  if (store) out.contentBytes = (store.getBlob(a.blobId) ?? Buffer.alloc(0)).toString('base64');
  return out;
}

/** Graph sorts mail newest first when no $orderby is given. */
export function newestFirst(a: MessageRecord, b: MessageRecord): number {
  if (a.receivedDateTime !== b.receivedDateTime) return a.receivedDateTime < b.receivedDateTime ? 1 : -1;
  return b.seq - a.seq;
}
