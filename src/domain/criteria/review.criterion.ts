import { z } from 'zod';
import { baseCriterionShape, reasonOf } from './kind';
import type { CriterionKind } from './kind';

/** Something the seed leaves to the service's judgement: always a `review` with what to ask. */
export const reviewCriterionSchema = z.strictObject({
  kind: z.literal('review'),
  ...baseCriterionShape,
});
export type ReviewCriterion = z.infer<typeof reviewCriterionSchema>;

export const reviewKind: CriterionKind<ReviewCriterion> = {
  kind: 'review',
  readsPeople: false,
  schema: reviewCriterionSchema,
  facts: () => [],
  evaluate: (c) => ({ status: 'review', reason: reasonOf(c, 'review'), missing: [] }),
};
