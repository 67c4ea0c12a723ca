import { FILED_REFERRAL_SCHEMA_VERSION } from '../../domain';
import { toGraphFailure } from '../errors/to-graph-failure';
import { referralPropertiesFor, type ReferralKind } from '../filing/referral-properties';
import type { Gateway } from './read-row';

/** A plain-text message about a referral, carrying its id, services and kind (and, for status, the state). */
export type ReferralMail = {
  subject: string;
  text: string;
  to: string;
  referralId: string;
  serviceIds: readonly string[];
  kind: ReferralKind;
  status?: string;
};

/** Sends it with sendMail from `sender` ("/me", or "/users/{mailbox}" for a shared mailbox); throws GraphFailure. */
export async function sendReferralMail(g: Gateway, sender: string, mail: ReferralMail, mailbox: string): Promise<void> {
  const message = {
    subject: mail.subject,
    body: { contentType: 'Text', content: mail.text },
    toRecipients: [{ emailAddress: { address: mail.to } }],
    singleValueExtendedProperties: referralPropertiesFor({
      referralId: mail.referralId,
      schemaVersion: String(FILED_REFERRAL_SCHEMA_VERSION),
      serviceIds: mail.serviceIds,
      kind: mail.kind,
      ...(mail.status === undefined ? {} : { status: mail.status }),
    }),
  };
  try {
    await g.client.api(`${sender}/sendMail`).post({ message, saveToSentItems: true });
  } catch (error) {
    throw toGraphFailure(error, { mailbox, serviceIds: mail.serviceIds });
  }
}
