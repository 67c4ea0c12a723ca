import { MARKING } from '../../documents/summary/header-section';
import { FILED_REFERRAL_SCHEMA_VERSION, referenceFor } from '../../domain';
import { GraphFailure } from '../errors/graph-failure';
import { toGraphFailure } from '../errors/to-graph-failure';
import { toBase64 } from '../filing/base64';
import { referralPropertiesFor, type ReferralKind } from '../filing/referral-properties';
import type { Gateway } from '../triage/read-row';
import { EXTENSION_REQUEST_FILE, extensionMessageSchema, type ExtensionMessage } from './extension-message.schema';

/** A message about a referral's plan with one JSON attachment, its id, services and kind as properties. */
export type PlanMail = {
  sender: string;
  to: readonly string[];
  subject: string;
  text: string;
  referralId: string;
  serviceIds: readonly string[];
  kind: ReferralKind;
  file: { name: string; json: unknown };
};

/** Sends it with sendMail from `mail.sender` ("/me", or "/users/{mailbox}"); throws GraphFailure. */
export async function sendPlanMail(g: Gateway, mail: PlanMail, mailbox: string): Promise<void> {
  const message = {
    subject: mail.subject,
    body: { contentType: 'Text', content: mail.text },
    toRecipients: mail.to.map((address) => ({ emailAddress: { address } })),
    singleValueExtendedProperties: referralPropertiesFor({
      referralId: mail.referralId,
      schemaVersion: String(FILED_REFERRAL_SCHEMA_VERSION),
      serviceIds: mail.serviceIds,
      kind: mail.kind,
    }),
    attachments: [
      {
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: mail.file.name,
        contentType: 'application/json',
        contentBytes: toBase64(new TextEncoder().encode(JSON.stringify(mail.file.json, null, 2))),
      },
    ],
  };
  try {
    await g.client.api(`${mail.sender}/sendMail`).post({ message, saveToSentItems: true });
  } catch (error) {
    throw toGraphFailure(error, { mailbox, serviceIds: mail.serviceIds });
  }
}

export type ExtensionRequestInput = { mailbox: string; serviceIds: readonly string[]; message: ExtensionMessage };

/**
 * The worker records the plan's start, and asks for an extension, from their own mailbox (delegated): workers cannot
 * write to the service mailbox, so the bot watching it applies the message. Throws GraphFailure (invalid-request
 * with the problems when the form's data does not pass the schema the bot checks it with).
 */
export async function sendExtensionRequest(g: Gateway, input: ExtensionRequestInput): Promise<void> {
  const parsed = extensionMessageSchema.safeParse(input.message);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new GraphFailure('invalid-request', { mailbox: input.mailbox, problems });
  }
  const m = parsed.data;
  const reference = referenceFor(m.referralId);
  const what = m.request ? `Extension request for referral ${reference}` : `Plan start for referral ${reference}`;
  const text = m.request
    ? `Please extend the plan to ${m.request.proposedEndDate}. The details are attached for Referral Card.`
    : `The family's plan started on ${m.planStartDate}. The details are attached for Referral Card.`;
  await sendPlanMail(
    g,
    {
      sender: '/me',
      to: [input.mailbox],
      subject: `${MARKING}: ${what}`,
      text,
      referralId: m.referralId,
      serviceIds: input.serviceIds,
      kind: 'extension-request',
      file: { name: EXTENSION_REQUEST_FILE, json: m },
    },
    input.mailbox,
  );
}
