// The "age of a child" filter, derived from the catalogue's own criteria (rule sets included), never hand-written:
// every criterion that reads `child.age` is asked about one child of that age, and a service fits unless one says no.
import { MISSING, kindOf, known } from '../../../domain';
import type { Catalogue, Criterion, CriterionEnv, Target } from '../../../domain';
import { criteriaByService } from './service-criteria';

const AGE_FACT = 'child.age';

const ageCriteriaCache = new WeakMap<Catalogue, ReadonlyMap<string, readonly Criterion[]>>();

/** Service id → its criteria that read a child's age (possibly none). */
export function ageCriteriaByService(catalogue: Catalogue): ReadonlyMap<string, readonly Criterion[]> {
  const hit = ageCriteriaCache.get(catalogue);
  if (hit) return hit;
  const map = new Map<string, readonly Criterion[]>();
  for (const [id, criteria] of criteriaByService(catalogue)) {
    map.set(
      id,
      criteria.filter((c) => safeFacts(c).includes(AGE_FACT)),
    );
  }
  ageCriteriaCache.set(catalogue, map);
  return map;
}

function safeFacts(c: Criterion): readonly string[] {
  try {
    return kindOf(c).facts(c);
  } catch {
    return [];
  }
}

/**
 * The ids of the services whose criteria admit a child of `age` whole years (-1: not yet born). A criterion that
 * needs other facts as well cannot rule the child out, so it keeps the service; so does a service with no age rule,
 * and one that says younger children "may be considered" (a `review`).
 */
export function servicesFittingAge(catalogue: Catalogue, age: number, today: string): ReadonlySet<string> {
  const child: Target = { id: 'age-filter', kind: 'child', record: {} };
  const env: CriterionEnv = {
    today,
    read: (factId, person) => (factId === AGE_FACT && person?.id === child.id ? known(age) : MISSING),
    label: (factId) => factId,
    targets: (who) => (who === 'child' ? [child] : []),
  };
  const fits = new Set<string>();
  for (const [id, criteria] of ageCriteriaByService(catalogue)) {
    const excluded = criteria.some((c) => {
      try {
        return kindOf(c).evaluate(c, env).status === 'not-met';
      } catch {
        return false;
      }
    });
    if (!excluded) fits.add(id);
  }
  return fits;
}
