import { missingFrom, notMet, reasonOf, resultOf } from './kind';
import type { CriterionEnv, CriterionKind, CriterionResult, Target } from './kind';
import { conditionFacts, evaluateCondition } from './condition';
import type { PersonCriterion } from './person.criterion.schema';

/** The result when the service names nobody of the kind the rule is about. */
export function nobodyToAsk(
  c: PersonCriterion | { id: string; requirement: string; citation: PersonCriterion['citation'] },
  who: 'child' | 'adult',
  env: CriterionEnv,
): CriterionResult {
  return { status: 'missing', reason: reasonOf(c, 'missing'), missing: missingFrom([`people.${who}`], env.label) };
}

/** Combines per-person results: met if anyone meets it, else missing, else not known, else not met. */
export function anyPerson(c: PersonCriterion, results: readonly CriterionResult[]): CriterionResult {
  const firstMet = results.find((r) => r.status === 'met');
  if (firstMet) return firstMet;
  const missing = results.filter((r) => r.status === 'missing');
  if (missing.length)
    return { status: 'missing', reason: reasonOf(c, 'missing'), missing: missing.flatMap((r) => r.missing) };
  const unsure = results.find((r) => r.status === 'review');
  return unsure ?? notMet(c);
}

export const personKind: CriterionKind<PersonCriterion> = {
  kind: 'person',
  readsPeople: true,
  facts: (c) => conditionFacts(c.test),
  evaluate: (c, env) => {
    const people: readonly Target[] = env.targets(c.who);
    if (people.length === 0) return nobodyToAsk(c, c.who, env);
    return anyPerson(
      c,
      people.map((p) =>
        resultOf(
          c,
          evaluateCondition(c.test, (id) => env.read(id, p)),
          env,
          p.id,
        ),
      ),
    );
  },
};
