import type { AgeCriterion } from './age.criterion.schema';
import { met, missingFrom, notMet, reasonOf } from './kind';
import type { CriterionKind } from './kind';
import { nobodyToAsk } from './person.criterion';

const describe = (age: number) => (age < 0 ? 'not yet born' : `aged ${age}`);

export const ageKind: CriterionKind<AgeCriterion> = {
  kind: 'age',
  readsPeople: true,
  facts: () => ['child.age'],
  evaluate: (c, env) => {
    const children = env.targets('child');
    if (children.length === 0) return nobodyToAsk(c, 'child', env);
    const lo = c.min ?? -Infinity;
    const hi = c.max ?? Infinity;
    const ages: number[] = [];
    const unanswered: string[] = [];
    for (const child of children) {
      const r = env.read('child.age', child);
      if (r.state !== 'known' || typeof r.value !== 'number') {
        unanswered.push(child.id);
        continue;
      }
      if (r.value >= lo && r.value <= hi) return met(c, `${c.requirement} (a child here is ${describe(r.value)})`);
      ages.push(r.value);
    }
    if (unanswered.length) {
      return {
        status: 'missing',
        reason: reasonOf(c, 'missing'),
        missing: unanswered.flatMap((id) => missingFrom(['child.age'], env.label, id)),
      };
    }
    const summary = ages.map(describe).join(', ');
    if (c.belowMin === 'review' && ages.some((a) => a < lo)) {
      return {
        status: 'review',
        reason: reasonOf(
          c,
          'review',
          `${c.requirement} (children here: ${summary}; younger children may be considered)`,
        ),
        missing: [],
      };
    }
    return notMet(c, `${c.requirement} (children here: ${summary})`);
  },
};
