import { decidedStatus, resultOf, waitingStatus } from './kind';
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
    const truth = truthTest(c.test)(env);
    return truth === 'missing' ? waitingStatus(waitingOn(c.test, env), env) : decidedStatus(c, truth);
  },
};
