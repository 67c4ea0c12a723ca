import { z } from 'zod';
import { baseCriterionShape, outcomeSchema } from './criterion-base.schema';

/** An age range for the children a service is for; age is in whole years at the evaluation date (Europe/London). */
export const ageCriterionSchema = z
  .strictObject({
    kind: z.literal('age'),
    ...baseCriterionShape,
    /** Youngest age in whole years; -1 admits unborn children ("pre-birth"). */
    min: z.number().int().min(-1).max(120).optional(),
    /** Oldest age in whole years, inclusive. */
    max: z.number().int().min(0).max(120).optional(),
    /** What happens to a younger child, where the seed says younger children may be considered. */
    belowMin: outcomeSchema.optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, { message: 'An age criterion needs min or max' })
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, { message: 'min must not exceed max' });
export type AgeCriterion = z.infer<typeof ageCriterionSchema>;
