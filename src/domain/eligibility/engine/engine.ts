import type { Catalogue } from '../../catalogue/catalogue.schema';
import type { Judged, Target } from '../../criteria/kind';
import { isRecord } from '../../common/is-record';
import { londonDate } from '../../common/london';
import { isRealIsoDate } from '../../common/iso-date';
import { packageFindings, peopleIn } from '../engine-parts';
import { requestedServices } from '../requested-services';
import type { EvaluateOptions, Evaluation } from '../evaluation';
import { compilePlan } from './compile-plan';
import type { Plan } from './compile-plan';
import { changedFacts } from './fact-readings';
import type { Readings } from './fact-readings';
import { keepNothing, reweighPeople, serviceOutcome, startRound, wordsIn } from './run-services';
import type { Kept } from './run-services';
import type { CompiledResult } from './service-result';

/** An engine for one catalogue that remembers its last referral, so the next one re-evaluates only what changed. */
export type Engine = {
  evaluate(input: unknown, options: EvaluateOptions): Evaluation;
  /** How many services the last evaluation worked out afresh; the others were the last evaluation's results. */
  readonly reevaluated: number;
};

/** What a service's results can depend on besides its facts: the people (in order, with their names) and the choices. */
type Seen = {
  readonly readings: Readings;
  readonly people: string;
  readonly chosen: ReadonlyMap<string, string>;
};
type Last = Seen & {
  readonly chosenAt: ReadonlyMap<number, readonly string[]>;
  readonly results: readonly CompiledResult[];
};

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The people as the reasons name them: ids and kinds in order, names, and whether a child's date of birth is known
 * exactly ("Sam (12)") or stands in as an approximate age ("Sam (about 12)"); the age itself is the child.age fact,
 * read by every part about people, so a new date of birth in the same year of age changes nothing.
 */
const peopleKey = (people: readonly Target[]): string =>
  JSON.stringify(
    people.map((p) => {
      const dob = p.record.dateOfBirth;
      return [p.id, p.kind, text(p.record.name), typeof dob === 'string' && isRealIsoDate(dob)];
    }),
  );

function seenOf(readings: Readings, people: string, chosen: ReadonlyMap<string, readonly string[]>): Seen {
  return {
    readings,
    people,
    chosen: new Map([...chosen].map(([id, personIds]) => [id, personIds.join('\u0000')])),
  };
}

/**
 * What a change touches: the services whose results may differ; the shapes whose statuses may; the shared shapes
 * judged person by person whose people's statuses may; and whether the people themselves changed.
 */
type Touched = {
  readonly services: Uint8Array;
  readonly shapes: readonly number[];
  readonly judged: readonly number[];
  readonly people: boolean;
};

/** What differs from the last evaluation's referral; undefined when everything may (a new day). */
function touched(plan: Plan, last: Last, next: Seen): Touched | undefined {
  if (last.readings.today !== next.readings.today) return undefined;
  const services = new Uint8Array(plan.services.length);
  const shapes: number[] = [];
  const judged: number[] = [];
  const mark = (indexes: readonly number[] | undefined) => indexes?.forEach((i) => (services[i] = 1));
  const markFacts = (facts: readonly string[]) =>
    facts.forEach((f) => {
      mark(plan.readers.get(f));
      shapes.push(...(plan.shapeReaders.get(f) ?? []));
      judged.push(...(plan.judged.readers.get(f) ?? []));
    });
  markFacts(changedFacts(last.readings.family, next.readings.family, plan.slots));
  const people = last.people !== next.people;
  if (people) {
    mark(plan.peopleReaders);
    shapes.push(...plan.peopleShapes);
  } else {
    for (const [id, after] of next.readings.byPerson) {
      const before = last.readings.byPerson.get(id);
      if (before) markFacts(changedFacts(before, after, plan.slots));
    }
  }
  // The services whose chosen people changed: chosen now, or chosen before and not now (a few ids each).
  const rechosen = (id: string) => {
    const service = plan.byId.get(id);
    if (service && last.chosen.get(id) !== next.chosen.get(id)) services[service.index] = 1;
  };
  for (const id of next.chosen.keys()) rechosen(id);
  for (const id of last.chosen.keys()) if (!next.chosen.has(id)) rechosen(id);
  return { services, shapes, judged: [...new Set(judged)], people };
}

export function createEngine(catalogue: Catalogue): Engine {
  const plan = compilePlan(catalogue);
  let last: Last | undefined;
  // Each shape's statuses for everyone, as the last referral read: weighed again once a change reaches what it reads.
  const kept: Kept = {
    weighed: new Array<readonly Judged[] | undefined>(plan.shapes).fill(undefined),
    stale: new Uint8Array(plan.shapes),
    changed: new Uint8Array(plan.shapes),
    byPerson: [],
  };
  const evaluate = (input: unknown, options: EvaluateOptions): Evaluation => {
    const people = peopleIn(input);
    const requested = requestedServices(isRecord(input) ? input.services : undefined);
    const today = londonDate(options.now);
    const roundInput = { input, today, people, peopleKey: peopleKey(people), requested };
    // Evaluating a few services leaves what is kept alone: it is kept for the last whole evaluation's referral.
    const round = startRound(plan, roundInput, options.serviceIds ? keepNothing() : kept);
    const words = wordsIn(round);
    const read = (id: string) => round.env.read(id);
    const findings = packageFindings(catalogue, requested, people, read, plan.registry, plan.byId);
    if (options.serviceIds) {
      const only = new Set(options.serviceIds);
      const chosen = plan.services.filter((s) => only.has(s.service.id));
      engine.reevaluated = chosen.length;
      return { results: chosen.map((s) => serviceOutcome(round, s, words)), package: findings };
    }
    const next = seenOf(round.readings, round.people, round.chosen);
    const change = last && touched(plan, last, next);
    kept.changed.fill(0);
    if (!change || change.people) kept.byPerson.length = 0;
    if (!change) kept.weighed.fill(undefined);
    else {
      for (const shape of change.shapes) kept.stale[shape] = 1;
      if (!change.people) reweighPeople(round, change.judged);
    }
    const before = change ? last!.results : undefined;
    const chosenBefore = last?.chosenAt;
    let reevaluated = 0;
    const results = new Array<CompiledResult>(plan.services.length);
    for (let i = 0; i < results.length; i += 1) {
      if (before && !change!.services[i]) results[i] = before[i]!;
      else {
        reevaluated += 1;
        // A result weighed for the people chosen for the service says nothing of the statuses kept for everyone.
        const was = before && !chosenBefore!.has(i) ? before[i] : undefined;
        results[i] = serviceOutcome(round, plan.services[i]!, words, was);
      }
    }
    last = { ...next, chosenAt: round.chosenAt, results };
    engine.reevaluated = reevaluated;
    return { results, package: findings };
  };
  // A plain property, not a getter: Node 20 kept an object literal's getter, and through it every dropped engine's
  // evaluations, until a full collection (7-20 ms collections with a new engine per referral; a house rule now).
  const engine = { evaluate, reevaluated: 0 };
  return engine;
}

const engines = new WeakMap<Catalogue, Engine>();

/** The engine kept for a catalogue object, made on first use. */
export function engineFor(catalogue: Catalogue): Engine {
  let engine = engines.get(catalogue);
  if (!engine) engines.set(catalogue, (engine = createEngine(catalogue)));
  return engine;
}
