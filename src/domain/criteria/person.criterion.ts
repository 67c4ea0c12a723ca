import { decidedStatus, resultOf, waitingStatus } from './kind';
import type { CriterionEnv, CriterionKind, CriterionResult, Judged, Target } from './kind';
import { conditionFacts, evaluateCondition, truthTest, waitingOn } from './condition';
import type { PersonCriterion } from './person.criterion.schema';
import { evaluateTogether } from './same-person';

export { nobodyToAsk } from './same-person';

const truthFor = (c: PersonCriterion, env: CriterionEnv, person: Target) =>
  evaluateCondition(c.test, (id) => env.read(id, person));

/** A family fact the rule also reads is still asked of the family: only the person's own facts name them. */
function askedOf<R extends Judged>(c: PersonCriterion, result: R): R {
  if (result.missing.every((m) => m.fact.startsWith(`${c.who}.`))) return result;
  const missing = result.missing.map(({ personId, ...m }) => (m.fact.startsWith(`${c.who}.`) ? { ...m, personId } : m));
  return { ...result, missing };
}

/** The rule's test read for one person. */
const judgePerson = (c: PersonCriterion, env: CriterionEnv, person: Target): CriterionResult =>
  askedOf(c, resultOf(c, truthFor(c, env, person), env, person.id));

function personStatus(c: PersonCriterion, env: CriterionEnv, person: Target): Judged {
  const truth = truthTest(c.test)(env, person);
  if (truth !== 'missing') return decidedStatus(c, truth);
  return askedOf(c, waitingStatus(waitingOn(c.test, env, person), env, person.id));
}

export const personKind: CriterionKind<PersonCriterion> = {
  kind: 'person',
  readsPeople: true,
  facts: (c) => conditionFacts(c.test),
  personScope: (c) => c.who,
  evaluatePerson: judgePerson,
  statusOfPerson: personStatus,
  evaluate: (c, env) =>
    evaluateTogether(
      [{ criterion: c, judge: (e, p) => judgePerson(c, e, p), status: (e, p) => personStatus(c, e, p) }],
      c.who,
      env,
    )[0]!,
};
