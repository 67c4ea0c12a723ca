import type { AgeCriterion } from './age.criterion.schema';
import { met, missingFrom, notMet, reasonOf } from './kind';
import type { CriterionEnv, CriterionKind, CriterionResult, Target } from './kind';
import { evaluateTogether } from './same-person';

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

/** One child against the age range; the child's name and age are added by the same-person group. */
function judgeAge(c: AgeCriterion, env: CriterionEnv, child: Target): CriterionResult {
  const r = env.read('child.age', child);
  if (r.state === 'missing') {
    return {
      status: 'missing',
      reason: reasonOf(c, 'missing'),
      missing: missingFrom(['child.age'], env.label, child.id),
    };
  }
  if (r.state === 'not-known' || typeof r.value !== 'number') {
    return { status: 'review', reason: reasonOf(c, 'review', `Age not known. ${c.requirement}`), missing: [] };
  }
  const lo = c.min ?? -Infinity;
  const range = rangeWords(c);
  if (r.value >= lo && r.value <= (c.max ?? Infinity))
    return withFinding(met(c), `Within the ages it is for (${range})`);
  if (c.belowMin === 'review' && r.value < lo) {
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
  evaluate: (c, env) => evaluateTogether([{ criterion: c, judge: (e, p) => judgeAge(c, e, p) }], 'child', env)[0]!,
};
