import { resultOf } from './kind';
import type { CriterionEnv, CriterionKind, CriterionResult, Target } from './kind';
import { conditionFacts, evaluateCondition } from './condition';
import type { PersonCriterion } from './person.criterion.schema';
import { evaluateTogether } from './same-person';

export { nobodyToAsk } from './same-person';

/** The rule's test read for one person; a family fact it also reads is still asked of the family. */
function judgePerson(c: PersonCriterion, env: CriterionEnv, person: Target): CriterionResult {
  const result = resultOf(
    c,
    evaluateCondition(c.test, (id) => env.read(id, person)),
    env,
    person.id,
  );
  if (result.missing.every((m) => m.fact.startsWith(`${c.who}.`))) return result;
  const missing = result.missing.map(({ personId, ...m }) => (m.fact.startsWith(`${c.who}.`) ? { ...m, personId } : m));
  return { ...result, missing };
}

export const personKind: CriterionKind<PersonCriterion> = {
  kind: 'person',
  readsPeople: true,
  facts: (c) => conditionFacts(c.test),
  personScope: (c) => c.who,
  evaluatePerson: judgePerson,
  evaluate: (c, env) => evaluateTogether([{ criterion: c, judge: (e, p) => judgePerson(c, e, p) }], c.who, env)[0]!,
};
