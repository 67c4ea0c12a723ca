import { ResponseType } from '@microsoft/microsoft-graph-client';
import { toGraphFailure } from '../errors/to-graph-failure';
import type { GraphGateway } from '../gateway/graph-gateway';
import { mailboxPath, type MailboxRef } from './read-referral-document';

// The files of a filed message (referral.json, referral.pdf and the referrer's own), listed and downloaded for a
// person to open: My referrals (Sent Items) and the triage board (a service mailbox).

/** A file attached to a filed message, as Graph lists it; a listing entry of another shape is skipped. */
export type FiledFile = {
  readonly id: string;
  readonly name: string;
  readonly contentType?: string;
  /** Bytes. */
  readonly size?: number;
};

/** A filing carries at most 50 files of the referrer's besides its own two. */
const MAX_FILES = 60;

const attachmentsOf = (mailbox: MailboxRef, messageId: string) =>
  `${mailboxPath(mailbox)}/messages/${encodeURIComponent(messageId)}/attachments`;

function fileOf(item: unknown): FiledFile | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { id, name, contentType, size } = item as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || name.trim() === '') return undefined;
  return {
    id,
    name,
    ...(typeof contentType === 'string' ? { contentType } : {}),
    ...(typeof size === 'number' && Number.isFinite(size) && size >= 0 ? { size } : {}),
  };
}

/** The message's files in the order Graph lists them (the order they were attached); no content is downloaded. */
export async function listFiledFiles(
  gateway: Pick<GraphGateway, 'client'>,
  mailbox: MailboxRef,
  messageId: string,
): Promise<FiledFile[]> {
  try {
    const page = (await gateway.client
      .api(attachmentsOf(mailbox, messageId))
      .select('id,name,size,contentType')
      .top(MAX_FILES)
      .get()) as { value?: unknown };
    const items: unknown[] = Array.isArray(page.value) ? page.value : [];
    return items.flatMap((item) => fileOf(item) ?? []);
  } catch (error) {
    throw toGraphFailure(error);
  }
}

/** One file's bytes, read raw ($value), so a large file is not carried as base64 in JSON. */
export async function readFiledFile(
  gateway: Pick<GraphGateway, 'client'>,
  mailbox: MailboxRef,
  messageId: string,
  fileId: string,
): Promise<Uint8Array> {
  try {
    const body: unknown = await gateway.client
      .api(`${attachmentsOf(mailbox, messageId)}/${encodeURIComponent(fileId)}/$value`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get();
    if (body instanceof ArrayBuffer) return new Uint8Array(body);
    if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    throw new TypeError('The file was not answered as bytes');
  } catch (error) {
    throw toGraphFailure(error);
  }
}
