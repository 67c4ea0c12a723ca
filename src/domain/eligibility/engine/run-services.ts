import type { CriterionEnv, CriterionResult, Judged, MissingFact, Target } from '../../criteria/kind';
import type { RequestedEntry } from '../requested-services';
import type { Judge, Judges, Part, Plan, ServicePlan, Weigh } from './compile-plan';
import type { Criterion } from '../../criteria/criterion.schema';
import { readAll, readingOf } from './fact-readings';
import type { Readings } from './fact-readings';
import { CompiledResult, stamped } from './service-result';
import type { Wording } from './service-result';

/** One evaluation of one referral: its readings, its people, and what it has weighed so far. */
export type Round = {
  readonly plan: Plan;
  readonly readings: Readings;
  /** The people as the reasons name them (engine.ts): results about people hold while this is the same. */
  readonly people: string;
  readonly everyone: { readonly child: readonly Target[]; readonly adult: readonly Target[] };
  /** Everyone, in the referral's order: a person's place is where kept statuses about them sit. */
  readonly all: readonly Target[];
  readonly env: CriterionEnv;
  /** The people chosen for a service, where some are (the last request for a service counts, as in the form). */
  readonly chosen: ReadonlyMap<string, readonly string[]>;
  /** The same, by the service's number in the catalogue. */
  readonly chosenAt: ReadonlyMap<number, readonly string[]>;
  /** Each shape's statuses for everyone, weighed when first needed and kept by the engine. */
  readonly kept: Kept;
  readonly judges: Judges;
};

/**
 * By shape number: the shape's statuses for everyone as last weighed; whether a change has reached what the shape
 * reads since (weighed again when next needed); and whether weighing it again in this round changed its statuses.
 */
export type Kept = {
  readonly weighed: (readonly Judged[] | undefined)[];
  readonly stale: Uint8Array;
  readonly changed: Uint8Array;
  /** By shared shape judged person by person (`Plan.judged`): each person's status, by place among the people. */
  readonly byPerson: (Judged[] | undefined)[];
};

/** Room for a round that keeps nothing: a few services evaluated, the engine's kept statuses left alone. */
export const keepNothing = (): Kept => ({
  weighed: [],
  stale: new Uint8Array(0),
  changed: new Uint8Array(0),
  byPerson: [],
});

type Judgement = { readonly from: Criterion; readonly result: CriterionResult };

/**
 * Words each person once per criterion shape in a referral, however many same-person groups the shape is in (an
 * imported feed's few age ranges and areas sit in thousands of groups): another criterion's judgement is stamped.
 */
function wordsOnce(shared: Uint8Array): Judge {
  // Made when first asked: a round that weighs without writing words asks for none.
  let judged: (Map<Target, Judgement> | undefined)[] | undefined;
  return (shape, criterion, judgeOne, env, person) => {
    if (shared[shape] !== 1) return judgeOne(env, person);
    judged ??= new Array<Map<Target, Judgement> | undefined>(shared.length);
    const byPerson = (judged[shape] ??= new Map());
    const done = byPerson.get(person);
    if (!done) {
      const result = judgeOne(env, person);
      byPerson.set(person, { from: criterion, result });
      return result;
    }
    if (done.from === criterion) return done.result;
    const { status, reason, missing } = done.result;
    return { status, reason: stamped(reason, done.from.id, criterion.id, criterion.citation), missing };
  };
}

/**
 * Weighs each person once per shared criterion shape, however many groups the shape is in: a shape's statuses sit
 * in a row by the person's place among the referral's people, kept by the engine between referrals.
 */
function statusOnce(shared: Uint8Array, people: readonly Target[], rows: Kept['byPerson']): Weigh {
  let place: Map<Target, number> | undefined;
  return (shape, weighOne, env, person) => {
    if (shared[shape] !== 1) return weighOne(env, person);
    place ??= new Map(people.map((p, i) => [p, i]));
    const at = place.get(person);
    if (at === undefined) return weighOne(env, person);
    const row = (rows[shape] ??= new Array<Judged>(people.length));
    return (row[at] ??= weighOne(env, person));
  };
}

const UNSAID = Symbol('unsaid');
type Said = (string | undefined | typeof UNSAID)[];

/** The reader every criterion uses: readings taken once, and each fact's words worked out once per person. */
function envOf(plan: Plan, readings: Readings, people: readonly Target[], everyone: Round['everyone']): CriterionEnv {
  const { slots, registry } = plan;
  let byId: Map<string, Target> | undefined;
  let said: Map<string, Said> | undefined;
  const read = (factId: string, person?: Target) => readingOf(readings, slots, factId, person);
  const statement = (factId: string, personId?: string): string | undefined => {
    const slot = slots.slotOf.get(factId);
    if (slot === undefined) return undefined;
    const key = personId ?? '';
    said ??= new Map();
    let row = said.get(key);
    if (!row) said.set(key, (row = new Array<Said[number]>(slots.defs.length).fill(UNSAID)));
    const cached = row[slot];
    if (cached !== UNSAID) return cached;
    byId ??= new Map(people.map((p) => [p.id, p]));
    const person = personId === undefined ? undefined : byId.get(personId);
    return (row[slot] = registry.statement(factId, read(factId, person)));
  };
  return { today: readings.today, read, label: registry.label, statement, targets: (who) => everyone[who] };
}

export type RoundInput = {
  readonly input: unknown;
  readonly today: string;
  readonly people: readonly Target[];
  readonly peopleKey: string;
  readonly requested: readonly RequestedEntry[];
};

export function startRound(plan: Plan, { input, today, people, peopleKey, requested }: RoundInput, kept: Kept): Round {
  const readings = readAll(input, people, plan.slots, today);
  const everyone = { child: people.filter((p) => p.kind === 'child'), adult: people.filter((p) => p.kind === 'adult') };
  const chosen = new Map(requested.map((r) => [r.serviceId, r.personIds]));
  for (const [id, personIds] of chosen) if (personIds.length === 0) chosen.delete(id);
  const chosenAt = new Map<number, readonly string[]>();
  for (const [id, personIds] of chosen) {
    const service = plan.byId.get(id);
    if (service) chosenAt.set(service.index, personIds);
  }
  const env = envOf(plan, readings, people, everyone);
  const judges = { words: wordsOnce(plan.sharedJudged), status: statusOnce(plan.sharedJudged, people, kept.byPerson) };
  return { plan, readings, people: peopleKey, everyone, all: people, env, chosen, chosenAt, kept, judges };
}

/**
 * The environment of a service with people chosen for it; undefined where none are (the round's serves). Asked for
 * every service a change reaches: the environment is made apart, so the common answer makes nothing.
 */
function chosenEnv(round: Round, service: number): CriterionEnv | undefined {
  const chosen = round.chosenAt.size ? round.chosenAt.get(service) : undefined;
  return chosen ? envForChosen(round, chosen) : undefined;
}

function envForChosen(round: Round, chosen: readonly string[]): CriterionEnv {
  const { everyone } = round;
  const targets = (who: Target['kind']) => {
    const picked = everyone[who].filter((p) => chosen.includes(p.id));
    return picked.length ? picked : everyone[who];
  };
  return { ...round.env, targets };
}

/** A part's results in words, and the criteria they were written for. */
type Worded = { readonly criteria: readonly Criterion[]; readonly results: readonly CriterionResult[] };

/**
 * A service's criteria in words, in catalogue order, for the round it was weighed in. A shape's words for everyone
 * are written once a round and stamped with each other service's own criterion ids and citations (shared rule sets
 * put the same criteria in many services).
 */
export function wordsIn(round: Round): (s: ServicePlan) => CriterionResult[] {
  let judges: Judges | undefined;
  const written: (Worded | undefined)[] = [];
  return (s) => {
    judges ??= { words: wordsOnce(round.plan.sharedJudged), status: round.judges.status };
    const chosen = chosenEnv(round, s.index);
    const results = new Array<CriterionResult>(s.size);
    for (const part of s.parts) {
      let own: readonly CriterionResult[];
      if (chosen && part.byChosen) own = part.work(chosen, judges);
      else {
        const done = (written[part.slot] ??= { criteria: part.criteria, results: part.work(round.env, judges) });
        own = done.criteria === part.criteria ? done.results : done.results.map((r, m) => restamped(r, done, part, m));
      }
      for (let m = 0; m < part.at.length; m += 1) results[part.at[m]!] = own[m]!;
    }
    return results;
  };
}

/** Another part's result of the same shape, with this part's criterion's id and citation. */
function restamped(r: CriterionResult, from: Worded, part: Part, m: number): CriterionResult {
  const to = part.criteria[m]!;
  return { ...r, reason: stamped(r.reason, from.criteria[m]!.id, to.id, to.citation) };
}

/** Room for one service's statuses: services are weighed one at a time. */
let judgedRoom: Judged[] = [];

function sameMissing(a: readonly MissingFact[], b: readonly MissingFact[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.fact !== y.fact || x.personId !== y.personId || x.label !== y.label) return false;
  }
  return true;
}

/** Whether two weighings of a criterion say the same: status, facts still needed, whether it could be checked. */
const sameJudged = (x: Judged, y: Judged): boolean =>
  x === y || (x.status === y.status && x.unchecked === y.unchecked && sameMissing(x.missing, y.missing));

/** Whether two weighings of a shape say the same of every criterion. */
function sameStatuses(a: readonly Judged[], b: readonly Judged[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (!sameJudged(a[i]!, b[i]!)) return false;
  return true;
}

/**
 * Weighs again the shared shapes judged person by person that a change reached, for each person a group has weighed
 * them for (their kept rows are from the last referral, with the same people): where someone's status comes out
 * different, the groups the shape is in are weighed again when next needed; where nobody's does, they stand.
 */
export function reweighPeople(round: Round, shapes: readonly number[]) {
  const { plan, kept, env, all } = round;
  for (const n of shapes) {
    const before = kept.byPerson[n];
    if (!before) continue;
    const weighOne = plan.judged.weighOne[n]!;
    const after = new Array<Judged>(all.length);
    let same = true;
    for (let at = 0; at < all.length; at += 1) {
      // Someone no group has weighed for this shape (each stops at the first person who fits) is weighed when asked.
      const was = before[at];
      if (was === undefined) continue;
      const now = weighOne(env, all[at]!);
      if (sameJudged(was, now)) after[at] = was;
      else {
        after[at] = now;
        same = false;
      }
    }
    kept.byPerson[n] = after;
    if (!same) for (const group of plan.judged.groups[n]!) kept.stale[group] = 1;
  }
}

/**
 * A shape's statuses for everyone: weighed once, when first needed, and kept while nothing it reads changes. Weighed
 * again after a change, the kept list stays where the statuses came out the same, and the round notes the shape
 * changed where they did not.
 */
function weighedFor(round: Round, slot: number): readonly Judged[] {
  const { weighed, stale, changed } = round.kept;
  const before = weighed[slot];
  if (before && stale[slot] !== 1) return before;
  const after = round.plan.shapePart[slot]!.weigh(round.env, round.judges);
  stale[slot] = 0;
  if (before && sameStatuses(before, after)) return before;
  changed[slot] = 1;
  return (weighed[slot] = after);
}

/** Whether weighing a service's shapes again in this round has changed any of their statuses. */
function statusesChanged(round: Round, from: number, size: number): boolean {
  const { critSlot } = round.plan;
  const { stale, changed } = round.kept;
  for (let k = from; k < from + size; k += 1) {
    const slot = critSlot[k]!;
    if (stale[slot] === 1) weighedFor(round, slot);
    if (changed[slot] === 1) return true;
  }
  return false;
}

/** Where people are chosen for the service, its groups are weighed for them (once per group, not per criterion). */
function weighedForChosen(round: Round, s: ServicePlan, env: CriterionEnv, into: Judged[]) {
  for (const part of s.parts) {
    const own = part.byChosen ? part.weigh(env, round.judges) : weighedFor(round, part.slot);
    for (let m = 0; m < part.at.length; m += 1) into[part.at[m]!] = own[m]!;
  }
}

/**
 * A service's result: each criterion's status from its shape's (weighed once for everyone; a group's for the people
 * chosen for the service, where some are), then the verdict, missing facts and alternatives; words when read. Given
 * the service's last result, weighed for everyone too, and none of its shapes' statuses changed, that result's
 * verdict, missing facts and alternatives stand, in this round's words.
 */
export function serviceOutcome(round: Round, s: ServicePlan, words: Wording, before?: CompiledResult): CompiledResult {
  const { plan } = round;
  const from = plan.start[s.index]!;
  const size = plan.start[s.index + 1]! - from;
  if (judgedRoom.length < size) judgedRoom = new Array<Judged>(size);
  const judged = judgedRoom;
  const chosen = chosenEnv(round, s.index);
  if (chosen) weighedForChosen(round, s, chosen, judged);
  else if (before && !statusesChanged(round, from, size)) return before.reworded(words);
  else {
    for (let k = 0; k < size; k += 1) judged[k] = weighedFor(round, plan.critSlot[from + k]!)[plan.critPos[from + k]!]!;
  }
  return CompiledResult.weighed(plan, s, judged, words);
}
