import { z } from 'zod';
import { ageCriterionSchema, ageKind } from './age.criterion';
import { conditionCriterionSchema, conditionKind } from './condition.criterion';
import { personCriterionSchema, personKind } from './person.criterion';
import { reviewCriterionSchema, reviewKind } from './review.criterion';
import type { CriterionKind } from './kind';

/** Every criterion kind, by its wire name; the engine looks kinds up here and never switches on them. */
export const CRITERION_KINDS = {
  condition: conditionKind,
  age: ageKind,
  person: personKind,
  review: reviewKind,
} as const;

export const criterionSchema = z.union([
  conditionCriterionSchema,
  ageCriterionSchema,
  personCriterionSchema,
  reviewCriterionSchema,
]);
export type Criterion = z.infer<typeof criterionSchema>;

/** The kind of a criterion, typed for it. */
export function kindOf<C extends Criterion>(c: C): CriterionKind<C> {
  return CRITERION_KINDS[c.kind] as unknown as CriterionKind<C>;
}

export * from './kind';
export * from './condition';
export * from './citation.schema';
