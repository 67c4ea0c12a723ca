import { z } from 'zod';
import { baseCriterionShape } from './criterion-base.schema';
import { conditionSchema } from './condition.schema';

/** A rule about the family as a whole, e.g. "the perpetrator is not living in the family home". */
export const conditionCriterionSchema = z.strictObject({
  kind: z.literal('condition'),
  ...baseCriterionShape,
  test: conditionSchema,
});
export type ConditionCriterion = z.infer<typeof conditionCriterionSchema>;
