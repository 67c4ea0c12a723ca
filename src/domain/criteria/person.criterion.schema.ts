import { z } from 'zod';
import { baseCriterionShape } from './criterion-base.schema';
import { conditionSchema } from './condition.schema';

/** A rule that at least one person the service is for must meet, e.g. "lives in or goes to school in the borough". */
export const personCriterionSchema = z.strictObject({
  kind: z.literal('person'),
  ...baseCriterionShape,
  who: z.enum(['child', 'adult']),
  test: conditionSchema,
});
export type PersonCriterion = z.infer<typeof personCriterionSchema>;
