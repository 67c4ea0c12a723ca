import type { Client } from '@microsoft/microsoft-graph-client';
import { messageSchema, type Message } from '../dto';
import { readAllPages } from '../gateway/read-all-pages';
import { expandProperties, propertyFilter, readReferralProperties, REFERRAL_PROPERTY_IDS } from './referral-properties';

export type FiledState = {
  /** A sent message of this referral to this mailbox: already filed. */
  readonly sent: Message | undefined;
  /** Our drafts to this mailbox, oldest first. */
  readonly drafts: readonly Message[];
};

const addressedTo = (m: Message, mailbox: string) =>
  (m.toRecipients ?? []).some((r) => r.emailAddress.address.toLowerCase() === mailbox.toLowerCase());

/**
 * What this referral already left in the referrer's mailbox for one service mailbox and kind. One query over all
 * folders by the ReferralId property: Sent Items, Drafts and the Outbox a just-sent message passes through. The
 * Inbox's status messages carry the same id but are not drafts, not ours to send and not addressed to the mailbox.
 */
export async function findFiled(
  client: Client,
  input: { referralId: string; mailbox: string; kind: string },
): Promise<FiledState> {
  const first = await client
    .api('/me/messages')
    .filter(propertyFilter(REFERRAL_PROPERTY_IDS.referralId, input.referralId))
    .select('id,isDraft,toRecipients,createdDateTime,sentDateTime')
    .expand(expandProperties(REFERRAL_PROPERTY_IDS.kind))
    .top(50)
    .get();
  const mine = (await readAllPages(client, first, 500)).flatMap((item) => {
    const parsed = messageSchema.safeParse(item);
    if (!parsed.success) return [];
    const kind = readReferralProperties(parsed.data.singleValueExtendedProperties).kind;
    return kind === input.kind && addressedTo(parsed.data, input.mailbox) ? [parsed.data] : [];
  });
  const drafts = mine
    .filter((m) => m.isDraft === true)
    .sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
  return { sent: mine.find((m) => m.isDraft === false), drafts };
}
