import { z } from 'zod';
import { answerSchema } from '../common/answer.schema';
import { isoDateSchema, isoDateTimeSchema } from '../common/iso-date.schema';
import { familyContactSchema } from '../contact/contact.schema';
import { dashSchema } from '../dash/dash.schema';
import { nameSchema, personIdSchema, personSchema } from './person.schema';
import {
  BEHAVIOURS,
  CHALLENGES,
  COURT_PROCEEDINGS,
  LAWFUL_BASES,
  POST_SEPARATION_ABUSE,
  STATUTORY_STATUSES,
  keysOf,
} from './vocabulary';

import { MAX_ATTACHMENT_BYTES, REFERRAL_SCHEMA_VERSION } from './referral-constants';

export { MAX_ATTACHMENT_BYTES, REFERRAL_SCHEMA_VERSION, referenceFor } from './referral-constants';

const freeText = (max: number) => z.string().trim().max(max);

export const referrerSchema = z.strictObject({
  name: nameSchema,
  role: z.string().trim().min(1, { message: 'Enter your role' }).max(200),
  organisation: z.string().trim().min(1, { message: 'Enter your organisation' }).max(200),
  /** The team within the organisation ("Early Help, North"), where a service should ask for it by name. */
  team: z.string().trim().max(200).optional(),
  email: z.email({ message: 'Enter an email address like name@council.gov.uk' }).max(320),
  phone: z.string().trim().max(40).optional(),
});

// Consent is given, or not given with a lawful basis and the reason recorded (MARAC may proceed without it).
export const consentSchema = z.discriminatedUnion('given', [
  z.strictObject({
    given: z.literal(true),
    recordedOn: isoDateSchema,
    givenBy: nameSchema,
  }),
  z.strictObject({
    given: z.literal(false),
    lawfulBasis: z.enum(keysOf(LAWFUL_BASES)),
    reason: z.string().trim().min(1, { message: 'Record why consent was not sought or not given' }).max(4000),
  }),
]);

export const leadProfessionalSchema = z.strictObject({
  name: nameSchema,
  role: freeText(200),
  organisation: freeText(200).optional(),
  email: z.email().max(320).optional(),
});

export const caseContextSchema = z.strictObject({
  /** Nottinghamshire Pathway to Provision level (GFPO section 1). */
  p2pLevel: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('not-known')]).optional(),
  /** Every statutory status that applies at once (a child protection plan and care proceedings, say). */
  statutoryStatus: z
    .array(z.enum(keysOf(STATUTORY_STATUSES)))
    .max(8)
    .refine((list) => new Set(list).size === list.length, { message: 'A status is listed twice' })
    .refine((list) => list.length <= 1 || !list.some((s) => s === 'none' || s === 'not-known'), {
      message: '"No statutory involvement" and "Not known" cannot be chosen with another status',
    })
    .optional(),
  childProtectionPlanConsidered: answerSchema.optional(),
  openToSocialCare: answerSchema.optional(),
  /** null means there is no lead professional. */
  leadProfessional: leadProfessionalSchema.nullable().optional(),
  courtProceedings: z.enum(keysOf(COURT_PROCEEDINGS)).optional(),
  recentWholeFamilyAssessment: answerSchema.optional(),
});

/** The latest incident of domestic abuse, in the referrer's words. */
export const incidentSchema = z.strictObject({
  date: isoDateSchema.optional(),
  dateNotKnown: z.literal(true).optional(),
  account: freeText(20000).optional(),
});

export const risksSchema = z.strictObject({
  dash: dashSchema.optional(),
  latestIncident: incidentSchema.optional(),
  perpetratorInHome: answerSchema.optional(),
  postSeparationAbuse: z.enum(keysOf(POST_SEPARATION_ABUSE)).optional(),
  severeMentalHealth: answerSchema.optional(),
  activeSubstanceMisuse: answerSchema.optional(),
  criminalJusticeInvolvement: answerSchema.optional(),
});

const gfpoNeedSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const needsSchema = z.strictObject({
  gfpoPrimaryNeed: gfpoNeedSchema.optional(),
  gfpoOtherNeeds: z.array(gfpoNeedSchema).max(5).optional(),
  behaviours: z
    .array(z.enum(keysOf(BEHAVIOURS)))
    .max(20)
    .optional(),
  challenges: z
    .array(z.enum(keysOf(CHALLENGES)))
    .max(20)
    .optional(),
  additionalNeeds: answerSchema.optional(),
  englishAdditionalLanguage: answerSchema.optional(),
});

export const supportEntrySchema = z.strictObject({
  service: z.string().trim().min(1).max(300),
  serviceId: z.string().max(100).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  outcome: freeText(4000).optional(),
});

export const supportSchema = z.strictObject({
  previous: z.array(supportEntrySchema).max(100).optional(),
  current: z.array(supportEntrySchema).max(100).optional(),
  attendingOtherParentingProgramme: answerSchema.optional(),
});

export const requestedServiceSchema = z.strictObject({
  serviceId: z.string().min(1).max(100),
  /** Who the service is for; empty means the family as a whole. */
  personIds: z.array(personIdSchema).max(30),
  /** An advice request: the referrer asks the service whether it can help, rather than referring. */
  advice: z.boolean().optional(),
});

export const attachmentMetaSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(255),
  contentType: z.string().trim().min(1).max(255),
  size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES, { message: 'Attachments can be at most 150 MB' }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  source: z.enum(['upload', 'current-email', 'current-email-attachment']).optional(),
});

/** An answer to a service-specific question declared in the catalogue, keyed by question id. */
export const questionAnswerSchema = z.union([
  answerSchema,
  z.number().finite(),
  z.string().max(4000),
  z.array(z.string().max(200)).max(50),
]);

export const referralSchema = z
  .strictObject({
    schemaVersion: z.literal(REFERRAL_SCHEMA_VERSION),
    /** The referral id: the idempotency key of filing, so a retry never files twice. */
    id: z.uuid(),
    createdAt: isoDateTimeSchema,
    referrer: referrerSchema,
    consent: consentSchema,
    /** The reason for the referral, in the referrer's words: what the service is asked to help with, and why now. */
    reason: freeText(20000).optional(),
    /** Where the family lives and how to contact them safely. */
    family: familyContactSchema.optional(),
    people: z.array(personSchema).min(1, { message: 'Add at least one person' }).max(30),
    context: caseContextSchema,
    risks: risksSchema,
    needs: needsSchema,
    support: supportSchema,
    services: z.array(requestedServiceSchema).max(100),
    answers: z.record(z.string().min(1).max(100), questionAnswerSchema),
    attachments: z.array(attachmentMetaSchema).max(50),
    notes: freeText(20000).optional(),
  })
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    r.people.forEach((p, i) => {
      if (ids.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['people', i, 'id'], message: `Person id "${p.id}" is used twice` });
      ids.add(p.id);
    });
    r.services.forEach((s, i) => {
      s.personIds.forEach((pid, j) => {
        if (!ids.has(pid))
          ctx.addIssue({
            code: 'custom',
            path: ['services', i, 'personIds', j],
            message: `No person with id "${pid}" in this referral`,
          });
      });
    });
    const seen = new Set<string>();
    r.services.forEach((s, i) => {
      if (seen.has(s.serviceId))
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'serviceId'],
          message: `Service "${s.serviceId}" is requested twice`,
        });
      seen.add(s.serviceId);
    });
  });

export type Referral = z.infer<typeof referralSchema>;
export type RequestedService = z.infer<typeof requestedServiceSchema>;
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

export { personIdSchema };
