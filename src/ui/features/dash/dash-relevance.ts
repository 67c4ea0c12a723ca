// When to show the DASH checklist: a chosen (or candidate) service whose criteria read a DASH fact or a
// domestic-abuse fact. Found from the criteria themselves via each kind's `facts()`, never a hand-kept list.
import { kindOf } from '../../../domain';
import type { Catalogue, Criterion } from '../../../domain';

/** Facts about domestic abuse outside the DASH checklist that make the checklist worth filling in. */
export const DOMESTIC_ABUSE_FACTS: readonly string[] = [
  'risks.perpetratorInHome',
  'risks.postSeparationAbuse',
  'adult.abuseRole',
];

const isDashFact = (fact: string) => fact.startsWith('dash.') || DOMESTIC_ABUSE_FACTS.includes(fact);

const cache = new WeakMap<Catalogue, ReadonlySet<string>>();

function readsDash(c: Criterion): boolean {
  try {
    return kindOf(c).facts(c).some(isDashFact);
  } catch {
    return false;
  }
}

/** The ids of the services whose criteria (their shared rule sets included) read a DASH or domestic-abuse fact. */
export function dashRelevantServices(catalogue: Catalogue): ReadonlySet<string> {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const ruleSets = new Map(catalogue.ruleSets.map((r) => [r.id, r.criteria]));
  const relevant = new Set<string>();
  for (const s of catalogue.services) {
    const criteria = [...s.ruleSets.flatMap((id) => ruleSets.get(id) ?? []), ...s.criteria];
    if (criteria.some(readsDash)) relevant.add(s.id);
  }
  cache.set(catalogue, relevant);
  return relevant;
}

/** True when any of `serviceIds` is a service whose criteria read a DASH or domestic-abuse fact. */
export function isDashRelevant(catalogue: Catalogue, serviceIds: Iterable<string>): boolean {
  const relevant = dashRelevantServices(catalogue);
  for (const id of serviceIds) if (relevant.has(id)) return true;
  return false;
}
