import type { Citation } from '../../criteria/citation.schema';
import type { CriterionEnv, CriterionResult, MissingFact, Reason, Target } from '../../criteria/kind';
import type { RequestedEntry } from '../requested-services';
import { noCriteria } from '../engine-parts';
import type { ServiceResult, Verdict } from '../evaluation';
import type { Needs, Plan, ServicePlan } from './compile-plan';
import { readAll, readingOf, sameReading } from './fact-readings';
import type { Readings } from './fact-readings';

/**
 * Results worked out for every criterion (or same-person group) of one shape, with what they were worked out from,
 * so that a later referral reading the same facts the same way reuses them (and with them, the service's result).
 */
export type Entry = {
  /** The ids of the criteria the results are theirs. */
  readonly from: readonly string[];
  readonly results: readonly CriterionResult[];
  readonly readings: Readings;
  readonly people: string;
  checked: number;
};

/** What an engine keeps between evaluations: the results by shape, and a count to mark those checked this time. */
export type Memo = { round: number; readonly entries: (Entry | undefined)[] };

/** One evaluation of one referral: its readings, its people, and the memo it reads and adds to. */
export type Round = {
  readonly readings: Readings;
  /** The people as the reasons name them (engine.ts): results about people hold while this is the same. */
  readonly people: string;
  readonly everyone: { readonly child: readonly Target[]; readonly adult: readonly Target[] };
  readonly env: CriterionEnv;
  /** The people chosen for a service, where some are (the last request for a service counts, as in the form). */
  readonly chosen: ReadonlyMap<string, readonly string[]>;
  readonly memo: Memo;
  /** Results for services with chosen people, kept for this evaluation only. */
  readonly local: Map<string, Entry>;
};

/** A service's criteria's results: as worked out for their shape (`templates`), then as its own (`results`). */
export type Outcome = {
  readonly templates: readonly CriterionResult[];
  readonly results: readonly CriterionResult[];
  readonly result: ServiceResult;
};

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
  const env = envOf(plan, readings, people, everyone);
  return { readings, people: peopleKey, everyone, env, chosen, memo, local: new Map() };
}

/** Whether results worked out for an earlier referral hold for this one: the same day, and the same readings. */
function stillHolds(entry: Entry, needs: Needs, round: Round): boolean {
  const before = entry.readings;
  const after = round.readings;
  if (before.today !== after.today) return false;
  for (const slot of needs.familySlots) if (!sameReading(before.family[slot]!, after.family[slot]!)) return false;
  if (!needs.readsPeople) return true;
  if (entry.people !== round.people) return false;
  for (const [id, own] of after.byPerson) {
    const was = before.byPerson.get(id);
    if (!was) return false;
    for (const slot of needs.personSlots) if (!sameReading(was[slot]!, own[slot]!)) return false;
  }
  return true;
}

/** A shared result given to another criterion of the same shape: only its code and citation differ. */
function stamped(r: CriterionResult, from: string, to: string, citation: Citation): CriterionResult {
  if (from === to && r.reason.citation === citation) return r;
  const { status, message, finding, alternatives } = r.reason;
  const { code } = r.reason;
  const reason: { -readonly [K in keyof Reason]: Reason[K] } = {
    code: code === from ? to : to + code.slice(from.length),
    status,
    message,
    citation,
  };
  if (finding !== undefined) reason.finding = finding;
  if (alternatives) reason.alternatives = alternatives;
  return { status: r.status, reason, missing: r.missing };
}

/** The results for a shape: this evaluation's, a still-valid earlier one's, or worked out now. */
function shapeResults(round: Round, needs: Needs, suffix: string, env: CriterionEnv): Entry {
  const { memo } = round;
  const entry = suffix ? round.local.get(needs.shape + suffix) : memo.entries[needs.slot];
  if (entry && (entry.checked === memo.round || stillHolds(entry, needs, round))) {
    entry.checked = memo.round;
    return entry;
  }
  const { readings, people } = round;
  const fresh = { from: needs.memberIds, results: needs.work(env), readings, people, checked: memo.round };
  if (suffix) round.local.set(needs.shape + suffix, fresh);
  else memo.entries[needs.slot] = fresh;
  return fresh;
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

type Templates = { readonly templates: CriterionResult[]; readonly from: string[] };

/** Every criterion's result for its shape in catalogue order: person groups judged together, the rest one by one. */
function templatesOf(round: Round, s: ServicePlan): Templates {
  const chosen = round.chosen.size ? round.chosen.get(s.service.id) : undefined;
  const env = chosen ? chosenEnv(round, chosen) : round.env;
  // Results about people chosen for one service are kept apart from everyone's.
  const suffix = chosen ? `|${chosen.join('\u0000')}` : '';
  const n = s.criteria.length;
  const templates = new Array<CriterionResult>(n);
  const from = new Array<string>(n);
  for (const g of s.groups) {
    const entry = shapeResults(round, g, suffix, env);
    for (let k = 0; k < g.at.length; k += 1) {
      templates[g.at[k]!] = entry.results[k]!;
      from[g.at[k]!] = entry.from[k]!;
    }
  }
  for (let k = 0; k < s.singles.length; k += 1) {
    const c = s.singles[k]!;
    const i = s.singleAt[k]!;
    const entry = shapeResults(round, c, c.readsPeople ? suffix : '', env);
    templates[i] = entry.results[0]!;
    from[i] = entry.from[0]!;
  }
  return { templates, from };
}

const ORDER = ['not-met', 'missing', 'review', 'met'] as const;

/** Deciding reasons first, in catalogue order within each status. */
function reasonsInOrder(results: readonly CriterionResult[], allMet: boolean): Reason[] {
  if (allMet) return results.map((r) => r.reason);
  const reasons: Reason[] = [];
  for (const status of ORDER) for (const r of results) if (r.status === status) reasons.push(r.reason);
  return reasons;
}

/** One service's verdict, reasons, missing facts and alternatives, in one pass over its criteria's results. */
function serviceResult(s: ServicePlan, results: readonly CriterionResult[]): ServiceResult {
  let notMet = false;
  let missingSeen = false;
  let review = false;
  let missing: Map<string, MissingFact> | undefined;
  let alternatives: Set<string> | undefined;
  for (const r of results) {
    if (r.status === 'not-met') notMet = true;
    else if (r.status === 'missing') missingSeen = true;
    else if (r.status === 'review') review = true;
    for (const m of r.missing) (missing ??= new Map()).set(`${m.personId ?? ''}\u0000${m.fact}`, m);
    if (r.reason.alternatives) for (const a of r.reason.alternatives) (alternatives ??= new Set()).add(a);
  }
  const verdict: Verdict = notMet ? 'ineligible' : missingSeen ? 'incomplete' : review ? 'review' : 'eligible';
  return {
    serviceId: s.service.id,
    verdict,
    reasons: results.length ? reasonsInOrder(results, verdict === 'eligible') : [noCriteria(s.service)],
    missing: missing ? [...missing.values()] : [],
    alternatives: alternatives ? [...alternatives] : [],
  };
}

/** A service's outcome, reusing the last one's results, or the whole of it, where its shapes' results are the same. */
export function serviceOutcome(round: Round, s: ServicePlan, before?: Outcome): Outcome {
  const { templates, from } = templatesOf(round, s);
  let same = before !== undefined;
  const results = new Array<CriterionResult>(templates.length);
  for (let i = 0; i < templates.length; i += 1) {
    const t = templates[i]!;
    if (before && t === before.templates[i]) results[i] = before.results[i]!;
    else {
      same = false;
      results[i] = stamped(t, from[i]!, s.ids[i]!, s.citations[i]!);
    }
  }
  if (same && before) return before;
  return { templates, results, result: serviceResult(s, results) };
}
