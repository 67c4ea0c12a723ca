import { resultOf } from './kind';
import type { CriterionKind } from './kind';
import { conditionFacts, evaluateCondition } from './condition';
import type { ConditionCriterion } from './condition.criterion.schema';

export const conditionKind: CriterionKind<ConditionCriterion> = {
  kind: 'condition',
  readsPeople: false,
  facts: (c) => conditionFacts(c.test),
  evaluate: (c, env) =>
    resultOf(
      c,
      evaluateCondition(c.test, (id) => env.read(id)),
      env,
    ),
};
