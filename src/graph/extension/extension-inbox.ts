import { messageSchema } from '../dto';
import { toGraphFailure } from '../errors/to-graph-failure';
import { propertyFilter, readReferralProperties, REFERRAL_PROPERTY_IDS } from '../filing/referral-properties';
import { readAllPages } from '../gateway/read-all-pages';
import { ROW_EXPAND, ROW_SELECT, rowFrom, type BoardRow } from '../triage/board-row';
import { mailboxRoot, type Gateway } from '../triage/read-row';
import { REFERRER_MESSAGE_CATEGORIES } from '../triage/referrer-messages';
import { EXTENSION_REQUEST_FILE, extensionMessageSchema, type ExtensionMessage } from './extension-message.schema';

const P = REFERRAL_PROPERTY_IDS;
const MARKS: readonly string[] = [REFERRER_MESSAGE_CATEGORIES.applied, REFERRER_MESSAGE_CATEGORIES.notApplied];
const MAX_MESSAGES = 200;
const MAX_FILE_BYTES = 64 * 1024;

/** A worker's plan message waiting in the service mailbox, its attachment read and checked (or not readable). */
export type PlanMessage = {
  id: string;
  from: string;
  receivedAt: number;
  categories: string[];
  message?: ExtensionMessage;
};

async function inboxWhere(g: Gateway, mailbox: string, propertyId: string, value: string, select: string) {
  try {
    const first: unknown = await g.client
      .api(`${mailboxRoot(mailbox)}/mailFolders/inbox/messages`)
      .filter(propertyFilter(propertyId, value))
      .select(select)
      .expand(ROW_EXPAND)
      .top(50)
      .get();
    return await readAllPages(g.client, first, MAX_MESSAGES);
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}

/** The JSON attachment of one message, parsed with the request schema; undefined when missing or not valid. */
async function attachedMessage(g: Gateway, mailbox: string, id: string): Promise<ExtensionMessage | undefined> {
  let list: { value?: { name?: unknown; size?: unknown; contentBytes?: unknown; id?: unknown }[] };
  try {
    list = (await g.client
      .api(`${mailboxRoot(mailbox)}/messages/${encodeURIComponent(id)}/attachments`)
      .get()) as typeof list;
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
  const file = (list.value ?? []).find((a) => a.name === EXTENSION_REQUEST_FILE);
  if (!file || typeof file.id !== 'string' || (typeof file.size === 'number' && file.size > MAX_FILE_BYTES))
    return undefined;
  let bytes = file.contentBytes;
  if (typeof bytes !== 'string') {
    const one = (await g.client
      .api(`${mailboxRoot(mailbox)}/messages/${encodeURIComponent(id)}/attachments/${encodeURIComponent(file.id)}`)
      .get()) as { contentBytes?: unknown };
    bytes = one.contentBytes;
  }
  if (typeof bytes !== 'string' || bytes.length > MAX_FILE_BYTES * 2) return undefined;
  try {
    const parsed = extensionMessageSchema.safeParse(JSON.parse(fromBase64Text(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** base64 of UTF-8 text, decoded in browsers and Node alike; throws on bytes that are not UTF-8. */
function fromBase64Text(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The workers' plan messages not yet dealt with, oldest first, each with its attachment read. */
export async function waitingPlanMessages(g: Gateway, mailbox: string): Promise<PlanMessage[]> {
  const items = await inboxWhere(g, mailbox, P.kind, 'extension-request', 'receivedDateTime,from,categories');
  const waiting: PlanMessage[] = [];
  for (const item of items) {
    const parsed = messageSchema.safeParse(item);
    if (!parsed.success) continue;
    const m = parsed.data;
    const categories = m.categories ?? [];
    if (categories.some((c) => MARKS.includes(c))) continue;
    if (readReferralProperties(m.singleValueExtendedProperties).kind !== 'extension-request') continue;
    const message = await attachedMessage(g, mailbox, m.id);
    waiting.push({
      id: m.id,
      from: (m.from?.emailAddress.address ?? '').toLowerCase(),
      receivedAt: Date.parse(m.receivedDateTime ?? '') || 0,
      categories,
      ...(message ? { message } : {}),
    });
  }
  return waiting.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** The referral message a plan message is about, in the same mailbox. */
export async function referralMessage(g: Gateway, mailbox: string, referralId: string): Promise<BoardRow | undefined> {
  const items = await inboxWhere(g, mailbox, P.referralId, referralId.toLowerCase(), ROW_SELECT);
  return items.flatMap((item) => rowFrom(item, mailbox) ?? [])[0];
}

/** Marks a plan message applied or not, so it is dealt with once. */
export async function markPlanMessage(
  g: Gateway,
  mailbox: string,
  message: PlanMessage,
  applied: boolean,
): Promise<void> {
  const mark = applied ? REFERRER_MESSAGE_CATEGORIES.applied : REFERRER_MESSAGE_CATEGORIES.notApplied;
  try {
    await g.client
      .api(`${mailboxRoot(mailbox)}/messages/${encodeURIComponent(message.id)}`)
      .patch({ categories: [...message.categories, mark] });
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}
