import { resultOf, statusOfTruth } from './kind';
import type { CriterionKind } from './kind';
import { conditionFacts, evaluateCondition, truthTest, waitingOn } from './condition';
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
  statusOf: (c, env) => {
    const lookup = (id: string) => env.read(id);
    return statusOfTruth(c, truthTest(c.test)(lookup), () => waitingOn(c.test, lookup), env);
  },
};
