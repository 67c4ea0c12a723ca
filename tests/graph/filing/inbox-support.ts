// Reading what a service mailbox received, as its manager, through a plain official client.
import { createHash } from 'node:crypto';
import type { Harness } from '../support';
import { REFERRAL_PROPERTY_IDS, expandProperties, propertyFilter } from '../../../src/graph';

export const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export type Received = { id: string; subject: string; singleValueExtendedProperties?: { id: string; value: string }[] };

const P = REFERRAL_PROPERTY_IDS;

export async function receivedBy(
  h: Harness,
  manager: string,
  mailbox: string,
  referralId: string,
): Promise<Received[]> {
  const client = await h.client(manager);
  const page = (await client
    .api(`/users/${mailbox}/mailFolders/inbox/messages`)
    .filter(propertyFilter(P.referralId, referralId))
    .expand(expandProperties(P.referralId, P.schemaVersion, P.services, P.kind))
    .select('subject')
    .top(50)
    .get()) as { value: Received[] };
  return page.value;
}

export async function attachmentsOf(
  h: Harness,
  manager: string,
  mailbox: string,
  messageId: string,
): Promise<{ name: string; contentType: string; bytes: Buffer }[]> {
  const client = await h.client(manager);
  const page = (await client.api(`/users/${mailbox}/messages/${messageId}/attachments`).top(100).get()) as {
    value: { name: string; contentType: string; contentBytes: string }[];
  };
  return page.value.map((a) => ({
    name: a.name,
    contentType: a.contentType,
    bytes: Buffer.from(a.contentBytes, 'base64'),
  }));
}

export async function ownMessages(
  h: Harness,
  upn: string,
  folder: 'drafts' | 'sentitems',
  referralId: string,
): Promise<{ id: string }[]> {
  const client = await h.client(upn);
  const page = (await client
    .api(`/me/mailFolders/${folder}/messages`)
    .filter(propertyFilter(P.referralId, referralId))
    .select('id')
    .top(50)
    .get()) as {
    value: { id: string }[];
  };
  return page.value;
}
