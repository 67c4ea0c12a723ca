import { ageKind } from './age.criterion';
import { areaKind } from './area.criterion';
import { conditionKind } from './condition.criterion';
import type { Criterion } from './criterion.schema';
import type { CriterionKind } from './kind';
import { personKind } from './person.criterion';
import { reviewKind } from './review.criterion';

/** Every criterion kind, by its wire name; the engine looks kinds up here and never switches on them. */
export const CRITERION_KINDS = {
  condition: conditionKind,
  age: ageKind,
  person: personKind,
  review: reviewKind,
  area: areaKind,
} as const;

/** The kind of a criterion, typed for it. */
export function kindOf<C extends Criterion>(c: C): CriterionKind<C> {
  return CRITERION_KINDS[c.kind] as unknown as CriterionKind<C>;
}
