import { MARKING } from '../../documents/summary/header-section';
import { referenceFor, TRIAGE_TEXT_MAX, type Actor, type TriageMove } from '../../domain';
import { bodyText, messageSchema } from '../dto';
import { GraphFailure } from '../errors/graph-failure';
import { toGraphFailure } from '../errors/to-graph-failure';
import {
  expandProperties,
  propertyFilter,
  readReferralProperties,
  REFERRAL_PROPERTY_IDS,
} from '../filing/referral-properties';
import { readAllPages } from '../gateway/read-all-pages';
import { ROW_EXPAND, ROW_SELECT, rowFrom, type BoardRow } from './board-row';
import { sendReferralMail } from './referral-mail';
import { decide } from './decide';
import { mailboxRoot, type Gateway } from './read-row';

const P = REFERRAL_PROPERTY_IDS;
const MARKS: readonly string[] = ['Referral: applied', 'Referral: not applied'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Marks on a referrer's message once the service mailbox has dealt with it, so it is applied once. */
export const REFERRER_MESSAGE_CATEGORIES = Object.freeze({ applied: MARKS[0] ?? '', notApplied: MARKS[1] ?? '' });

export type ReferrerMessageInput = { mailbox: string; referralId: string; serviceIds: readonly string[] };

/**
 * The referrer's answer to a request for more information, from their own mailbox to the service's (delegated).
 * The service mailbox applies it (applyReferrerMessages): the referral goes back to screening with the answer.
 */
export function sendInformationAnswer(g: Gateway, input: ReferrerMessageInput & { text: string }): Promise<void> {
  return sendToService(g, input, 'information', 'More information for referral', input.text);
}

/** The referrer withdraws a referral, with the reason; the service mailbox closes it (applyReferrerMessages). */
export function sendWithdrawal(g: Gateway, input: ReferrerMessageInput & { reason: string }): Promise<void> {
  return sendToService(g, input, 'withdrawal', 'Withdrawal of referral', input.reason);
}

async function sendToService(
  g: Gateway,
  input: ReferrerMessageInput,
  kind: 'information' | 'withdrawal',
  subject: string,
  text: string,
): Promise<void> {
  const problems = problemsOf(input, text);
  if (problems.length > 0) throw new GraphFailure('invalid-request', { mailbox: input.mailbox, problems });
  const referralId = input.referralId.toLowerCase();
  const mail = {
    subject: `${MARKING}: ${subject} ${referenceFor(referralId)}`,
    text: text.trim(),
    to: input.mailbox,
    referralId,
    serviceIds: input.serviceIds,
    kind,
  };
  await sendReferralMail(g, '/me', mail, input.mailbox);
}

function problemsOf(input: ReferrerMessageInput, text: string): string[] {
  const problems: string[] = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(input.mailbox ?? '')) problems.push('mailbox: not an email address');
  if (!UUID.test(input.referralId ?? '')) problems.push('referralId: not a referral id');
  if (!Array.isArray(input.serviceIds) || input.serviceIds.length === 0) problems.push('serviceIds: none given');
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (!trimmed) problems.push('text: empty');
  else if (trimmed.length > TRIAGE_TEXT_MAX) problems.push(`text: longer than ${TRIAGE_TEXT_MAX} characters`);
  return problems;
}

type ReferrerMessage = {
  id: string;
  kind: 'information' | 'withdrawal';
  referralId: string;
  serviceIds: string[];
  from: string;
  text: string;
  receivedAt: number;
  categories: string[];
};

const SYSTEM: Actor = { id: 'referral-card', role: 'system' };
const REFERRER: Actor = { id: 'referrer', role: 'referrer' };
const MAX_MESSAGES = 500;

/**
 * Applies the referrers' answers and withdrawals waiting in a service mailbox, oldest first: an answer moves the
 * referral back to screening with the answer in its history; a withdrawal closes it. Each message is applied once
 * (then marked with a category); one from anyone but the referral's referrer, or one that no longer fits the
 * referral's state, is marked "not applied" for a person to read. Returns how many were applied.
 */
export async function applyReferrerMessages(g: Gateway, mailbox: string, now: Date): Promise<number> {
  const waiting = (await Promise.all([listKind(g, mailbox, 'information'), listKind(g, mailbox, 'withdrawal')]))
    .flat()
    .filter((m) => !m.categories.some((c) => MARKS.includes(c)))
    .sort((a, b) => a.receivedAt - b.receivedAt);
  let applied = 0;
  for (const message of waiting) {
    const result = await applyOne(g, mailbox, message, now);
    // Someone deciding the referral at this moment: left unmarked, so the next run applies it.
    if (result === 'later') continue;
    await mark(g, mailbox, message, REFERRER_MESSAGE_CATEGORIES[result]);
    if (result === 'applied') applied += 1;
  }
  return applied;
}

/** Inbox messages matching one property value, every page up to `max`; Graph failures thrown as GraphFailure. */
async function inboxWhere(
  g: Gateway,
  mailbox: string,
  query: { propertyId: string; value: string; select: string; expand: string; max: number },
): Promise<unknown[]> {
  try {
    const first: unknown = await g.client
      .api(`${mailboxRoot(mailbox)}/mailFolders/inbox/messages`)
      .filter(propertyFilter(query.propertyId, query.value))
      .select(query.select)
      .expand(query.expand)
      .top(Math.min(50, query.max))
      .get();
    return await readAllPages(g.client, first, query.max);
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}

async function listKind(g: Gateway, mailbox: string, kind: ReferrerMessage['kind']): Promise<ReferrerMessage[]> {
  const items = await inboxWhere(g, mailbox, {
    propertyId: P.kind,
    value: kind,
    select: 'receivedDateTime,from,categories,body',
    expand: expandProperties(P.referralId, P.services, P.kind),
    max: MAX_MESSAGES,
  });
  return items.flatMap((item) => referrerMessage(item, kind) ?? []);
}

function referrerMessage(item: unknown, kind: ReferrerMessage['kind']): ReferrerMessage | undefined {
  const parsed = messageSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const m = parsed.data;
  const props = readReferralProperties(m.singleValueExtendedProperties);
  const receivedAt = Date.parse(m.receivedDateTime ?? '');
  if (props.kind !== kind || !props.referralId || !UUID.test(props.referralId) || Number.isNaN(receivedAt))
    return undefined;
  return {
    id: m.id,
    kind,
    referralId: props.referralId.toLowerCase(),
    serviceIds: (props.services ?? '').split(' ').filter(Boolean),
    from: (m.from?.emailAddress.address ?? '').toLowerCase(),
    text: bodyText(m.body?.content ?? '', m.body?.contentType ?? 'text').slice(0, TRIAGE_TEXT_MAX),
    receivedAt,
    categories: m.categories ?? [],
  };
}

/** Applies one message. A conflict re-reads and tries again, a few times, then leaves it for the next run. */
async function applyOne(
  g: Gateway,
  mailbox: string,
  message: ReferrerMessage,
  now: Date,
): Promise<'applied' | 'notApplied' | 'later'> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = await referralRow(g, mailbox, message);
    // Only the person who made the referral may answer for it or withdraw it.
    if (!row || !message.from || row.referrer.address.toLowerCase() !== message.from) return 'notApplied';
    const move: TriageMove =
      message.kind === 'information'
        ? { to: 'screening', expectedVersion: row.triage.version, ...(message.text ? { note: message.text } : {}) }
        : { to: 'closed', expectedVersion: row.triage.version, reason: message.text || 'Withdrawn by the referrer.' };
    const actor = message.kind === 'information' ? SYSTEM : REFERRER;
    const outcome = await decide(g, { mailbox, messageId: row.messageId, move, actor, now });
    if (outcome.ok) return 'applied';
    if (outcome.code !== 'conflict') return 'notApplied';
  }
  return 'later';
}

/** The referral message this referrer message is about, in the same mailbox, sharing a service. */
async function referralRow(g: Gateway, mailbox: string, message: ReferrerMessage): Promise<BoardRow | undefined> {
  const items = await inboxWhere(g, mailbox, {
    propertyId: P.referralId,
    value: message.referralId,
    select: ROW_SELECT,
    expand: ROW_EXPAND,
    max: 10,
  });
  return items
    .flatMap((item) => rowFrom(item, mailbox) ?? [])
    .find((row) => row.serviceIds.some((s) => message.serviceIds.includes(s)));
}

async function mark(g: Gateway, mailbox: string, message: ReferrerMessage, category: string): Promise<void> {
  try {
    await g.client
      .api(`${mailboxRoot(mailbox)}/messages/${encodeURIComponent(message.id)}`)
      .patch({ categories: [...message.categories, category] });
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
}
