import type { Client } from '@microsoft/microsoft-graph-client';
import { messageSchema, type Message } from '../dto';
import { toGraphFailure } from '../errors/to-graph-failure';
import { readAllPages } from '../gateway/read-all-pages';
import { expandProperties, propertyFilter, readReferralProperties, REFERRAL_PROPERTY_IDS } from './referral-properties';

export type FiledState = {
  /** A sent message of this referral to this mailbox: already filed. */
  readonly sent: Message | undefined;
  /** Our drafts to this mailbox, oldest first. */
  readonly drafts: readonly Message[];
};

type Wanted = { readonly referralId: string; readonly mailbox: string; readonly kind: string };

const addressedTo = (m: Message, mailbox: string) =>
  (m.toRecipients ?? []).some((r) => r.emailAddress.address.toLowerCase() === mailbox.toLowerCase());

/** The messages under `path` carrying this referral's id and kind, up to `max`. */
async function messagesOf(client: Client, path: string, input: Wanted, max: number): Promise<Message[]> {
  const first = await client
    .api(path)
    .filter(propertyFilter(REFERRAL_PROPERTY_IDS.referralId, input.referralId))
    .select('id,isDraft,toRecipients,createdDateTime,sentDateTime')
    .expand(expandProperties(REFERRAL_PROPERTY_IDS.kind))
    .top(Math.min(50, max))
    .get();
  return (await readAllPages(client, first, max)).flatMap((item) => {
    const parsed = messageSchema.safeParse(item);
    if (!parsed.success) return [];
    return readReferralProperties(parsed.data.singleValueExtendedProperties).kind === input.kind ? [parsed.data] : [];
  });
}

/**
 * What this referral already left in the referrer's mailbox for one service mailbox and kind. One query over all
 * folders by the ReferralId property: Sent Items, Drafts and the Outbox a just-sent message passes through. The
 * Inbox's status messages carry the same id but are not drafts, not ours to send and not addressed to the mailbox.
 */
export async function findFiled(client: Client, input: Wanted): Promise<FiledState> {
  const mine = (await messagesOf(client, '/me/messages', input, 500)).filter((m) => addressedTo(m, input.mailbox));
  const drafts = mine
    .filter((m) => m.isDraft === true)
    .sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
  return { sent: mine.find((m) => m.isDraft === false), drafts };
}

/**
 * The message as the service mailbox received it, where the referrer may read that mailbox; undefined when it is not
 * there or not readable (a referrer usually may not: 403), which says nothing either way.
 */
export async function findDelivered(client: Client, input: Wanted): Promise<Message | undefined> {
  try {
    const path = `/users/${encodeURIComponent(input.mailbox)}/messages`;
    return (await messagesOf(client, path, input, 10)).find((m) => m.isDraft !== true);
  } catch (error) {
    const failure = toGraphFailure(error);
    if (failure.kind === 'no-permission' || failure.kind === 'mailbox-not-found' || failure.detail.status === 404)
      return undefined;
    throw failure;
  }
}
