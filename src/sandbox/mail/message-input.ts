import type { MessageInput, Recipient } from '../../graph/dto';
import type { ExtendedPropertyRecord, MessageRecord } from '../model/records';
import { graphErrors } from '../server/graph-errors';

// Graph: these can change only while the message is a draft (message-update docs).
const DRAFT_ONLY = [
  'subject',
  'body',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'from',
  'internetMessageHeaders',
] as const;

const recipients = (list: readonly Recipient[] | undefined): Recipient[] =>
  (list ?? []).map((r) => ({
    emailAddress: {
      address: r.emailAddress.address,
      ...(r.emailAddress.name !== undefined ? { name: r.emailAddress.name } : {}),
    },
  }));

/**
 * Extended property ids compare with the type and property-set GUID case-insensitive and the name
 * case-sensitive, as Exchange compares them.
 */
export function extendedPropertyKey(id: string): string {
  return id.replace(/^\s*(\S+\s+(?:\{[^}]*\}|0x[0-9a-f]+))/i, (head) => head.toLowerCase().replace(/\s+/g, ' '));
}

/** PATCH semantics: a property sent replaces the stored one; extended properties merge by id. */
export function applyMessageInput(m: MessageRecord, input: MessageInput): MessageRecord {
  if (!m.isDraft && DRAFT_ONLY.some((k) => input[k] !== undefined)) throw graphErrors.notDraft();
  const next: MessageRecord = { ...m };
  if (input.subject !== undefined) next.subject = input.subject ?? '';
  if (input.body !== undefined) {
    next.body = {
      contentType: input.body.contentType.toLowerCase() === 'html' ? 'html' : 'text',
      content: input.body.content,
    };
  }
  if (input.toRecipients !== undefined) next.toRecipients = recipients(input.toRecipients);
  if (input.ccRecipients !== undefined) next.ccRecipients = recipients(input.ccRecipients);
  if (input.bccRecipients !== undefined) next.bccRecipients = recipients(input.bccRecipients);
  if (input.replyTo !== undefined) next.replyTo = recipients(input.replyTo);
  if (input.from !== undefined) next.from = input.from === null ? null : (recipients([input.from])[0] ?? null);
  if (input.importance !== undefined) next.importance = input.importance;
  if (input.isRead !== undefined) next.isRead = input.isRead;
  if (input.categories !== undefined) next.categories = [...input.categories];
  if (input.internetMessageHeaders !== undefined) {
    const bad = input.internetMessageHeaders.find((h) => !/^x-/i.test(h.name));
    // Graph accepts only custom x- headers on a message.
    if (bad) throw graphErrors.invalidRequest(`Only x- headers can be set on a message; '${bad.name}' is not one.`);
    next.internetMessageHeaders = input.internetMessageHeaders.map((h) => ({ name: h.name, value: h.value }));
  }
  if (input.singleValueExtendedProperties !== undefined) {
    next.singleValueExtendedProperties = mergeExtendedProperties(
      m.singleValueExtendedProperties,
      input.singleValueExtendedProperties,
    );
  }
  return next;
}

function mergeExtendedProperties(
  current: readonly ExtendedPropertyRecord[],
  changes: readonly { id: string; value: string }[],
): ExtendedPropertyRecord[] {
  const merged = new Map<string, ExtendedPropertyRecord>();
  for (const p of current) merged.set(extendedPropertyKey(p.id), { id: p.id, value: p.value });
  for (const p of changes) {
    if (!/^\s*\S+\s+(\{[0-9a-f-]{36}\}\s+(Name|Id)\s+\S|0x[0-9a-f]+\s*$)/i.test(p.id)) {
      throw graphErrors.badRequest(`'${p.id}' is not a valid extended property id.`);
    }
    merged.set(extendedPropertyKey(p.id), { id: p.id, value: p.value });
  }
  return [...merged.values()];
}

/** Every addressee of a message, unique by address (case-insensitive), in to → cc → bcc order. */
export function allRecipients(m: Pick<MessageRecord, 'toRecipients' | 'ccRecipients' | 'bccRecipients'>): string[] {
  const seen = new Map<string, string>();
  for (const r of [...m.toRecipients, ...m.ccRecipients, ...m.bccRecipients]) {
    const key = r.emailAddress.address.toLowerCase();
    if (!seen.has(key)) seen.set(key, r.emailAddress.address);
  }
  return [...seen.values()];
}

const ADDRESS = /^[^@\s]+@[^@\s]+$/;
export const isValidAddress = (address: string): boolean => ADDRESS.test(address.trim());
