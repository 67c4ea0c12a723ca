import type { Catalogue, Service } from '../catalogue/catalogue.schema';
import { factRegistryFor } from '../catalogue/fact-registry';
import type { FactRegistry } from '../catalogue/fact-registry';
import { kindOf } from '../criteria/kinds';
import type { Criterion, CriterionEnv, CriterionResult, MissingFact, Reason, ReasonStatus, Target } from '../criteria';
import { evaluateTogether } from '../criteria/same-person';
import { MISSING } from '../facts/fact';
import type { FactReading } from '../facts/fact';
import { isRecord } from '../common/is-record';
import { londonDate } from '../common/london';
import { requestedServices } from './requested-services';
import { checked, noCriteria, packageFindings, peopleIn, personGroups, verdictOf } from './engine-parts';
import type { PersonGroup } from './engine-parts';
import type { EvaluateOptions, Evaluation, ServiceResult } from './evaluation';

type Compiled = {
  readonly service: Service;
  readonly criteria: readonly Criterion[];
  /** Where each criterion about one person sits; the engine asks the kind, never switching on it. */
  readonly groups: readonly PersonGroup[];
};

const compiledCache = new WeakMap<Catalogue, readonly Compiled[]>();

/** Each service with its own criteria and those of its shared rule sets, resolved once per catalogue. */
function compile(catalogue: Catalogue): readonly Compiled[] {
  const hit = compiledCache.get(catalogue);
  if (hit) return hit;
  const ruleSets = new Map(catalogue.ruleSets.map((r) => [r.id, r.criteria]));
  const compiled = catalogue.services.map((service) => {
    const criteria = [...service.ruleSets.flatMap((id) => ruleSets.get(id) ?? []), ...service.criteria];
    return { service, criteria, groups: personGroups(criteria) };
  });
  compiledCache.set(catalogue, compiled);
  return compiled;
}

const RANK: Record<ReasonStatus, number> = { 'not-met': 0, missing: 1, review: 2, met: 3 };

/** A fact reader over one referral that reads each fact (per person) once. */
function readerFor(input: unknown, registry: FactRegistry, today: string) {
  // One cache for the family's facts and one per person, keyed by fact id: no key is built per read.
  const family = new Map<string, FactReading>();
  const byPerson = new Map<string, Map<string, FactReading>>();
  return (factId: string, person?: Target): FactReading => {
    const def = registry.facts.get(factId);
    if (!def) return MISSING;
    let cache = family;
    if (def.scope !== 'family') {
      const id = person?.id ?? '';
      cache = byPerson.get(id) ?? new Map<string, FactReading>();
      if (!byPerson.has(id)) byPerson.set(id, cache);
    }
    let reading = cache.get(factId);
    if (!reading) {
      if (def.scope !== 'family' && person?.kind !== def.scope) reading = MISSING;
      else {
        try {
          reading = def.read(input, { today, ...(person ? { person: person.record } : {}) });
        } catch {
          reading = MISSING;
        }
      }
      cache.set(factId, reading);
    }
    return reading;
  };
}

function evaluateCriterion(c: Criterion, env: CriterionEnv): CriterionResult {
  return checked(
    c,
    () => kindOf(c).evaluate(c, env),
    (r) => r,
  );
}

/** Shared rule sets apply one criterion to many services: those that read no people are evaluated once. */
type SharedResults = Map<Criterion, CriterionResult>;

/** Every criterion's result in catalogue order: person groups judged together, the rest one by one. */
function criterionResults(compiled: Compiled, env: CriterionEnv, shared: SharedResults): CriterionResult[] {
  const results: (CriterionResult | undefined)[] = new Array<CriterionResult | undefined>(compiled.criteria.length);
  for (const group of compiled.groups) {
    const together = evaluateTogether(group.rules, group.who, env);
    group.at.forEach((at, k) => (results[at] = together[k]));
  }
  return compiled.criteria.map((c, i) => {
    const done = results[i];
    if (done) return done;
    if (kindOf(c).readsPeople) return evaluateCriterion(c, env);
    let result = shared.get(c);
    if (!result) shared.set(c, (result = evaluateCriterion(c, env)));
    return result;
  });
}

function evaluateService(compiled: Compiled, env: CriterionEnv, shared: SharedResults): ServiceResult {
  const results = criterionResults(compiled, env, shared);
  // Deciding reasons first: a bucket per status keeps catalogue order within each (this runs per service per keystroke).
  const buckets: Reason[][] = [[], [], [], []];
  const missing = new Map<string, MissingFact>();
  const alternatives = new Set<string>();
  for (const r of results) {
    buckets[RANK[r.status]]!.push(r.reason);
    for (const m of r.missing) missing.set(`${m.personId ?? ''}\u0000${m.fact}`, m);
    if (r.reason.alternatives) for (const a of r.reason.alternatives) alternatives.add(a);
  }
  const reasons = buckets.flat();
  return {
    serviceId: compiled.service.id,
    verdict: verdictOf(results),
    reasons: reasons.length ? reasons : [noCriteria(compiled.service)],
    missing: missing.size ? [...missing.values()] : [],
    alternatives: alternatives.size ? [...alternatives] : [],
  };
}

/**
 * The engine as first written, criterion by criterion with no plan and nothing kept between calls: the oracle the
 * compiled engine (engine/) is tested against, verdicts, reasons, missing facts and order alike. Not for the card.
 */
export function evaluateReference(input: unknown, catalogue: Catalogue, options: EvaluateOptions): Evaluation {
  const today = londonDate(options.now);
  const registry = factRegistryFor(catalogue);
  const read = readerFor(input, registry, today);
  const people = peopleIn(input);
  const requested = requestedServices(isRecord(input) ? input.services : undefined);
  const requestFor = new Map(requested.map((r) => [r.serviceId, r]));
  const only = options.serviceIds ? new Set(options.serviceIds) : undefined;
  const shared: SharedResults = new Map();

  const everyone = { child: people.filter((p) => p.kind === 'child'), adult: people.filter((p) => p.kind === 'adult') };
  // Services nobody has picked people for (most of them) share one environment.
  const byId = new Map(people.map((p) => [p.id, p]));
  // Many services' rules read the same facts: each fact's words are worked out once per person.
  const said = new Map<string, string | undefined>();
  const statement = (id: string, personId?: string) => {
    const key = personId === undefined ? id : `${personId}\u0000${id}`;
    if (said.has(key)) return said.get(key);
    const words = registry.statement(id, read(id, personId === undefined ? undefined : byId.get(personId)));
    said.set(key, words);
    return words;
  };
  const everyoneEnv: CriterionEnv = { today, read, label: registry.label, statement, targets: (who) => everyone[who] };
  const results = compile(catalogue)
    .filter((c) => !only || only.has(c.service.id))
    .map((compiled) => {
      const chosen = requestFor.get(compiled.service.id)?.personIds;
      if (!chosen?.length) return evaluateService(compiled, everyoneEnv, shared);
      const env: CriterionEnv = {
        ...everyoneEnv,
        targets: (who) => {
          const picked = everyone[who].filter((p) => chosen.includes(p.id));
          return picked.length ? picked : everyone[who];
        },
      };
      return evaluateService(compiled, env, shared);
    });

  const findings = packageFindings(catalogue, requested, people, (id) => read(id), registry);
  return { results, package: findings };
}
