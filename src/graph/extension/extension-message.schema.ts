import { z } from 'zod';
import { isoDateSchema } from '../../domain/common/iso-date.schema';
import { extensionRecordSchema, leadProfessionalAgreementSchema } from '../../domain/extension/extension.schema';

/** The attachment a worker's request carries, and the one a decision carries back. */
export const EXTENSION_REQUEST_FILE = 'extension-request.json';
export const EXTENSION_DECISION_FILE = 'extension-decision.json';

const text = (what: string) =>
  z
    .string({ error: `Say ${what}.` })
    .trim()
    .min(1, { error: `Say ${what}.` })
    .max(2000, { error: `Keep ${what} under 2,000 characters.` });

/**
 * What the worker sends from their own mailbox (they cannot write to the shared one): when the plan started and,
 * when asking for more time, the request. The same schema checks the form and the message the bot reads.
 */
export const extensionMessageSchema = z.strictObject({
  referralId: z.uuid(),
  planStartDate: isoDateSchema,
  request: z
    .strictObject({
      requestId: z.uuid(),
      /** The end date the worker saw; the bot checks it against the plan as stored. */
      currentEndDate: isoDateSchema,
      proposedEndDate: isoDateSchema,
      reason: text('why the plan needs to run longer'),
      progress: text('what progress the family has made'),
      leadProfessionalAgreement: leadProfessionalAgreementSchema,
    })
    .optional(),
});
export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

/** The decision as sent to the requester and the service manager: the request with its outcome, no names. */
export const extensionDecisionFileSchema = z.strictObject({
  referralId: z.uuid(),
  reference: z.string(),
  planStartDate: isoDateSchema,
  request: extensionRecordSchema,
});
export type ExtensionDecisionFile = z.infer<typeof extensionDecisionFileSchema>;
