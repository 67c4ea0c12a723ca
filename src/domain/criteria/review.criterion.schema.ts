import { z } from 'zod';
import { baseCriterionShape } from './criterion-base.schema';

/** Something the seed leaves to the service's judgement: always a `review` with what to ask. */
export const reviewCriterionSchema = z.strictObject({
  kind: z.literal('review'),
  ...baseCriterionShape,
});
export type ReviewCriterion = z.infer<typeof reviewCriterionSchema>;
