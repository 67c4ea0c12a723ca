import { TRIAGE_STATES, type TriageState } from '../../domain';
import { messageSchema, type Message } from '../dto';
import { readReferralProperties } from '../filing/referral-properties';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATES: ReadonlySet<string> = new Set(TRIAGE_STATES);

export type SentFiling = {
  messageId: string;
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

type OurMessage = {
  readonly message: Message;
  readonly properties: ReturnType<typeof readReferralProperties>;
  readonly referralId: string;
  readonly serviceIds: string[];
};

/** A message carrying a referral id and service ids of ours, or undefined when it is malformed or not ours. */
function readOurs(item: unknown): OurMessage | undefined {
  const parsed = messageSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const properties = readReferralProperties(parsed.data.singleValueExtendedProperties);
  const { referralId } = properties;
  const serviceIds = serviceIdsOf(properties.services);
  if (!referralId || !UUID.test(referralId) || !serviceIds) return undefined;
  return { message: parsed.data, properties, referralId: referralId.toLowerCase(), serviceIds };
}

const isDateTime = (at: string | null | undefined): at is string => !!at && !Number.isNaN(Date.parse(at));

/** A Sent Items message as a filing, or undefined when it is not one of ours or is malformed (skipped, not fatal). */
export function readSentFiling(item: unknown): SentFiling | undefined {
  const ours = readOurs(item);
  if (!ours) return undefined;
  const { kind } = ours.properties;
  const mailbox = ours.message.toRecipients?.[0]?.emailAddress.address;
  const sentAt = ours.message.sentDateTime;
  if ((kind !== 'referral' && kind !== 'advice') || !mailbox || !isDateTime(sentAt)) return undefined;
  return {
    messageId: ours.message.id,
    referralId: ours.referralId,
    kind,
    serviceIds: ours.serviceIds,
    mailbox,
    sentAt,
  };
}

/** An Inbox message as a status report, or undefined when malformed or not a known triage state. */
export function readStatusReport(item: unknown): StatusReport | undefined {
  const ours = readOurs(item);
  if (!ours) return undefined;
  const { kind, status } = ours.properties;
  const at = ours.message.sentDateTime ?? ours.message.receivedDateTime;
  if (kind !== 'status' || !status || !STATES.has(status) || !isDateTime(at)) return undefined;
  return { referralId: ours.referralId, serviceIds: ours.serviceIds, state: status as TriageState, at };
}
