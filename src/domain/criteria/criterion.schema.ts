import { z } from 'zod';
import { ageCriterionSchema } from './age.criterion.schema';
import { areaCriterionSchema } from './area.criterion.schema';
import { conditionCriterionSchema } from './condition.criterion.schema';
import { personCriterionSchema } from './person.criterion.schema';
import { reviewCriterionSchema } from './review.criterion.schema';

export const criterionSchema = z.union([
  conditionCriterionSchema,
  ageCriterionSchema,
  personCriterionSchema,
  reviewCriterionSchema,
  areaCriterionSchema,
]);
export type Criterion = z.infer<typeof criterionSchema>;
