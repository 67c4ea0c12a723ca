import { checkedDocument } from '../../documents/filed-referral';
import type { FiledReferral } from '../../domain';
import { toGraphFailure } from '../errors/to-graph-failure';
import type { GraphGateway } from '../gateway/graph-gateway';

// A filed referral.json read back from a message: in the referrer's Sent Items (My referrals) or a service mailbox
// (the triage board, the bot). A missing, oversized, malformed or hostile file is quarantined with the reason and
// never thrown; Graph failures (network, throttling, no access) are thrown as GraphFailure for the caller to retry.

/** referral.json is a few KB; a file over this is not one of ours and is not downloaded. */
export const REFERRAL_JSON_MAX_BYTES = 1024 * 1024;

export const QUARANTINE_REASONS = ['missing', 'too-large', 'not-json', 'invalid'] as const;
export type QuarantineReason = (typeof QUARANTINE_REASONS)[number];

export type ReferralDocumentRead =
  | { readonly ok: true; readonly document: FiledReferral; readonly attachmentId: string }
  | { readonly ok: false; readonly reason: QuarantineReason; readonly message: string };

/** `me` for the signed-in user's own mailbox, else a mailbox address or id (a shared mailbox, for the board). */
export type MailboxRef = 'me' | { readonly user: string };

type AttachmentListing = { id?: unknown; name?: unknown; size?: unknown; contentType?: unknown };

export const mailboxPath = (mailbox: MailboxRef): string =>
  mailbox === 'me' ? '/me' : `/users/${encodeURIComponent(mailbox.user)}`;

const quarantine = (reason: QuarantineReason, message: string): ReferralDocumentRead => ({
  ok: false,
  reason,
  message,
});

/** Reads and checks the referral.json attached to a message; a v1 file is migrated, not refused. */
export async function readReferralDocument(
  gateway: Pick<GraphGateway, 'client'>,
  mailbox: MailboxRef,
  messageId: string,
): Promise<ReferralDocumentRead> {
  const base = `${mailboxPath(mailbox)}/messages/${encodeURIComponent(messageId)}/attachments`;
  let listing: AttachmentListing[];
  try {
    const page = (await gateway.client.api(base).select('id,name,size,contentType').top(50).get()) as {
      value?: unknown;
    };
    listing = Array.isArray(page.value) ? (page.value as AttachmentListing[]) : [];
  } catch (error) {
    throw toGraphFailure(error);
  }
  const files = listing.filter((a) => typeof a.name === 'string' && a.name.trim().toLowerCase() === 'referral.json');
  const file = files[0];
  if (!file || typeof file.id !== 'string') return quarantine('missing', 'The referral has no referral details file.');
  if (files.length > 1) return quarantine('invalid', 'The referral has more than one referral details file.');
  if (typeof file.size === 'number' && file.size > REFERRAL_JSON_MAX_BYTES)
    return quarantine('too-large', 'The referral details file is too large to be one of ours.');
  let contentBytes: unknown;
  try {
    const attachment = (await gateway.client.api(`${base}/${encodeURIComponent(file.id)}`).get()) as {
      contentBytes?: unknown;
    };
    contentBytes = attachment.contentBytes;
  } catch (error) {
    throw toGraphFailure(error);
  }
  return checkedFile(contentBytes, file.id);
}

/** The attachment's base64 content as a checked document, or the reason it is quarantined. */
export function checkedFile(contentBytes: unknown, attachmentId: string): ReferralDocumentRead {
  if (typeof contentBytes !== 'string') return quarantine('missing', 'The referral details file is empty.');
  // base64 is 4 characters for 3 bytes; refuse before decoding what would be too large.
  if (contentBytes.length > Math.ceil(REFERRAL_JSON_MAX_BYTES / 3) * 4 + 4)
    return quarantine('too-large', 'The referral details file is too large to be one of ours.');
  let text: string;
  try {
    const binary = atob(contentBytes);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return quarantine('not-json', 'The referral details file is not readable text.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Includes a nesting so deep that parsing runs out of stack.
    return quarantine('not-json', 'The referral details file is damaged: it is not in the expected format.');
  }
  try {
    return { ok: true, document: checkedDocument(json), attachmentId };
  } catch {
    return quarantine('invalid', 'The referral details file does not match what a referral must hold.');
  }
}
