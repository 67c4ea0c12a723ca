import type { Catalogue, Service } from '../../catalogue/catalogue.schema';
import { factRegistryFor } from '../../catalogue/fact-registry';
import type { FactRegistry } from '../../catalogue/fact-registry';
import { kindOf } from '../../criteria/kinds';
import type { Criterion } from '../../criteria/criterion.schema';
import type { Citation } from '../../criteria/citation.schema';
import type { CriterionEnv, CriterionResult } from '../../criteria/kind';
import { evaluateTogether } from '../../criteria/same-person';
import { checked, personGroups } from '../engine-parts';
import type { PersonGroup } from '../engine-parts';
import { factSlots } from './fact-readings';
import type { FactSlots } from './fact-readings';

/**
 * One criterion, ready to run. Criteria that differ only in id and citation share a `shape`: within one evaluation
 * they have the same result but for those two fields, so the engine works it out once (an imported feed repeats the
 * same few age ranges and areas across thousands of services).
 */
export type CriterionPlan = Needs & { readonly criterion: Criterion };

export type GroupPlan = PersonGroup & Needs;

/** What a result depends on: the slots of the family's facts and of each person's it reads, and whether the people. */
export type Needs = {
  readonly shape: string;
  /** The shape's number: where an engine keeps its results. */
  readonly slot: number;
  /** The criteria whose results these are, in order; a result is stamped from them for another service. */
  readonly members: readonly Criterion[];
  /** Their ids, apart, so stamping a result reads one list rather than each criterion. */
  readonly memberIds: readonly string[];
  /** Works the results out afresh. */
  work(env: CriterionEnv): CriterionResult[];
  readonly readsPeople: boolean;
  /** The facts' ids, for the engine's index from each fact to the services that read it. */
  readonly facts: readonly string[];
  readonly familySlots: readonly number[];
  readonly personSlots: readonly number[];
};

export type ServicePlan = {
  readonly index: number;
  readonly service: Service;
  readonly criteria: readonly CriterionPlan[];
  readonly groups: readonly GroupPlan[];
  /** The criteria judged one by one, and where each sits. */
  readonly singles: readonly CriterionPlan[];
  readonly singleAt: readonly number[];
  /** Each criterion's id and citation, in order: what its results are stamped with. */
  readonly ids: readonly string[];
  readonly citations: readonly Citation[];
};

export type Plan = {
  readonly catalogue: Catalogue;
  readonly registry: FactRegistry;
  readonly slots: FactSlots;
  readonly services: readonly ServicePlan[];
  readonly byId: ReadonlyMap<string, ServicePlan>;
  /** Fact id → the services whose criteria read it, so a change re-evaluates only those. */
  readonly readers: ReadonlyMap<string, readonly number[]>;
  /** The services whose results depend on the people (who they are, their names, which are chosen). */
  readonly peopleReaders: readonly number[];
  /** How many shapes there are. */
  readonly shapes: number;
};

type Shapes = Map<string, string>;

/** A short name for a criterion's content apart from its id and citation (the only fields a result copies). */
function shapeOf(c: Criterion, shapes: Shapes): string {
  const content = JSON.stringify({ ...c, id: undefined, citation: undefined });
  let shape = shapes.get(content);
  if (shape === undefined) shapes.set(content, (shape = `c${shapes.size}`));
  return shape;
}

/** The slots a result reads; a child's age counts wherever people are read, as it names the child. */
/** The facts a criterion's kind says it reads; every fact when it cannot say (a malformed criterion). */
function declaredFacts(c: Criterion, slots: FactSlots): readonly string[] {
  try {
    return kindOf(c).facts(c);
  } catch {
    return slots.defs.map((d) => d.id);
  }
}

function needsOf(shape: string, criteria: readonly Criterion[], { slots, shapes }: Resolved): Omit<Needs, 'work'> {
  const readsPeople = criteria.some((c) => kindOf(c).readsPeople);
  const facts = new Set(criteria.flatMap((c) => declaredFacts(c, slots)));
  if (readsPeople) facts.add('child.age');
  const familySlots: number[] = [];
  const personSlots: number[] = [];
  for (const fact of facts) {
    const slot = slots.slotOf.get(fact);
    if (slot !== undefined) (slots.defs[slot]!.scope === 'family' ? familySlots : personSlots).push(slot);
  }
  let slot = shapes.get(shape);
  if (slot === undefined) shapes.set(shape, (slot = shapes.size));
  const memberIds = criteria.map((c) => c.id);
  return { shape, slot, members: criteria, memberIds, facts: [...facts], readsPeople, familySlots, personSlots };
}

function criterionPlan(c: Criterion, resolved: Resolved): CriterionPlan {
  const kind = kindOf(c);
  return {
    ...needsOf(shapeOf(c, resolved.contents), [c], resolved),
    criterion: c,
    // Never throws: a criterion that throws is reported for a person to check.
    work: (env) =>
      checked(
        c,
        () => [kind.evaluate(c, env)],
        (r) => [r],
      ),
  };
}

/** The facts a service's results depend on: its criteria's own, and a child's age, which names the child. */
const factsRead = (criteria: readonly CriterionPlan[]): Set<string> => new Set(criteria.flatMap((c) => c.facts));

type Resolved = {
  readonly ruleSets: ReadonlyMap<string, readonly Criterion[]>;
  /** Criteria's contents by shape, and every shape (of a criterion or a group) by number. */
  readonly contents: Shapes;
  readonly shapes: Map<string, number>;
  readonly slots: FactSlots;
};

function servicePlan(service: Service, index: number, resolved: Resolved): ServicePlan {
  const criteria = [...service.ruleSets.flatMap((id) => resolved.ruleSets.get(id) ?? []), ...service.criteria];
  const plans = criteria.map((c) => criterionPlan(c, resolved));
  const groups = personGroups(criteria).map((g) => {
    const members = g.at.map((i) => criteria[i]!);
    const shape = `${g.who}:${g.at.map((i) => plans[i]!.shape).join(',')}`;
    return {
      ...g,
      ...needsOf(shape, members, resolved),
      work: (env: CriterionEnv) => evaluateTogether(g.rules, g.who, env),
    };
  });
  const inGroup = criteria.map((_, i) => groups.some((g) => g.at.includes(i)));
  const singleAt = criteria.flatMap((_, i) => (inGroup[i] ? [] : [i]));
  const singles = singleAt.map((i) => plans[i]!);
  const ids = criteria.map((c) => c.id);
  const citations = criteria.map((c) => c.citation);
  return { index, service, criteria: plans, groups, singles, singleAt, ids, citations };
}

const plans = new WeakMap<Catalogue, Plan>();

/** The catalogue compiled once: each service's criteria resolved and ready to run, and the index of who reads what. */
export function compilePlan(catalogue: Catalogue): Plan {
  const hit = plans.get(catalogue);
  if (hit) return hit;
  const registry = factRegistryFor(catalogue);
  const slots = factSlots(registry);
  const ruleSets = new Map(catalogue.ruleSets.map((r) => [r.id, r.criteria]));
  const resolved: Resolved = { ruleSets, contents: new Map(), shapes: new Map(), slots };
  const services = catalogue.services.map((s, i) => servicePlan(s, i, resolved));
  const readers = new Map<string, number[]>();
  const peopleReaders: number[] = [];
  for (const s of services) {
    for (const fact of factsRead(s.criteria)) {
      const list = readers.get(fact) ?? [];
      if (!readers.has(fact)) readers.set(fact, list);
      list.push(s.index);
    }
    if (s.criteria.some((c) => c.readsPeople)) peopleReaders.push(s.index);
  }
  const byId = new Map(services.map((s) => [s.service.id, s]));
  const shapes = resolved.shapes.size;
  const plan: Plan = { catalogue, registry, slots, services, byId, readers, peopleReaders, shapes };
  plans.set(catalogue, plan);
  return plan;
}
