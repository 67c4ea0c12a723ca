import type { CriterionEnv, CriterionResult, Target } from '../../criteria/kind';
import type { RequestedEntry } from '../requested-services';
import type { Judge, Part, Plan, ServicePlan } from './compile-plan';
import type { Criterion } from '../../criteria/criterion.schema';
import { readAll, readingOf } from './fact-readings';
import type { Readings } from './fact-readings';
import { chosenKey, newNumbering, referralKeys, signatureKey } from './read-keys';
import type { Numbering, ReferralKeys } from './read-keys';
import { KEEP, keepOutcome, keptOutcome, newKeptOutcomes, newestOutcome } from './kept-outcomes';
import type { KeptOutcomes } from './kept-outcomes';
import { newOutcome, stamped } from './service-result';
import type { Entry } from './service-result';
import type { ServiceResult } from '../evaluation';

/** What an engine keeps between evaluations. */
export type Memo = {
  round: number;
  /** Per shape, its last results for different referrals. */
  readonly kept: (Entry[] | undefined)[];
  /**
   * Per shape, the round `current` was found in (a shape's results for everyone are looked up once a round), and
   * its serial, side by side for the loop over services.
   */
  readonly seenIn: Int32Array;
  readonly current: (Entry | undefined)[];
  readonly serialOf: Int32Array;
  /** The next entry's serial, and the first serial of this round: an entry from this round is in no kept outcome. */
  serial: number;
  firstOfRound: number;
  /** The numbers results are kept under (read-keys.ts). */
  readonly numbering: Numbering;
  readonly outcomes: KeptOutcomes;
  /** Room to gather a service's entries and their serials in before it is known whether they are new. */
  readonly entries: Entry[];
  readonly serials: Int32Array;
};

export const newMemo = (plan: Plan): Memo => ({
  round: 0,
  kept: new Array<Entry[] | undefined>(plan.shapes).fill(undefined),
  seenIn: new Int32Array(plan.shapes),
  current: new Array<Entry | undefined>(plan.shapes).fill(undefined),
  serialOf: new Int32Array(plan.shapes),
  serial: 1,
  firstOfRound: 1,
  numbering: newNumbering(),
  outcomes: newKeptOutcomes(plan),
  entries: [],
  serials: new Int32Array(plan.services.reduce((n, s) => Math.max(n, s.parts.length), 0)),
});

/** One evaluation of one referral: its readings, its people, and the memo it reads and adds to. */
export type Round = {
  readonly plan: Plan;
  readonly readings: Readings;
  /** The people as the reasons name them (engine.ts): results about people hold while this is the same. */
  readonly people: string;
  readonly everyone: { readonly child: readonly Target[]; readonly adult: readonly Target[] };
  readonly env: CriterionEnv;
  /** The people chosen for a service, where some are (the last request for a service counts, as in the form). */
  readonly chosen: ReadonlyMap<string, readonly string[]>;
  readonly memo: Memo;
  /** What the referral reads, numbered, for finding kept results. */
  readonly keys: ReferralKeys;
  readonly judge: Judge;
};

type Judgement = { readonly from: Criterion; readonly result: CriterionResult };

/**
 * Judges each person once per criterion shape in a referral, however many same-person groups the shape is in (an
 * imported feed's few age ranges and areas sit in thousands of groups): another criterion's judgement is stamped.
 */
function judgeOnce(shared: Uint8Array): Judge {
  const judged = new Array<Map<Target, Judgement> | undefined>(shared.length);
  return (shape, criterion, judgeOne, env, person) => {
    if (shared[shape] !== 1) return judgeOne(env, person);
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

const UNSAID = Symbol('unsaid');
type Said = (string | undefined | typeof UNSAID)[];

/** The reader every criterion uses: readings taken once, and each fact's words worked out once per person. */
function envOf(plan: Plan, readings: Readings, people: readonly Target[], everyone: Round['everyone']): CriterionEnv {
  const { slots, registry } = plan;
  const byId = new Map(people.map((p) => [p.id, p]));
  const said = new Map<string, Said>();
  const read = (factId: string, person?: Target) => readingOf(readings, slots, factId, person);
  const statement = (factId: string, personId?: string): string | undefined => {
    const slot = slots.slotOf.get(factId);
    if (slot === undefined) return undefined;
    const key = personId ?? '';
    let row = said.get(key);
    if (!row) said.set(key, (row = new Array<Said[number]>(slots.defs.length).fill(UNSAID)));
    const cached = row[slot];
    if (cached !== UNSAID) return cached;
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

export function startRound(plan: Plan, memo: Memo, { input, today, people, peopleKey, requested }: RoundInput): Round {
  const readings = readAll(input, people, plan.slots, today);
  const everyone = { child: people.filter((p) => p.kind === 'child'), adult: people.filter((p) => p.kind === 'adult') };
  const chosen = new Map(requested.map((r) => [r.serviceId, r.personIds]));
  for (const [id, personIds] of chosen) if (personIds.length === 0) chosen.delete(id);
  memo.round += 1;
  memo.firstOfRound = memo.serial;
  const env = envOf(plan, readings, people, everyone);
  const keys = referralKeys(memo.numbering, plan, readings, peopleKey);
  return { plan, readings, people: peopleKey, everyone, env, chosen, memo, keys, judge: judgeOnce(plan.sharedJudged) };
}

/** The key of what a part reads in this referral: its signature's, and the people chosen, where they count. */
const keyFor = (round: Round, part: Part, chosen: readonly string[] | undefined): number =>
  chosen ? chosenKey(round.keys, part.sig, chosen) : signatureKey(round.keys, part.sig);

/** Moves the item at `at` to the front of a list kept newest first. */
function toFront<T>(list: T[], at: number): T {
  const item = list[at]!;
  if (at > 0) {
    list.splice(at, 1);
    list.unshift(item);
  }
  return item;
}

/** Adds an item at the front of a list kept newest first, dropping the oldest past KEEP. */
function keep<T>(lists: (T[] | undefined)[], at: number, item: T): T {
  const list = (lists[at] ??= []);
  if (list.length >= KEEP) list.pop();
  list.unshift(item);
  return item;
}

/** The results for a part's shape: found once this round, kept from an earlier referral that read alike, or new. */
function shapeEntry(round: Round, part: Part, env: CriterionEnv, chosen: readonly string[] | undefined): Entry {
  const { memo } = round;
  const { slot } = part;
  if (!chosen && memo.seenIn[slot] === memo.round) return memo.current[slot]!;
  const key = keyFor(round, part, chosen);
  const list = memo.kept[slot];
  let entry: Entry | undefined;
  if (list) {
    let at = 0;
    while (at < list.length && list[at]!.key !== key) at += 1;
    if (at < list.length) entry = toFront(list, at);
  }
  entry ??= keep(memo.kept, slot, {
    key,
    serial: memo.serial++,
    from: part.memberIds,
    results: part.work(env, round.judge),
  });
  if (!chosen) {
    memo.seenIn[slot] = memo.round;
    memo.current[slot] = entry;
    memo.serialOf[slot] = entry.serial;
  }
  return entry;
}

/** The environment of a service with people chosen for it. */
function chosenEnv(round: Round, chosen: readonly string[]): CriterionEnv {
  const { everyone } = round;
  const targets = (who: Target['kind']) => {
    const picked = everyone[who].filter((p) => chosen.includes(p.id));
    return picked.length ? picked : everyone[who];
  };
  return { ...round.env, targets };
}

/**
 * A service's outcome. Where its parts' results are those of a kept outcome, that outcome (the same result object);
 * else a new one, taking each criterion's reason from the newest kept outcome where its result is the same.
 */
export function serviceOutcome(round: Round, s: ServicePlan): ServiceResult {
  const { memo, plan } = round;
  const i = s.index;
  const chosen = round.chosen.size ? round.chosen.get(s.service.id) : undefined;
  const env = chosen ? chosenEnv(round, chosen) : round.env;
  const { entries, serials } = memo;
  const start = plan.partStart[i]!;
  const parts = plan.partStart[i + 1]! - start;
  let fresh = false;
  for (let k = 0; k < parts; k += 1) {
    const slot = plan.partSlots[start + k]!;
    const byChosen = chosen !== undefined && plan.partByChosen[start + k] === 1;
    if (!byChosen && memo.seenIn[slot] === memo.round) {
      serials[k] = memo.serialOf[slot]!;
      entries[k] = memo.current[slot]!;
    } else {
      const entry = shapeEntry(round, s.parts[k]!, env, byChosen ? chosen : undefined);
      serials[k] = entry.serial;
      entries[k] = entry;
    }
    if (serials[k]! >= memo.firstOfRound) fresh = true;
  }
  // An entry made this round is in no kept outcome: no need to look through them.
  const hit = fresh ? undefined : keptOutcome(memo.outcomes, plan, i, serials, memo.round);
  if (hit) return hit;
  const outcome = newOutcome(s, entries, newestOutcome(memo.outcomes, plan, i));
  keepOutcome(memo.outcomes, plan, i, serials, outcome, memo.round);
  return outcome.result;
}
