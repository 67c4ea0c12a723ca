import type { AgeCriterion } from './age.criterion.schema';
import { DECIDED, met, missingFrom, notMet, reasonOf } from './kind';
import type { CriterionEnv, CriterionKind, CriterionResult, Judged, Target } from './kind';
import { evaluateTogether } from './same-person';
import type { FactReading } from '../facts/fact';

/** The service's ages in words: "2 to 10", "8 and over", "up to 3", "from before birth to 3". */
function rangeWords(c: AgeCriterion): string {
  const from = c.min === -1 ? 'from before birth' : c.min;
  if (c.min === undefined) return `up to ${c.max}`;
  if (c.max === undefined) return `${from} and over`;
  return `${from} to ${c.max}`;
}

const withFinding = (r: CriterionResult, finding: string): CriterionResult => ({
  ...r,
  reason: { ...r.reason, finding },
});

/** Where one child's age stands against the range: the one decision both the status and the words come from. */
type Band = 'missing' | 'not-known' | 'within' | 'younger' | 'outside';

function bandOf(c: AgeCriterion, age: FactReading): Band {
  if (age.state === 'missing') return 'missing';
  if (age.state === 'not-known' || typeof age.value !== 'number') return 'not-known';
  const lo = c.min ?? -Infinity;
  if (age.value >= lo && age.value <= (c.max ?? Infinity)) return 'within';
  return c.belowMin === 'review' && age.value < lo ? 'younger' : 'outside';
}

const missingAge = (env: CriterionEnv, child: Target) => missingFrom(['child.age'], env.label, child.id);

/** One child's status against the age range, without words. */
function ageStatus(c: AgeCriterion, env: CriterionEnv, child: Target): Judged {
  const band = bandOf(c, env.read('child.age', child));
  if (band === 'missing') return { status: 'missing', missing: missingAge(env, child) };
  if (band === 'within') return DECIDED.met;
  return DECIDED[band === 'outside' && c.otherwise !== 'review' ? 'not-met' : 'review'];
}

/** One child against the age range; the child's name and age are added by the same-person group. */
function judgeAge(c: AgeCriterion, env: CriterionEnv, child: Target): CriterionResult {
  const band = bandOf(c, env.read('child.age', child));
  if (band === 'missing') return { status: 'missing', reason: reasonOf(c, 'missing'), missing: missingAge(env, child) };
  if (band === 'not-known') {
    return { status: 'review', reason: reasonOf(c, 'review', `Age not known. ${c.requirement}`), missing: [] };
  }
  const range = rangeWords(c);
  if (band === 'within') return withFinding(met(c), `Within the ages it is for (${range})`);
  if (band === 'younger') {
    const review = {
      status: 'review' as const,
      reason: reasonOf(c, 'review', `${c.requirement} (younger children may be considered)`),
      missing: [],
    };
    return withFinding(review, `Younger than the ages it is for (${range}); younger children may be considered`);
  }
  return withFinding(notMet(c), `Outside the ages it is for (${range})`);
}

export const ageKind: CriterionKind<AgeCriterion> = {
  kind: 'age',
  readsPeople: true,
  facts: () => ['child.age'],
  personScope: () => 'child',
  evaluatePerson: judgeAge,
  statusOfPerson: ageStatus,
  evaluate: (c, env) =>
    evaluateTogether(
      [{ criterion: c, judge: (e, p) => judgeAge(c, e, p), status: (e, p) => ageStatus(c, e, p) }],
      'child',
      env,
    )[0]!,
};
