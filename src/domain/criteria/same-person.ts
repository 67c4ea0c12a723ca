// Rules about one person hold for ONE person together: "a child aged 5 to 17 who lives in the borough" is met by a
// child who is both, not by an out-of-borough 10-year-old and an in-borough 3-year-old between them.
import { isRealIsoDate } from '../common/iso-date';
import type { Citation } from './citation.schema';
import { missingFrom, reasonOf } from './kind';
import type { CriterionEnv, CriterionResult, Judged, MissingFact, PersonScope, ReasonStatus, Target } from './kind';

export type { Judged } from './kind';

type Rule = { readonly id: string; readonly requirement: string; readonly citation: Citation };

/**
 * One criterion of a same-person group, with how one person meets it: `judge` gives the result in words; `status`,
 * where the kind has one, the same status and missing facts without building any words (a group weighs every
 * person, then words only the one it names).
 */
export type PersonRule = {
  readonly criterion: Rule;
  judge(env: CriterionEnv, person: Target): CriterionResult;
  status?(env: CriterionEnv, person: Target): Judged;
};

/** The result when the service names nobody of the kind the rule is about. */
export function nobodyToAsk(c: Rule, who: PersonScope, env: CriterionEnv): CriterionResult {
  return { status: 'missing', reason: reasonOf(c, 'missing'), missing: missingFrom([`people.${who}`], env.label) };
}

// A person meets the group only if they meet every rule: one rule not met decides, then one still to ask.
const WORST: Record<ReasonStatus, number> = { met: 0, review: 1, missing: 2, 'not-met': 3 };
const BY_RANK: readonly ReasonStatus[] = ['met', 'review', 'missing', 'not-met'];

/** One person weighed against every rule of the group: each rule's status, and the worst of them. */
type Row = { readonly person: Target; readonly judged: readonly Judged[]; readonly status: ReasonStatus };

function statusOf(results: readonly Judged[]): ReasonStatus {
  let worst = 0;
  for (const r of results) worst = Math.max(worst, WORST[r.status]);
  return BY_RANK[worst]!;
}

const nameOf = (person: Target): string => {
  const name = person.record.name;
  if (typeof name === 'string' && name.trim()) return name.trim();
  return person.kind === 'child' ? 'A child' : 'An adult';
};

/** Each person's label, worked out once per evaluation (the engine makes the targets afresh for each referral). */
const labels = new WeakMap<Target, string>();

/** "Sam (12)", "Sam (about 12)" where only an approximate age is known, "Baby (not yet born)"; adults by name. */
export function personLabel(person: Target, env: CriterionEnv): string {
  let label = labels.get(person);
  if (label === undefined) labels.set(person, (label = labelOf(person, env)));
  return label;
}

function labelOf(person: Target, env: CriterionEnv): string {
  const name = nameOf(person);
  if (person.kind !== 'child') return name;
  const age = env.read('child.age', person);
  if (age.state !== 'known' || typeof age.value !== 'number') return name;
  if (age.value < 0) return `${name} (not yet born)`;
  const dob = person.record.dateOfBirth;
  return typeof dob === 'string' && isRealIsoDate(dob) ? `${name} (${age.value})` : `${name} (about ${age.value})`;
}

/** Words that name the person: "Sam lives in …" becomes "Sam (12) lives in …"; other words get "Sam (12): " first. */
function naming(person: Target, label: string): (text: string) => string {
  const name = nameOf(person);
  return (text) => (text.startsWith(`${name} `) ? `${label}${text.slice(name.length)}` : `${label}: ${text}`);
}

function reworded(r: CriterionResult, say: (text: string) => string, missing = r.missing): CriterionResult {
  const { finding } = r.reason;
  return {
    ...r,
    reason: { ...r.reason, message: say(r.reason.message), ...(finding ? { finding: say(finding) } : {}) },
    missing,
  };
}

/** Each rule's result in words for the person of a row: only for the person the group's reasons name. */
const wordsFor = (rules: readonly PersonRule[], row: Row, env: CriterionEnv): CriterionResult[] =>
  rules.map((r) => r.judge(env, row.person));

const named = (rules: readonly PersonRule[], row: Row, env: CriterionEnv): CriterionResult[] => {
  const say = naming(row.person, personLabel(row.person, env));
  return wordsFor(rules, row, env).map((r) => reworded(r, say));
};

/** Someone could still meet every rule: ask for what each of them still lacks, naming them. */
function stillToAsk(rules: readonly PersonRule[], waiting: readonly Row[], env: CriterionEnv): CriterionResult[] {
  const first = waiting[0]!;
  const say = naming(first.person, personLabel(first.person, env));
  return wordsFor(rules, first, env).map((r, i) => {
    const asking = waiting.filter((row) => row.judged[i]!.status === 'missing');
    const missing: MissingFact[] = asking.flatMap((row) => row.judged[i]!.missing);
    if (asking.length < 2) return reworded(r, say, asking.length ? missing : r.missing);
    const who = asking.map((row) => personLabel(row.person, env)).join(' or ');
    return reworded(r, (text) => `${who}: ${text}`, missing);
  });
}

const OTHERS_SHOWN = 5;

/** Nobody meets every rule: the nearest person's findings, and in brief what each other person does not meet. */
function nobodyFits(rules: readonly PersonRule[], rows: readonly Row[], who: PersonScope, env: CriterionEnv) {
  const nearest = nearestOf(rows);
  const results = named(rules, nearest, env);
  const others = rows.filter((row) => row !== nearest);
  if (others.length === 0) return results;
  const each = others.slice(0, OTHERS_SHOWN).map((row) => {
    let at = row.judged.findIndex((r) => r.status === 'not-met');
    if (at < 0) at = row.judged.findIndex((r) => r.status !== 'met');
    const miss = at < 0 ? undefined : rules[at]!.judge(env, row.person);
    return `${personLabel(row.person, env)} does not meet: ${miss?.reason.message ?? 'every rule'}`;
  });
  if (others.length > OTHERS_SHOWN) each.push(`and ${others.length - OTHERS_SHOWN} more`);
  const note = ` No one ${who} here meets all of these together. ${each.join('; ')}`;
  const at = results.findIndex((r) => r.status === 'not-met');
  return results.map((r, i) => (i === at ? reworded(r, (text) => `${text}${note}`) : r));
}

/** Each person weighed by status: the first who meets every rule ends the search (`met`), else every row. */
function weighPeople(rules: readonly PersonRule[], people: readonly Target[], env: CriterionEnv) {
  const rows: Row[] = [];
  for (const person of people) {
    const judged = new Array<Judged>(rules.length);
    for (let i = 0; i < rules.length; i += 1) {
      const r = rules[i]!;
      judged[i] = r.status ? r.status(env, person) : r.judge(env, person);
    }
    const row: Row = { person, judged, status: statusOf(judged) };
    if (row.status === 'met') return { met: row, rows };
    rows.push(row);
  }
  return { met: undefined, rows };
}

/** How far a person is from meeting every rule: rules not met count most, then rules still open. */
function distance(judged: readonly Judged[]): number {
  let sum = 0;
  for (const r of judged) sum += r.status === 'not-met' ? 1000 : r.status === 'met' ? 0 : 1;
  return sum;
}

/** The nearest person: the one with fewest rules not met, then fewest still open. */
function nearestOf(rows: readonly Row[]): Row {
  return rows.reduce((best, row) => (distance(row.judged) < distance(best.judged) ? row : best));
}

/**
 * Judges rules about one kind of person together, person by person: met when ONE person meets them all (the reasons
 * name that person); else still to ask while someone could yet meet them all; else a judgement where someone might;
 * else not met, with what each person lacks. Returns one result per rule, in order. Every person is weighed by
 * status alone; words are made only for the person the reasons name.
 */
export function evaluateTogether(rules: readonly PersonRule[], who: PersonScope, env: CriterionEnv): CriterionResult[] {
  const people = env.targets(who);
  if (people.length === 0) return rules.map((r) => nobodyToAsk(r.criterion, who, env));
  const { met, rows } = weighPeople(rules, people, env);
  if (met) return named(rules, met, env);
  const waiting = rows.filter((row) => row.status === 'missing');
  if (waiting.length) return stillToAsk(rules, waiting, env);
  const unsure = rows.find((row) => row.status === 'review');
  if (unsure) return named(rules, unsure, env);
  return nobodyFits(rules, rows, who, env);
}

/**
 * `evaluateTogether`'s statuses and missing facts without its words: the same person chosen, the same facts asked.
 * A rule a person could not be checked against stays marked so (it offers no alternatives).
 */
export function weighTogether(rules: readonly PersonRule[], who: PersonScope, env: CriterionEnv): readonly Judged[] {
  const people = env.targets(who);
  if (people.length === 0) {
    const nobody: Judged = { status: 'missing', missing: missingFrom([`people.${who}`], env.label) };
    return rules.map(() => nobody);
  }
  // Each person's statuses, without rows: this runs for every group a change reaches.
  const table = new Array<Judged[]>(people.length);
  let waiting = 0;
  let firstWaiting = -1;
  let firstReview = -1;
  for (let p = 0; p < people.length; p += 1) {
    const judged = new Array<Judged>(rules.length);
    for (let i = 0; i < rules.length; i += 1) {
      const r = rules[i]!;
      judged[i] = r.status ? r.status(env, people[p]!) : r.judge(env, people[p]!);
    }
    const status = statusOf(judged);
    if (status === 'met') return judged;
    table[p] = judged;
    if (status === 'missing' && waiting++ === 0) firstWaiting = p;
    else if (status === 'review' && firstReview < 0) firstReview = p;
  }
  if (waiting === 1) return table[firstWaiting]!;
  if (waiting > 1) {
    const rows = table.filter((judged) => statusOf(judged) === 'missing');
    return rows[0]!.map((first, i) => {
      const asking = rows.filter((judged) => judged[i]!.status === 'missing');
      return asking.length ? { ...first, missing: asking.flatMap((judged) => judged[i]!.missing) } : first;
    });
  }
  if (firstReview >= 0) return table[firstReview]!;
  return table.reduce((best, judged) => (distance(judged) < distance(best) ? judged : best));
}
