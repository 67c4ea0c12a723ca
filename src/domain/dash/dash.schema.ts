import { z } from 'zod';
import { answerSchema } from '../common/answer.schema';
import { isoDateSchema } from '../common/iso-date.schema';

// SafeLives DASH risk checklist: 24 questions answered yes / no / not known (CATALOGUE.md "DASH").
export const DASH_QUESTION_IDS = [
  'q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12',
  'q13', 'q14', 'q15', 'q16', 'q17', 'q18', 'q19', 'q20', 'q21', 'q22', 'q23', 'q24',
] as const;
export const dashQuestionIdSchema = z.enum(DASH_QUESTION_IDS);
export type DashQuestionId = z.infer<typeof dashQuestionIdSchema>;

// SafeLives MARAC criterion 2: examples of serious concern below 14 ticks (reference/referral-domain.md §2).
export const PROFESSIONAL_JUDGEMENT_REASONS = [
  'extreme-fear',
  'barriers-to-disclosure',
  'victim-perception-of-risk',
  'separation-coercive-control-violence',
  'non-fatal-strangulation',
  'stalking',
  'threats-to-kill',
  'escalation',
  'honour-based-abuse-or-forced-marriage',
  'other',
] as const;
export const professionalJudgementReasonSchema = z.enum(PROFESSIONAL_JUDGEMENT_REASONS);
export type ProfessionalJudgementReason = z.infer<typeof professionalJudgementReasonSchema>;

export const dashSchema = z.strictObject({
  answers: z.partialRecord(dashQuestionIdSchema, answerSchema),
  completedOn: isoDateSchema.optional(),
  /** Reasons for professional judgement; an empty list means "none". */
  professionalJudgement: z.array(professionalJudgementReasonSchema).max(PROFESSIONAL_JUDGEMENT_REASONS.length).optional(),
  professionalJudgementDetail: z.string().max(4000).optional(),
  /** Incidents in the last 12 months; absent means not yet answered. */
  incidentsLast12Months: z.union([z.number().int().min(0).max(10000), z.literal('not-known')]).optional(),
  /** Date of the last MARAC referral; null means "never referred", absent means not yet answered. */
  previousMaracReferralDate: z.union([isoDateSchema, z.literal('not-known')]).nullable().optional(),
});
export type Dash = z.infer<typeof dashSchema>;
