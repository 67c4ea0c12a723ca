import { z } from 'zod';
import { citationSchema } from '../criteria/citation.schema';
import { triageStateSchema } from './triage-transitions';

// A service's time standard as data (GFPO §15 and others); the catalogue schema reuses this.
export const TIME_STANDARD_UNITS = ['working-days', 'calendar-days', 'weeks', 'hours', 'missed-sessions'] as const;
export const TIME_STANDARD_ANCHORS = [
  'referral-received',
  'allocation',
  'plan-start',
  'concern-raised',
  'dispute-raised',
] as const;

export const timeStandardUnitSchema = z.enum(TIME_STANDARD_UNITS);
export const timeStandardAnchorSchema = z.enum(TIME_STANDARD_ANCHORS);
export type TimeStandardUnit = z.infer<typeof timeStandardUnitSchema>;
export type TimeStandardAnchor = z.infer<typeof timeStandardAnchorSchema>;

export const timeStandardSchema = z.strictObject({
  id: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(1000),
  amount: z.number().int().min(0).max(10_000),
  unit: timeStandardUnitSchema,
  /** The event that starts the clock. */
  from: timeStandardAnchorSchema,
  /** Service ids the standard is limited to; absent means every service of the provider. */
  appliesTo: z.array(z.string().trim().min(1).max(200)).min(1).optional(),
  /** The standard is met when the referral first reaches one of these triage states after the clock starts. */
  metOnStates: z.array(triageStateSchema).min(1).optional(),
  /** The seed file and section heading the standard comes from (same shape as criteria citations). */
  citation: citationSchema,
});
export type TimeStandard = z.infer<typeof timeStandardSchema>;
