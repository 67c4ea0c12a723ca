import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../common/iso-date.schema';
import { actorSchema } from '../triage/role.schema';

const idSchema = z.string().trim().min(1).max(200);
const textSchema = z.string().max(2000);

/** The lead professional's agreement to the extension, as recorded by the requester (GFPO §9). */
export const leadProfessionalAgreementSchema = z.strictObject({
  /** Who agreed, e.g. "Social worker, Team B"; a role or directory id rather than a family member's name. */
  leadProfessional: z.string().trim().min(1).max(200),
  agreedOn: isoDateSchema,
  note: textSchema.optional(),
});
export type LeadProfessionalAgreement = z.infer<typeof leadProfessionalAgreementSchema>;

export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;

/** One extension request on a plan, with its decision once made. */
export const extensionRecordSchema = z.strictObject({
  requestId: idSchema,
  requestedBy: actorSchema,
  requestedAt: isoDateTimeSchema,
  proposedEndDate: isoDateSchema,
  reason: textSchema,
  /** What the family has done so far; optional only because requests stored before it was asked for lack it. */
  progress: textSchema.optional(),
  leadProfessionalAgreement: leadProfessionalAgreementSchema.optional(),
  status: z.enum(EXTENSION_STATUSES),
  decidedBy: actorSchema.optional(),
  decidedAt: isoDateTimeSchema.optional(),
  decisionReason: textSchema.optional(),
});
export type ExtensionRecord = z.infer<typeof extensionRecordSchema>;

/** A GFPO family intervention plan; `version` goes up on every change, so a stale write is seen. */
export const interventionPlanSchema = z.strictObject({
  planId: idSchema,
  referralId: idSchema.optional(),
  serviceId: idSchema.optional(),
  /** The London date the plan started; the review date is 12 weeks later. */
  startDate: isoDateSchema,
  version: z.number().int().min(0),
  extensions: z.array(extensionRecordSchema).max(100),
});
export type InterventionPlan = z.infer<typeof interventionPlanSchema>;

export const extensionRequestSchema = z.strictObject({
  requestId: idSchema,
  expectedVersion: z.number().int().min(0),
  requestedBy: actorSchema,
  proposedEndDate: isoDateSchema,
  reason: textSchema,
  /** Progress so far; the rule requires it for a new request. */
  progress: textSchema.optional(),
  leadProfessionalAgreement: leadProfessionalAgreementSchema.optional(),
});
export type ExtensionRequest = z.infer<typeof extensionRequestSchema>;

export const extensionDecisionSchema = z.strictObject({
  requestId: idSchema,
  expectedVersion: z.number().int().min(0),
  decidedBy: actorSchema,
  outcome: z.enum(['approve', 'refuse']),
  /** Required when refusing. */
  reason: textSchema.optional(),
});
export type ExtensionDecision = z.infer<typeof extensionDecisionSchema>;
