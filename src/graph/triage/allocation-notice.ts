import { MARKING } from '../../documents/summary/header-section';
import { referenceFor } from '../../domain';
import { messageSchema } from '../dto';
import { toGraphFailure } from '../errors/to-graph-failure';
import { expandProperties, readReferralProperties, REFERRAL_PROPERTY_IDS as P } from '../filing/referral-properties';
import { readReferralDocument } from '../referral-document/read-referral-document';
import type { BoardRow } from './board-row';
import { addressOf } from './directory-address';
import { mailboxRoot, type Gateway } from './read-row';
import { sendReferralMail } from './referral-mail';

/** The subject of an allocation notice: the marking and the reference only, never a name. */
export const allocationSubject = (reference: string) => `${MARKING}: Referral ${reference} is allocated to you`;

/** The notice's words: the reference, the services and where to record the plan; never the family's names. */
export function allocationText(reference: string, serviceNames: readonly string[]): string {
  return [
    `Referral ${reference} is allocated to you.`,
    serviceNames.length > 0 ? `Services: ${serviceNames.join('; ')}.` : undefined,
    'Open Referral Card beside this email in Outlook to record when the family’s plan started and, if the ' +
      'work needs longer than 12 weeks, to ask a team manager for an extension.',
  ]
    .filter((line) => line !== undefined)
    .join('\n\n');
}

/**
 * Tells the worker a referral is now theirs, from the service's shared mailbox: workers usually cannot open that
 * mailbox, so this message is where they find the plan form. It carries ReferralKind `allocation` and the referral's
 * id, which the Outlook pane reads. The worker's address comes from `lookUp`: the directory by default (the board's
 * delegated User.ReadBasic.All), the team's roster for the bot. Resolves false when there is nobody to tell; throws
 * GraphFailure.
 */
export async function sendAllocationNotice(
  g: Gateway,
  row: BoardRow,
  lookUp: (userId: string) => Promise<string | undefined> = (id) => addressOf(g, id),
): Promise<boolean> {
  const workerId = row.triage.allocatedTo;
  if (row.triage.state !== 'allocated' || !workerId) return false;
  const to = await lookUp(workerId);
  if (!to) return false;
  // The services' names as filed; a file held back still leaves the reference and the services' ids.
  const read = await readReferralDocument(g, { user: row.mailbox }, row.messageId);
  const names = read.ok ? read.document.to.services.map((s) => s.name) : [];
  await sendReferralMail(
    g,
    mailboxRoot(row.mailbox),
    {
      subject: allocationSubject(row.reference),
      text: allocationText(row.reference, names),
      to,
      referralId: row.referralId,
      serviceIds: row.serviceIds,
      kind: 'allocation',
    },
    row.mailbox,
  );
  return true;
}

/** An allocation notice as the worker's mailbox holds it: which referral, its services, and the mailbox it came from. */
export type AllocationNotice = {
  readonly referralId: string;
  readonly reference: string;
  readonly serviceIds: readonly string[];
  /** The service mailbox that sent it, where the worker's plan messages go. */
  readonly mailbox: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The signed-in person's message `messageId` (Graph's REST id) read as an allocation notice, or undefined when it is
 * any other message. Its properties are ours, written by the service mailbox; anything malformed is not a notice.
 * Throws GraphFailure.
 */
export async function readAllocationNotice(g: Gateway, messageId: string): Promise<AllocationNotice | undefined> {
  let item: unknown;
  try {
    item = await g.client
      .api(`/me/messages/${encodeURIComponent(messageId)}`)
      .select('from')
      .expand(expandProperties(P.referralId, P.kind, P.services))
      .get();
  } catch (error) {
    throw toGraphFailure(error);
  }
  const parsed = messageSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const props = readReferralProperties(parsed.data.singleValueExtendedProperties);
  const serviceIds = (props.services ?? '').split(' ').filter(Boolean);
  const mailbox = parsed.data.from?.emailAddress.address;
  if (props.kind !== 'allocation' || !props.referralId || !UUID.test(props.referralId) || !mailbox) return undefined;
  if (serviceIds.length === 0 || !serviceIds.every((id) => SERVICE_ID.test(id))) return undefined;
  const referralId = props.referralId.toLowerCase();
  return { referralId, reference: referenceFor(referralId), serviceIds, mailbox };
}
