import { z } from 'zod';
import { isoDateTimeSchema } from '../common/iso-date.schema';
import { citationSchema } from '../criteria/citation.schema';
import type { ReasonStatus } from '../criteria/kind';
import type { Verdict } from '../eligibility/evaluate';
import { referenceFor, referralSchema } from './referral.schema';

// referral.json as a service mailbox receives it: one referral, restricted to the services of one mailbox.
export const FILED_REFERRAL_DOCUMENT_TYPE = 'referral-card/filed-referral' as const;
export const FILED_REFERRAL_SCHEMA_VERSION = 2 as const;

export const VERDICTS = ['eligible', 'ineligible', 'review', 'incomplete'] as const satisfies readonly Verdict[];
export const REASON_STATUSES = ['met', 'not-met', 'review', 'missing'] as const satisfies readonly ReasonStatus[];
/** A message is an advice request only when every service it carries is one. */
export const FILING_KINDS = ['referral', 'advice'] as const;

export const filedServiceSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  /** The provider's name, as the catalogue gives it. */
  provider: z.string().min(1).max(200),
  /** The referrer asks this service for advice rather than referring to it. */
  advice: z.boolean(),
});

/** A citation as filed: the file name and section for audit, with the document's title where the catalogue gives it. */
export const filedCitationSchema = citationSchema.extend({
  title: z.string().trim().min(1).max(300).optional(),
});

export const filedReasonSchema = z.strictObject({
  code: z.string().min(1).max(200),
  status: z.enum(REASON_STATUSES),
  /** The rule, in the catalogue's words. */
  message: z.string().min(1).max(2000),
  /** What was found, in plain words (absent in files filed before findings, and where there are none). */
  finding: z.string().min(1).max(2000).optional(),
  citation: filedCitationSchema,
});

export const filedVerdictSchema = z.strictObject({
  serviceId: z.string().min(1).max(100),
  verdict: z.enum(VERDICTS),
  reasons: z.array(filedReasonSchema).min(1).max(500),
  /** The facts still missing when the verdict is `incomplete`. */
  missing: z
    .array(
      z.strictObject({
        fact: z.string().min(1).max(200),
        label: z.string().min(1).max(1000),
        personId: z.string().max(64).optional(),
      }),
    )
    .max(500)
    .optional(),
});

export const filedReferralSchema = z
  .strictObject({
    documentType: z.literal(FILED_REFERRAL_DOCUMENT_TYPE),
    schemaVersion: z.literal(FILED_REFERRAL_SCHEMA_VERSION),
    referralId: z.uuid(),
    /** The short reference people quote, e.g. RC-3F2A9C1B (derived from the referral id). */
    reference: z.string().regex(/^RC-[0-9A-F]{8}$/),
    catalogueVersion: z.string().trim().min(1).max(60),
    filedAt: isoDateTimeSchema,
    kind: z.enum(FILING_KINDS),
    to: z.strictObject({
      mailbox: z.email().max(320),
      services: z.array(filedServiceSchema).min(1).max(100),
    }),
    /** The eligibility verdicts at filing time, one per service of this message, in the same order. */
    verdicts: z.array(filedVerdictSchema).min(1).max(100),
    /** The referral as validated, its `services` restricted to this mailbox's. */
    referral: referralSchema,
  })
  .superRefine((d, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (d.referral.id !== d.referralId) issue(['referralId'], 'The referral id does not match the referral');
    if (d.reference !== referenceFor(d.referralId))
      issue(['reference'], `The reference of this referral is ${referenceFor(d.referralId)}`);
    const ids = d.to.services.map((s) => s.id);
    if (ids.join('\n') !== d.referral.services.map((s) => s.serviceId).join('\n')) {
      issue(['to', 'services'], 'The services of the message and of the referral differ');
    }
    if (ids.join('\n') !== d.verdicts.map((v) => v.serviceId).join('\n'))
      issue(['verdicts'], 'There must be one verdict per service, in order');
    const advice = d.to.services.every((s) => s.advice);
    if ((d.kind === 'advice') !== advice)
      issue(['kind'], 'A message is an advice request exactly when every service in it is one');
    d.to.services.forEach((s, i) => {
      if (s.advice !== (d.referral.services[i]?.advice === true))
        issue(['to', 'services', i, 'advice'], 'Does not match the referral');
    });
  });

export type FiledReferral = z.infer<typeof filedReferralSchema>;
export type FiledService = z.infer<typeof filedServiceSchema>;
export type FiledVerdict = z.infer<typeof filedVerdictSchema>;
export type FiledReason = z.infer<typeof filedReasonSchema>;
export type FiledReferralKind = (typeof FILING_KINDS)[number];
