import { z } from 'zod';
import { answerSchema } from '../common/answer.schema';
import { isoDateSchema } from '../common/iso-date.schema';
import { DASH_QUESTION_IDS, PROFESSIONAL_JUDGEMENT_REASONS } from './dash-ids';

export { DASH_QUESTION_IDS, PROFESSIONAL_JUDGEMENT_REASONS } from './dash-ids';

export const dashQuestionIdSchema = z.enum(DASH_QUESTION_IDS);
export type DashQuestionId = z.infer<typeof dashQuestionIdSchema>;

export const professionalJudgementReasonSchema = z.enum(PROFESSIONAL_JUDGEMENT_REASONS);
export type ProfessionalJudgementReason = z.infer<typeof professionalJudgementReasonSchema>;

export const dashSchema = z.strictObject({
  answers: z.partialRecord(dashQuestionIdSchema, answerSchema),
  completedOn: isoDateSchema.optional(),
  /** Reasons for professional judgement; an empty list means "none". */
  professionalJudgement: z
    .array(professionalJudgementReasonSchema)
    .max(PROFESSIONAL_JUDGEMENT_REASONS.length)
    .optional(),
  professionalJudgementDetail: z.string().max(4000).optional(),
  /** Incidents in the last 12 months; absent means not yet answered. */
  incidentsLast12Months: z.union([z.number().int().min(0).max(10000), z.literal('not-known')]).optional(),
  /** Date of the last MARAC referral; null means "never referred", absent means not yet answered. */
  previousMaracReferralDate: z
    .union([isoDateSchema, z.literal('not-known')])
    .nullable()
    .optional(),
});
export type Dash = z.infer<typeof dashSchema>;
