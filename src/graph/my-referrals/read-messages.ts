import { TRIAGE_STATES, type TriageState } from '../../domain';
import { messageSchema } from '../dto';
import { readReferralProperties } from '../filing/referral-properties';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATES: ReadonlySet<string> = new Set(TRIAGE_STATES);

export type SentFiling = {
  referralId: string;
  kind: 'referral' | 'advice';
  serviceIds: string[];
  mailbox: string;
  sentAt: string;
};
export type StatusReport = { referralId: string; serviceIds: string[]; state: TriageState; at: string };

/** The service ids of ReferralServices, or undefined when any is not a service id. */
function serviceIdsOf(value: string | undefined): string[] | undefined {
  const ids = (value ?? '').split(' ').filter(Boolean);
  return ids.length > 0 && ids.every((id) => SERVICE_ID.test(id)) ? ids : undefined;
}

/** A Sent Items message as a filing, or undefined when it is not one of ours or is malformed (skipped, not fatal). */
export function readSentFiling(item: unknown): SentFiling | undefined {
  const parsed = messageSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const m = parsed.data;
  const p = readReferralProperties(m.singleValueExtendedProperties);
  const serviceIds = serviceIdsOf(p.services);
  const mailbox = m.toRecipients?.[0]?.emailAddress.address;
  const sentAt = m.sentDateTime ?? undefined;
  if (!p.referralId || !UUID.test(p.referralId) || (p.kind !== 'referral' && p.kind !== 'advice')) return undefined;
  if (!serviceIds || !mailbox || !sentAt || Number.isNaN(Date.parse(sentAt))) return undefined;
  return { referralId: p.referralId.toLowerCase(), kind: p.kind, serviceIds, mailbox, sentAt };
}

/** An Inbox message as a status report, or undefined when malformed or not a known triage state. */
export function readStatusReport(item: unknown): StatusReport | undefined {
  const parsed = messageSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const m = parsed.data;
  const p = readReferralProperties(m.singleValueExtendedProperties);
  const serviceIds = serviceIdsOf(p.services);
  const at = m.sentDateTime ?? m.receivedDateTime ?? undefined;
  if (p.kind !== 'status' || !p.referralId || !UUID.test(p.referralId) || !serviceIds) return undefined;
  if (!p.status || !STATES.has(p.status) || !at || Number.isNaN(Date.parse(at))) return undefined;
  return { referralId: p.referralId.toLowerCase(), serviceIds, state: p.status as TriageState, at };
}
