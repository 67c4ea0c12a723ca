import type { Catalogue, Service } from '../../catalogue/catalogue.schema';
import { factRegistryFor } from '../../catalogue/fact-registry';
import type { FactRegistry } from '../../catalogue/fact-registry';
import { kindOf } from '../../criteria/kinds';
import type { Criterion } from '../../criteria/criterion.schema';
import type { Citation } from '../../criteria/citation.schema';
import type { CriterionEnv, CriterionResult, Reason } from '../../criteria/kind';
import { evaluateTogether } from '../../criteria/same-person';
import type { PersonRule } from '../../criteria/same-person';
import type { Target } from '../../criteria/kind';
import { couldNotCheck, noCriteria, personGroups } from '../engine-parts';
import { factSlots } from './fact-readings';
import type { FactSlots } from './fact-readings';

/**
 * What a part's results depend on, as slots: the family's facts it reads and, when it reads people, each person's.
 * Parts that read the same slots share a signature, so a referral's key for them is worked out once.
 */
export type Signature = {
  readonly familySlots: readonly number[];
  readonly personSlots: readonly number[];
  readonly readsPeople: boolean;
};

/**
 * One criterion judged alone, or a service's criteria about one kind of person judged together (one person must
 * meet them all). Parts that differ only in their criteria's ids and citations share a `shape`: within one
 * evaluation they have the same results but for those two fields, so the engine works them out once (an imported
 * feed repeats the same few age ranges and areas across thousands of services).
 */
export type Part = {
  readonly shape: string;
  /** The shape's number: where an engine keeps its results. */
  readonly slot: number;
  /** Where the part's criteria sit in the service's list. */
  readonly at: readonly number[];
  /** The ids of the criteria whose results these are, in order; a result is stamped from them for another service. */
  readonly memberIds: readonly string[];
  /** Works the results out afresh; never throws (a criterion that throws is reported for a person to check). */
  work(env: CriterionEnv, judge: Judge): CriterionResult[];
  readonly readsPeople: boolean;
  /** Judged on the people chosen for the service, where some are (a same-person group always is). */
  readonly byChosen: boolean;
  /** The facts' ids, for the engine's index from each fact to the services that read it. */
  readonly facts: readonly string[];
  /** The number of the part's signature in `Plan.signatures`. */
  readonly sig: number;
};

/**
 * Judges one person against one criterion of a same-person group, given the number of the criterion's own shape:
 * the engine judges each shape once per person and referral, however many groups it is in.
 */
export type Judge = (
  shape: number,
  criterion: Criterion,
  judgeOne: PersonRule['judge'],
  env: CriterionEnv,
  person: Target,
) => CriterionResult;

export type ServicePlan = {
  readonly index: number;
  readonly service: Service;
  /** Same-person groups first, then the criteria judged one by one. */
  readonly parts: readonly Part[];
  /** How many criteria the service has, its shared rule sets' included. */
  readonly size: number;
  /** Each criterion's id and citation, in order: what its results are stamped with. */
  readonly ids: readonly string[];
  readonly citations: readonly Citation[];
  /** The reasons of a service that lists no criteria (made once: it never changes). */
  readonly noCriteria: readonly Reason[];
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
  /**
   * By the number of a shape judged person by person: whether it is in more than one group's shape, so that judging
   * each person once for it saves work (else keeping the judgement costs more than it saves).
   */
  readonly sharedJudged: Uint8Array;
  readonly signatures: readonly Signature[];
  /** The most criteria any service has. */
  readonly widest: number;
  /**
   * Every service's parts' shape numbers in one list, service after service (service i's from `partStart[i]` to
   * `partStart[i + 1]`), and whether each is judged on the people chosen: the loop over thousands of services reads
   * these rather than each service's objects.
   */
  readonly partSlots: Int32Array;
  readonly partByChosen: Uint8Array;
  readonly partStart: Int32Array;
};

type Resolved = {
  readonly ruleSets: ReadonlyMap<string, readonly Criterion[]>;
  /** Criteria's contents → shape name; shape name → number; signature text → number. */
  readonly contents: Map<string, string>;
  readonly shapes: Map<string, number>;
  readonly signatures: Map<string, number>;
  /** The shapes of criteria judged person by person in groups, by number, and the groups each is in. */
  readonly judged: Map<string, number>;
  readonly groupsOf: Set<string>[];
  readonly slots: FactSlots;
};

function numbered(numbers: Map<string, number>, name: string): number {
  let n = numbers.get(name);
  if (n === undefined) numbers.set(name, (n = numbers.size));
  return n;
}

/** A short name for a criterion's content apart from its id and citation (the only fields a result copies). */
function shapeOf(c: Criterion, contents: Map<string, string>): string {
  const content = JSON.stringify({ ...c, id: undefined, citation: undefined });
  let shape = contents.get(content);
  if (shape === undefined) contents.set(content, (shape = `c${contents.size}`));
  return shape;
}

/** The facts a criterion's kind says it reads; every fact when it cannot say (a malformed criterion). */
function declaredFacts(c: Criterion, slots: FactSlots): readonly string[] {
  try {
    return kindOf(c).facts(c);
  } catch {
    return slots.defs.map((d) => d.id);
  }
}

type PartInput = {
  readonly shape: string;
  readonly at: readonly number[];
  readonly criteria: readonly Criterion[];
  readonly byChosen: boolean;
  readonly work: Part['work'];
};

/** A part with what it reads; a child's age counts wherever people are read, as it names the child. */
function partOf({ shape, at, criteria, byChosen, work }: PartInput, resolved: Resolved): Part {
  const { slots } = resolved;
  const readsPeople = criteria.some((c) => kindOf(c).readsPeople);
  const facts = new Set(criteria.flatMap((c) => declaredFacts(c, slots)));
  if (readsPeople) facts.add('child.age');
  const familySlots: number[] = [];
  const personSlots: number[] = [];
  for (const fact of facts) {
    const slot = slots.slotOf.get(fact);
    if (slot !== undefined) (slots.defs[slot]!.scope === 'family' ? familySlots : personSlots).push(slot);
  }
  let slot = resolved.shapes.get(shape);
  if (slot === undefined) resolved.shapes.set(shape, (slot = resolved.shapes.size));
  const signature = `${familySlots.join(',')}|${readsPeople ? personSlots.join(',') : '-'}`;
  let sig = resolved.signatures.get(signature);
  if (sig === undefined) resolved.signatures.set(signature, (sig = resolved.signatures.size));
  const memberIds = criteria.map((c) => c.id);
  return { shape, slot, at, memberIds, work, readsPeople, byChosen, facts: [...facts], sig };
}

/** A criterion judged alone. */
function singlePart(c: Criterion, i: number, resolved: Resolved): Part {
  const kind = kindOf(c);
  const work = (env: CriterionEnv): CriterionResult[] => {
    try {
      return [kind.evaluate(c, env)];
    } catch {
      return [couldNotCheck(c)];
    }
  };
  const shape = shapeOf(c, resolved.contents);
  return partOf({ shape, at: [i], criteria: [c], byChosen: kind.readsPeople, work }, resolved);
}

function servicePlan(service: Service, index: number, resolved: Resolved): ServicePlan {
  const criteria = [...service.ruleSets.flatMap((id) => resolved.ruleSets.get(id) ?? []), ...service.criteria];
  const groups = personGroups(criteria).map((g) => {
    const members = g.at.map((i) => criteria[i]!);
    const shapes = members.map((c) => shapeOf(c, resolved.contents));
    const numbers = shapes.map((name) => numbered(resolved.judged, name));
    const shape = `${g.who}:${shapes.join(',')}`;
    for (const n of numbers) (resolved.groupsOf[n] ??= new Set()).add(shape);
    // The rules are made once; each run says which judge they ask (runs are synchronous, one at a time).
    const asking: { judge: Judge | undefined } = { judge: undefined };
    const rules = g.rules.map((r, k): PersonRule => ({
      criterion: r.criterion,
      judge: (e, p) => asking.judge!(numbers[k]!, members[k]!, r.judge, e, p),
    }));
    const work = (env: CriterionEnv, judge: Judge) => {
      asking.judge = judge;
      return evaluateTogether(rules, g.who, env);
    };
    return partOf({ shape, at: g.at, criteria: members, byChosen: true, work }, resolved);
  });
  const grouped = new Set(groups.flatMap((g) => g.at));
  const singles = criteria.flatMap((c, i) => (grouped.has(i) ? [] : [singlePart(c, i, resolved)]));
  return {
    index,
    service,
    parts: [...groups, ...singles],
    size: criteria.length,
    ids: criteria.map((c) => c.id),
    citations: criteria.map((c) => c.citation),
    noCriteria: [noCriteria(service)],
  };
}

/** Fact id → the services that read it, and the services that read the people. */
function indexOf(services: readonly ServicePlan[]) {
  const readers = new Map<string, number[]>();
  const peopleReaders: number[] = [];
  for (const s of services) {
    for (const fact of new Set(s.parts.flatMap((p) => p.facts))) {
      const list = readers.get(fact) ?? [];
      if (!readers.has(fact)) readers.set(fact, list);
      list.push(s.index);
    }
    if (s.parts.some((p) => p.readsPeople)) peopleReaders.push(s.index);
  }
  return { readers, peopleReaders };
}

/** A signature's slots, from its text. */
const signatureOf = (text: string): Signature => {
  const [family, person] = text.split('|') as [string, string];
  const numbers = (list: string) => (list ? list.split(',').map(Number) : []);
  return {
    familySlots: numbers(family),
    personSlots: person === '-' ? [] : numbers(person),
    readsPeople: person !== '-',
  };
};

const plans = new WeakMap<Catalogue, Plan>();

/** The catalogue compiled once: each service's criteria resolved and ready to run, and the index of who reads what. */
export function compilePlan(catalogue: Catalogue): Plan {
  const hit = plans.get(catalogue);
  if (hit) return hit;
  const registry = factRegistryFor(catalogue);
  const slots = factSlots(registry);
  const ruleSets = new Map(catalogue.ruleSets.map((r) => [r.id, r.criteria]));
  const resolved: Resolved = {
    ruleSets,
    contents: new Map(),
    shapes: new Map(),
    signatures: new Map(),
    judged: new Map(),
    groupsOf: [],
    slots,
  };
  const services = catalogue.services.map((s, i) => servicePlan(s, i, resolved));
  const { readers, peopleReaders } = indexOf(services);
  const parts = services.flatMap((s) => s.parts);
  const partStart = new Int32Array(services.length + 1);
  services.forEach((s, i) => (partStart[i + 1] = partStart[i]! + s.parts.length));
  const plan: Plan = {
    catalogue,
    registry,
    slots,
    services,
    byId: new Map(services.map((s) => [s.service.id, s])),
    readers,
    peopleReaders,
    shapes: resolved.shapes.size,
    sharedJudged: Uint8Array.from(resolved.groupsOf, (groups) => (groups.size > 1 ? 1 : 0)),
    signatures: [...resolved.signatures.keys()].map(signatureOf),
    widest: services.reduce((n, s) => Math.max(n, s.size), 0),
    partSlots: Int32Array.from(parts, (p) => p.slot),
    partByChosen: Uint8Array.from(parts, (p) => (p.byChosen ? 1 : 0)),
    partStart,
  };
  plans.set(catalogue, plan);
  return plan;
}
