import type { Catalogue, Service } from '../../catalogue/catalogue.schema';
import { factRegistryFor } from '../../catalogue/fact-registry';
import type { FactRegistry } from '../../catalogue/fact-registry';
import { kindOf } from '../../criteria/kinds';
import type { Criterion } from '../../criteria/criterion.schema';
import type { CriterionEnv, CriterionResult, Judged, Reason, Target } from '../../criteria/kind';
import { evaluateTogether, weighTogether } from '../../criteria/same-person';
import type { PersonRule } from '../../criteria/same-person';
import { UNCHECKED, couldNotCheck, noCriteria, personGroups } from '../engine-parts';
import { factSlots } from './fact-readings';
import type { FactSlots } from './fact-readings';

/**
 * One criterion judged alone, or a service's criteria about one kind of person judged together (one person must
 * meet them all). Parts whose criteria differ only in their ids and citations share a shape: within one evaluation
 * they have the same statuses, so the engine weighs a shape once however many services have it (an imported feed
 * repeats the same few age ranges and areas across thousands of services).
 */
export type Part = {
  /** The shape's number: where a round keeps its statuses. */
  readonly slot: number;
  /** Where the part's criteria sit in the service's list, and the criteria (their words carry their ids). */
  readonly at: readonly number[];
  readonly criteria: readonly Criterion[];
  /** The statuses and missing facts of its criteria, without words; never throws. */
  weigh(env: CriterionEnv, judges: Judges): readonly Judged[];
  /** Its criteria's results in words; never throws (a criterion that throws is reported for a person to check). */
  work(env: CriterionEnv, judges: Judges): CriterionResult[];
  readonly readsPeople: boolean;
  /** Judged on the people chosen for the service, where some are (a same-person group always is). */
  readonly byChosen: boolean;
  /** The facts' ids, for the engine's index from each fact to the services that read it. */
  readonly facts: readonly string[];
  /** A group's criteria's shapes as judged person by person, by number (see `Plan.judged`); none for one criterion. */
  readonly members: readonly number[];
};

/**
 * Judges one person against one criterion of a same-person group in words, given the number of the criterion's
 * own shape: a round words each shape once per person, however many groups it is in.
 */
export type Judge = (
  shape: number,
  criterion: Criterion,
  judgeOne: PersonRule['judge'],
  env: CriterionEnv,
  person: Target,
) => CriterionResult;

/** Weighs one person against one criterion of a same-person group by status alone, given its shape's number. */
export type Weigh = (
  shape: number,
  weighOne: (env: CriterionEnv, person: Target) => Judged,
  env: CriterionEnv,
  person: Target,
) => Judged;

/** How a round judges the people of groups: in words (for the person the reasons name) and by status. */
export type Judges = { readonly words: Judge; readonly status: Weigh };

export type ServicePlan = {
  readonly index: number;
  readonly service: Service;
  /** Same-person groups first, then the criteria judged one by one. */
  readonly parts: readonly Part[];
  /** How many criteria the service has, its shared rule sets' included. */
  readonly size: number;
  /** Each criterion's alternatives, where it names some: offered when it is not met (or needs a judgement). */
  readonly alternatives: readonly (readonly string[] | undefined)[];
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
  /** Fact id → the shapes whose statuses read it, and the shapes that read the people: what a change re-weighs. */
  readonly shapeReaders: ReadonlyMap<string, readonly number[]>;
  readonly peopleShapes: readonly number[];
  /** How many shapes there are. */
  readonly shapes: number;
  /**
   * By the number of a shape judged person by person: whether it is in more than one group's shape, so that judging
   * each person once for it saves work (else keeping the judgement costs more than it saves).
   */
  readonly sharedJudged: Uint8Array;
  /**
   * The shared shapes judged person by person (each in several groups): which facts each reads, which groups it is
   * in and how it weighs one person. The engine keeps each person's statuses for them between referrals, and weighs
   * a group again only when one of its people's statuses changes, not whenever a fact its words name does (a child's
   * age names the child in every group about children).
   */
  readonly judged: JudgedShapes;
  /**
   * Every service's criteria in one list, service after service (service i's from `start[i]` to `start[i + 1]`):
   * each one's shape, its place in the shape's statuses, and its alternatives. The loop over thousands of services
   * reads these numbers side by side rather than each service's objects spread over memory; `shapePart` gives, for
   * each shape, a part that weighs it.
   */
  readonly ids: readonly string[];
  readonly start: Int32Array;
  readonly critSlot: Int32Array;
  readonly critPos: Int32Array;
  readonly critAlternatives: readonly (readonly string[] | undefined)[];
  readonly shapePart: readonly Part[];
};

export type JudgedShapes = {
  readonly readers: ReadonlyMap<string, readonly number[]>;
  readonly groups: readonly (readonly number[])[];
  readonly weighOne: readonly ((env: CriterionEnv, person: Target) => Judged)[];
};

type Resolved = {
  readonly ruleSets: ReadonlyMap<string, readonly Criterion[]>;
  /** Criteria's contents → shape name; shape name → number. */
  readonly contents: Map<string, string>;
  readonly shapes: Map<string, number>;
  /** The shapes of criteria judged person by person in groups, by number, and the groups each is in. */
  readonly judged: Map<string, number>;
  readonly groupsOf: Set<string>[];
  /** By judged shape number: how it weighs one person, and the facts it reads. */
  readonly judgedWeigh: ((env: CriterionEnv, person: Target) => Judged)[];
  readonly judgedFacts: (readonly string[])[];
  readonly slots: FactSlots;
};

function numbered(numbers: Map<string, number>, name: string): number {
  let n = numbers.get(name);
  if (n === undefined) numbers.set(name, (n = numbers.size));
  return n;
}

/** A short name for a criterion's content apart from its id and citation (which no status depends on). */
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

type PartInput = Pick<Part, 'at' | 'byChosen' | 'weigh' | 'work' | 'members'> & {
  readonly shape: string;
  readonly criteria: readonly Criterion[];
};

/** A part with what it reads; a child's age counts wherever people are read, as it names the child. */
function partOf({ shape, at, criteria, byChosen, weigh, work, members }: PartInput, resolved: Resolved): Part {
  const readsPeople = criteria.some((c) => kindOf(c).readsPeople);
  const facts = new Set(criteria.flatMap((c) => declaredFacts(c, resolved.slots)));
  if (readsPeople) facts.add('child.age');
  const slot = numbered(resolved.shapes, shape);
  return { slot, at, criteria, weigh, work, readsPeople, byChosen, facts: [...facts], members };
}

/** A criterion judged alone. */
function singlePart(c: Criterion, i: number, resolved: Resolved): Part {
  const kind = kindOf(c);
  const weigh = (env: CriterionEnv): Judged[] => {
    try {
      return [kind.statusOf ? kind.statusOf(c, env) : kind.evaluate(c, env)];
    } catch {
      return [UNCHECKED];
    }
  };
  const work = (env: CriterionEnv): CriterionResult[] => {
    try {
      return [kind.evaluate(c, env)];
    } catch {
      return [couldNotCheck(c)];
    }
  };
  const shape = shapeOf(c, resolved.contents);
  return partOf({ shape, at: [i], criteria: [c], byChosen: kind.readsPeople, weigh, work, members: [] }, resolved);
}

/** A service's criteria about one kind of person, judged together; each person once per shape and round. */
function groupParts(criteria: readonly Criterion[], resolved: Resolved): Part[] {
  return personGroups(criteria).map((g) => {
    const members = g.at.map((i) => criteria[i]!);
    const shapes = members.map((c) => shapeOf(c, resolved.contents));
    const numbers = shapes.map((name) => numbered(resolved.judged, name));
    const shape = `${g.who}:${shapes.join(',')}`;
    for (const n of numbers) (resolved.groupsOf[n] ??= new Set()).add(shape);
    // The rules are made once; each run says which judges they ask (runs are synchronous, one at a time).
    const asking: { judges: Judges | undefined } = { judges: undefined };
    const rules = g.rules.map((r, k): PersonRule => {
      const weighOne = r.status ?? r.judge;
      resolved.judgedWeigh[numbers[k]!] ??= weighOne;
      resolved.judgedFacts[numbers[k]!] ??= declaredFacts(members[k]!, resolved.slots);
      return {
        criterion: r.criterion,
        judge: (e, p) => asking.judges!.words(numbers[k]!, members[k]!, r.judge, e, p),
        status: (e, p) => asking.judges!.status(numbers[k]!, weighOne, e, p),
      };
    });
    const weigh = (env: CriterionEnv, judges: Judges) => {
      asking.judges = judges;
      return weighTogether(rules, g.who, env);
    };
    const work = (env: CriterionEnv, judges: Judges) => {
      asking.judges = judges;
      return evaluateTogether(rules, g.who, env);
    };
    return partOf({ shape, at: g.at, criteria: members, byChosen: true, weigh, work, members: numbers }, resolved);
  });
}

function servicePlan(service: Service, index: number, resolved: Resolved): ServicePlan {
  const criteria = [...service.ruleSets.flatMap((id) => resolved.ruleSets.get(id) ?? []), ...service.criteria];
  const groups = groupParts(criteria, resolved);
  const grouped = new Set(groups.flatMap((g) => g.at));
  const singles = criteria.flatMap((c, i) => (grouped.has(i) ? [] : [singlePart(c, i, resolved)]));
  return {
    index,
    service,
    parts: [...groups, ...singles],
    size: criteria.length,
    alternatives: criteria.map((c) =>
      c.alternatives?.length ? Object.freeze([...new Set(c.alternatives)]) : undefined,
    ),
    noCriteria: [noCriteria(service)],
  };
}

/** Adds `n` to the list of each key, once. */
function listUnder(lists: Map<string, Set<number>>, keys: Iterable<string>, n: number) {
  for (const key of keys) {
    const list = lists.get(key) ?? new Set<number>();
    if (!lists.has(key)) lists.set(key, list);
    list.add(n);
  }
}

const asLists = (lists: Map<string, Set<number>>) => new Map([...lists].map(([k, v]) => [k, [...v]]));

/**
 * The facts whose change may change a part's statuses: a criterion's own; for a group, those of its criteria not kept
 * person by person (a kept one's change reaches the group through `JudgedShapes.groups`).
 */
const statusFacts = (p: Part, shared: Uint8Array, resolved: Resolved): readonly string[] =>
  p.members.length ? p.members.flatMap((n) => (shared[n] === 1 ? [] : resolved.judgedFacts[n]!)) : p.facts;

/**
 * Fact id → the services that read it (for their words or statuses), and the shapes whose statuses do; the services
 * and shapes that read the people; and the index of the shared shapes judged person by person.
 */
function indexOf(services: readonly ServicePlan[], shared: Uint8Array, resolved: Resolved) {
  const readers = new Map<string, Set<number>>();
  const shapeReaders = new Map<string, Set<number>>();
  const judgedReaders = new Map<string, Set<number>>();
  const groups = Array.from(shared, () => new Set<number>());
  const peopleReaders: number[] = [];
  const peopleShapes = new Set<number>();
  for (const s of services) {
    for (const p of s.parts) {
      listUnder(readers, p.facts, s.index);
      listUnder(shapeReaders, statusFacts(p, shared, resolved), p.slot);
      for (const n of p.members) if (shared[n] === 1) groups[n]!.add(p.slot);
      if (p.readsPeople) peopleShapes.add(p.slot);
    }
    if (s.parts.some((p) => p.readsPeople)) peopleReaders.push(s.index);
  }
  shared.forEach((one, n) => one === 1 && listUnder(judgedReaders, resolved.judgedFacts[n]!, n));
  const judged: JudgedShapes = {
    readers: asLists(judgedReaders),
    groups: groups.map((g) => [...g]),
    weighOne: resolved.judgedWeigh,
  };
  return {
    readers: asLists(readers),
    peopleReaders,
    shapeReaders: asLists(shapeReaders),
    peopleShapes: [...peopleShapes],
    judged,
  };
}

/** The criteria of every service side by side (see `Plan.start`). */
function sideBySide(services: readonly ServicePlan[], shapes: number) {
  const start = new Int32Array(services.length + 1);
  services.forEach((s, i) => (start[i + 1] = start[i]! + s.size));
  const total = start[services.length]!;
  const critSlot = new Int32Array(total);
  const critPos = new Int32Array(total);
  const shapePart = new Array<Part>(shapes);
  for (const s of services) {
    for (const part of s.parts) {
      shapePart[part.slot] ??= part;
      part.at.forEach((at, m) => {
        critSlot[start[s.index]! + at] = part.slot;
        critPos[start[s.index]! + at] = m;
      });
    }
  }
  const critAlternatives = services.flatMap((s) => s.alternatives);
  return { ids: services.map((s) => s.service.id), start, critSlot, critPos, critAlternatives, shapePart };
}

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
    judged: new Map(),
    groupsOf: [],
    judgedWeigh: [],
    judgedFacts: [],
    slots,
  };
  const services = catalogue.services.map((s, i) => servicePlan(s, i, resolved));
  const sharedJudged = Uint8Array.from(resolved.groupsOf, (groups) => (groups.size > 1 ? 1 : 0));
  const { readers, peopleReaders, shapeReaders, peopleShapes, judged } = indexOf(services, sharedJudged, resolved);
  const plan: Plan = {
    catalogue,
    registry,
    slots,
    services,
    byId: new Map(services.map((s) => [s.service.id, s])),
    readers,
    peopleReaders,
    shapeReaders,
    peopleShapes,
    shapes: resolved.shapes.size,
    sharedJudged,
    judged,
    ...sideBySide(services, resolved.shapes.size),
  };
  plans.set(catalogue, plan);
  return plan;
}
