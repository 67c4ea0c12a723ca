import { z } from 'zod';
import { baseCriterionShape, resultOf } from './kind';
import type { CriterionKind } from './kind';
import { conditionFacts, conditionSchema, evaluateCondition } from './condition';

/** A rule about the family as a whole, e.g. "the perpetrator is not living in the family home". */
export const conditionCriterionSchema = z.strictObject({
  kind: z.literal('condition'),
  ...baseCriterionShape,
  test: conditionSchema,
});
export type ConditionCriterion = z.infer<typeof conditionCriterionSchema>;

export const conditionKind: CriterionKind<ConditionCriterion> = {
  kind: 'condition',
  readsPeople: false,
  schema: conditionCriterionSchema,
  facts: (c) => conditionFacts(c.test),
  evaluate: (c, env) => resultOf(c, evaluateCondition(c.test, (id) => env.read(id)), env),
};
