import { DECIDED, reasonOf } from './kind';
import type { CriterionKind } from './kind';
import type { ReviewCriterion } from './review.criterion.schema';

export const reviewKind: CriterionKind<ReviewCriterion> = {
  kind: 'review',
  readsPeople: false,
  facts: () => [],
  evaluate: (c) => ({ status: 'review', reason: reasonOf(c, 'review'), missing: [] }),
  statusOf: () => DECIDED.review,
};
