import { z } from 'zod';
import type { Client } from '@microsoft/microsoft-graph-client';
import { FILE_ATTACHMENT_TYPE } from '../dto';
import { readAllPages } from '../gateway/read-all-pages';
import { toBase64 } from './base64';
import type { FilingFile } from './filing-request.schema';

export type AttachedFile = { readonly id: string; readonly name: string; readonly size: number };

const attachedSchema = z.looseObject({ id: z.string(), name: z.string(), size: z.number() });

/** The draft's attachments (a partial upload is not one: Graph lists an attachment only once all its bytes are in). */
export async function listAttachments(client: Client, draftId: string): Promise<AttachedFile[]> {
  const first = await client
    .api(`/me/messages/${encodeURIComponent(draftId)}/attachments`)
    .select('id,name,size')
    .top(100)
    .get();
  const items = await readAllPages(client, first, 1000);
  return items.flatMap((item) => {
    const parsed = attachedSchema.safeParse(item);
    return parsed.success ? [{ id: parsed.data.id, name: parsed.data.name, size: parsed.data.size }] : [];
  });
}

/** A file under the inline limit, in one POST. */
export async function attachInline(
  client: Client,
  draftId: string,
  file: FilingFile,
  bytes: Uint8Array,
): Promise<void> {
  await client.api(`/me/messages/${encodeURIComponent(draftId)}/attachments`).post({
    '@odata.type': FILE_ATTACHMENT_TYPE,
    name: file.name,
    contentType: file.contentType,
    contentBytes: toBase64(bytes),
  });
}

export async function deleteAttachment(client: Client, draftId: string, attachmentId: string): Promise<void> {
  await client
    .api(`/me/messages/${encodeURIComponent(draftId)}/attachments/${encodeURIComponent(attachmentId)}`)
    .delete();
}

/**
 * Which requested files a reused draft already has, matched by name and size (each attachment used once), and which
 * of its attachments match nothing requested (left from an earlier, different attempt: to delete).
 */
export function reconcile(
  files: readonly FilingFile[],
  attached: readonly AttachedFile[],
): { present: Set<string>; stale: AttachedFile[] } {
  const unused = [...attached];
  const present = new Set<string>();
  for (const file of files) {
    const at = unused.findIndex((a) => a.name === file.name && a.size === file.size);
    if (at < 0) continue;
    unused.splice(at, 1);
    present.add(file.id);
  }
  return { present, stale: unused };
}
