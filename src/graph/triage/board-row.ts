import { newTriageRecord, referenceFor, triageRecordSchema, triageStateSchema, type TriageRecord } from '../../domain';
import { messageSchema, type Message } from '../dto';
import { expandProperties, readReferralProperties, REFERRAL_PROPERTY_IDS } from '../filing/referral-properties';

/** One referral on the triage board: a referral or advice message in a service mailbox, with its triage record. */
export type BoardRow = {
  messageId: string;
  mailbox: string;
  referralId: string;
  /** RC-XXXXXXXX */
  reference: string;
  serviceIds: string[];
  referrer: { name: string; address: string };
  /** ISO date-time the message arrived. */
  receivedAt: string;
  /** From ReferralTriage, else a new record (received, version 0). */
  triage: TriageRecord;
  /** The stored triage was unreadable: the row is shown, but not decided on until repaired. */
  triageDamaged?: true;
};

/** What the board keeps between opens (JSON-serialisable): the delta link and the rows by message id. */
export type BoardSyncState = { deltaLink?: string; rows: Record<string, BoardRow> };

const P = REFERRAL_PROPERTY_IDS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Only what a row needs: the rest (body, attachments) is read when a referral is opened. */
export const ROW_SELECT = 'receivedDateTime,from';
export const ROW_EXPAND_IDS: readonly string[] = [
  P.referralId,
  P.services,
  P.kind,
  P.triageState,
  P.triageVersion,
  P.triage,
];
export const ROW_EXPAND = expandProperties(...ROW_EXPAND_IDS);

/** A message as a board row, or undefined when it is not a referral or advice request of ours. */
export function rowFrom(item: unknown, mailbox: string): BoardRow | undefined {
  const parsed = messageSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const m = parsed.data;
  const props = readReferralProperties(m.singleValueExtendedProperties);
  const serviceIds = (props.services ?? '').split(' ').filter(Boolean);
  const receivedAt = m.receivedDateTime;
  if (props.kind !== 'referral' && props.kind !== 'advice') return undefined;
  if (!props.referralId || !UUID.test(props.referralId)) return undefined;
  if (serviceIds.length === 0 || !serviceIds.every((s) => SERVICE_ID.test(s))) return undefined;
  if (!receivedAt || Number.isNaN(Date.parse(receivedAt))) return undefined;
  const referralId = props.referralId.toLowerCase();
  const fresh = newTriageRecord({
    referralId,
    ...(serviceIds.length === 1 ? { serviceId: serviceIds[0] } : {}),
    receivedAt: new Date(receivedAt),
  });
  const stored = props.triage === undefined ? { ok: true as const, record: fresh } : storedTriage(props, fresh);
  return {
    messageId: m.id,
    mailbox,
    referralId,
    reference: referenceFor(referralId),
    serviceIds,
    referrer: referrerOf(m),
    receivedAt: new Date(receivedAt).toISOString(),
    triage: stored.record,
    ...(stored.ok ? {} : { triageDamaged: true as const }),
  };
}

function referrerOf(m: Message): BoardRow['referrer'] {
  const address = m.from?.emailAddress ?? m.sender?.emailAddress;
  return { name: address?.name ?? '', address: address?.address ?? '' };
}

type Props = ReturnType<typeof readReferralProperties>;

// A damaged record still shows what the plain properties say: its state and version, if they are readable.
function storedTriage(props: Props, fresh: TriageRecord): { ok: boolean; record: TriageRecord } {
  const record = parseRecord(props.triage);
  if (record && record.referralId.toLowerCase() === fresh.referralId) return { ok: true, record };
  const state = triageStateSchema.safeParse(props.triageState);
  const version = Number(props.triageVersion);
  return {
    ok: false,
    record: {
      ...fresh,
      ...(state.success ? { state: state.data } : {}),
      ...(Number.isSafeInteger(version) && version >= 0 ? { version } : {}),
    },
  };
}

function parseRecord(json: string | undefined): TriageRecord | undefined {
  if (json === undefined) return undefined;
  try {
    const parsed = triageRecordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
