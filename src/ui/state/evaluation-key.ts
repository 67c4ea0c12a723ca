// The engine sees a referral only through facts (CriterionEnv.read, PackageEnv.read), the people's ids and kinds
// (targets, isChild), the names and dates of birth its reasons name people by ("Sam (12)", "Sam (about 12)"), and the
// requested services (domain/eligibility/evaluate.ts). Two referrals that agree on all of those get the same
// evaluation, so a keystroke in text no fact reads (the reason, an address) need not re-run the engine.
import { factRegistryFor, isRecord } from '../../domain';
import type { Catalogue, FactDefinition, FactReading } from '../../domain';

type Facts = {
  readonly family: readonly FactDefinition[];
  readonly child: readonly FactDefinition[];
  readonly adult: readonly FactDefinition[];
};

const byScope = new WeakMap<Catalogue, Facts>();

function factsOf(catalogue: Catalogue): Facts {
  let facts = byScope.get(catalogue);
  if (!facts) {
    const all = [...factRegistryFor(catalogue).facts.values()];
    facts = {
      family: all.filter((f) => f.scope === 'family'),
      child: all.filter((f) => f.scope === 'child'),
      adult: all.filter((f) => f.scope === 'adult'),
    };
    byScope.set(catalogue, facts);
  }
  return facts;
}

// As the engine reads: a reading that throws is missing.
function read(
  def: FactDefinition,
  referral: unknown,
  today: string,
  person?: Record<string, unknown>,
): FactReading | 'missing' {
  try {
    return def.read(referral, { today, ...(person ? { person } : {}) });
  } catch {
    return 'missing';
  }
}

/** Everything of `referral` the engine can see, as one string: equal keys, equal evaluations. */
export function evaluationKey(referral: unknown, catalogue: Catalogue, today: string): string {
  const facts = factsOf(catalogue);
  const family = facts.family.map((f) => read(f, referral, today));
  const seen = new Set<string>();
  const people: unknown[] = [];
  for (const p of isRecord(referral) && Array.isArray(referral.people) ? referral.people : []) {
    // The engine's own rule for who is in the referral: a usable id, a known kind, the first of each id.
    if (!isRecord(p) || typeof p.id !== 'string' || seen.has(p.id) || (p.kind !== 'child' && p.kind !== 'adult'))
      continue;
    seen.add(p.id);
    const named = [p.name, p.dateOfBirth];
    people.push([p.id, p.kind, named, facts[p.kind].map((f) => read(f, referral, today, p))]);
  }
  const services = (isRecord(referral) && Array.isArray(referral.services) ? referral.services : [])
    .filter(isRecord)
    .filter((s) => typeof s.serviceId === 'string')
    .map((s) => [
      s.serviceId,
      Array.isArray(s.personIds) ? s.personIds.filter((x) => typeof x === 'string') : [],
      s.advice === true,
    ]);
  return JSON.stringify([today, family, people, services]);
}
