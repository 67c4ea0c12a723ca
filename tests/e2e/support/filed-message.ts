// A referral as the card files it (its extended properties and referral.json), for tests that put one in a service
// mailbox through Graph rather than through the card's page.
import { randomUUID } from 'node:crypto';
import { catalogue } from '../../../src/catalogues';
import { buildFiledReferral } from '../../../src/documents/filed-referral';
import { referralJson } from '../../../src/documents/referral-json';
import { referenceFor } from '../../../src/domain';
import { referralPropertiesFor } from '../../../src/graph';
import { exampleReferral } from '../../ui/support/filed-documents';

export type FiledMessage = { referralId: string; reference: string; message: Record<string, unknown> };

/** The sendMail message of a new referral of the example family to one service; `json` replaces referral.json. */
export function filedReferralMessage(to: { mailbox: string; serviceId: string }, json?: string): FiledMessage {
  const referral = { ...exampleReferral(), id: randomUUID() };
  const filed = buildFiledReferral(referral, catalogue, {
    mailbox: to.mailbox,
    serviceIds: [to.serviceId],
    catalogueVersion: '1',
    filedAt: new Date(),
  });
  const reference = referenceFor(referral.id);
  const message = {
    subject: `OFFICIAL-SENSITIVE: Referral ${reference}`,
    body: { contentType: 'text', content: 'A referral.' },
    toRecipients: [{ emailAddress: { address: to.mailbox } }],
    singleValueExtendedProperties: referralPropertiesFor({
      referralId: referral.id,
      schemaVersion: '2',
      serviceIds: [to.serviceId],
      kind: 'referral',
    }),
    attachments: [
      {
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: 'referral.json',
        contentType: 'application/json',
        contentBytes: Buffer.from(json ?? referralJson(filed)).toString('base64'),
      },
    ],
  };
  return { referralId: referral.id, reference, message };
}
