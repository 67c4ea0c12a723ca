import type { Citation } from '../../criteria/citation.schema';
import type { CriterionResult, Judged, MissingFact, Reason } from '../../criteria/kind';
import type { ServiceResult, Verdict } from '../evaluation';
import type { Plan, ServicePlan } from './compile-plan';

/** A result shared from another criterion of the same shape: only its code and citation differ. */
export function stamped(r: Reason, from: string, to: string, citation: Citation): Reason {
  if (from === to && r.citation === citation) return r;
  const { code, status, message, finding, alternatives } = r;
  const reason: { -readonly [K in keyof Reason]: Reason[K] } = {
    code: code === from ? to : to + code.slice(from.length),
    status,
    message,
    citation,
  };
  if (finding !== undefined) reason.finding = finding;
  if (alternatives) reason.alternatives = alternatives;
  return reason;
}

const ORDER = ['not-met', 'missing', 'review', 'met'] as const;
/** Shared empty lists: most services have no missing facts and no alternatives. */
const NO_MISSING: readonly MissingFact[] = Object.freeze([]);
const NO_ALTERNATIVES: readonly string[] = Object.freeze([]);

/** Deciding reasons first, in catalogue order within each status. */
function reasonsInOrder(results: readonly CriterionResult[]): Reason[] {
  const ordered: Reason[] = [];
  for (const status of ORDER) {
    for (const r of results) if (r.status === status) ordered.push(r.reason);
  }
  return ordered;
}

/**
 * Adds facts still needed, once each by person and fact (the last one named wins, in the first one's place). The
 * lists are short, so a search beats building a key for each.
 */
function addMissing(into: MissingFact[], facts: readonly MissingFact[]) {
  for (const m of facts) {
    let at = 0;
    while (at < into.length && !sameAsk(into[at]!, m)) at += 1;
    into[at] = m;
  }
}

/** Whether two facts still needed ask the same: the same fact, of the same person (or of the family). */
const sameAsk = (a: MissingFact, b: MissingFact): boolean =>
  a.fact === b.fact && (a.personId ?? '') === (b.personId ?? '');

/**
 * A service's verdict, the facts it still needs and the services its criteria name instead (once a criterion is not
 * met or needs a judgement, not while facts are missing), from its criteria's statuses in one pass.
 */
function outcomeOf(plan: Plan, s: ServicePlan, judged: readonly Judged[], words: Wording): CompiledResult {
  const from = plan.start[s.index]!;
  let notMet = false;
  let missingSeen = false;
  let review = false;
  // Most services wait on one criterion's facts: its list is used as it is, the others merged. Likewise the
  // alternatives: most services name them in one criterion at most, whose list (without repeats since the plan was
  // compiled) is used as it is; a second list is merged into a copy, once each, in order.
  let first: readonly MissingFact[] | undefined;
  let missing: MissingFact[] | undefined;
  let named: readonly string[] | undefined;
  let alternatives: string[] | undefined;
  for (let i = 0; i < s.size; i += 1) {
    const j = judged[i]!;
    if (j.missing.length) {
      if (!first) first = j.missing;
      else addMissing((missing ??= merged(first)), j.missing);
    }
    if (j.status === 'missing') missingSeen = true;
    else if (j.status !== 'met') {
      if (j.status === 'not-met') notMet = true;
      else review = true;
      const names = j.unchecked ? undefined : plan.critAlternatives[from + i];
      if (names && !named) named = names;
      else if (names) addNames((alternatives ??= [...named!]), names);
    }
  }
  const verdict: Verdict = notMet ? 'ineligible' : missingSeen ? 'incomplete' : review ? 'review' : 'eligible';
  const asked = missing ?? (first ? (once(first) ? first : merged(first)) : NO_MISSING);
  return new CompiledResult(plan.ids[s.index]!, s, verdict, asked, alternatives ?? named ?? NO_ALTERNATIVES, words);
}

const merged = (facts: readonly MissingFact[]): MissingFact[] => {
  const into: MissingFact[] = [];
  addMissing(into, facts);
  return into;
};

/** Whether a list names each person's fact once, so that merging it would give the same list (checked, not assumed). */
function once(facts: readonly MissingFact[]): boolean {
  for (let i = 1; i < facts.length; i += 1)
    for (let j = 0; j < i; j += 1) if (sameAsk(facts[j]!, facts[i]!)) return false;
  return true;
}

/** Adds the names not yet in the list, in order. */
function addNames(into: string[], names: readonly string[]) {
  for (const name of names) if (!into.includes(name)) into.push(name);
}

/** Writes a service's reasons: its criteria's results in words, in catalogue order. */
export type Wording = (s: ServicePlan) => readonly CriterionResult[];

/**
 * A service's result. Its verdict, missing facts and alternatives come from its criteria's statuses; its reasons
 * are written when first read, from the referral as it was evaluated: a change re-evaluates thousands of services
 * in an imported catalogue, and the card reads the words of the few whose result changed. `toJSON` gives the plain
 * result, words and all; a copy made by spreading has no reasons (none is made in the card).
 */
export class CompiledResult implements ServiceResult {
  readonly serviceId: string;
  readonly verdict: Verdict;
  readonly missing: readonly MissingFact[];
  readonly alternatives: readonly string[];
  #plan: ServicePlan;
  /** How to write its reasons, until they are first read; then the reasons (one field: thousands are made a change). */
  #said: Wording | readonly Reason[];

  /** Made by `weighed` or `reworded` (a result's parts, as given, with the words of its round). */
  constructor(
    serviceId: string,
    s: ServicePlan,
    verdict: Verdict,
    missing: readonly MissingFact[],
    alternatives: readonly string[],
    words: Wording,
  ) {
    this.serviceId = serviceId;
    this.verdict = verdict;
    this.missing = missing;
    this.alternatives = alternatives;
    this.#plan = s;
    this.#said = words;
  }

  /** A service's result from its criteria's statuses, in the words of the round that weighed them. */
  static weighed(plan: Plan, s: ServicePlan, judged: readonly Judged[], words: Wording): CompiledResult {
    return outcomeOf(plan, s, judged, words);
  }

  /**
   * The same verdict, missing facts and alternatives in another round's words: a change that reaches what a service's
   * reasons say (the family's council, a child's age) but none of its criteria's statuses.
   */
  reworded(words: Wording): CompiledResult {
    return new CompiledResult(this.serviceId, this.#plan, this.verdict, this.missing, this.alternatives, words);
  }

  get reasons(): readonly Reason[] {
    const said = this.#said;
    if (typeof said !== 'function') return said;
    const s = this.#plan;
    const results = s.size === 0 ? undefined : said(s);
    // The referral's readings are no longer held once the words are written.
    this.#said = !results
      ? s.noCriteria
      : this.verdict === 'eligible'
        ? results.map((r) => r.reason)
        : reasonsInOrder(results);
    return this.#said;
  }

  toJSON(): ServiceResult {
    const { serviceId, verdict, reasons, missing, alternatives } = this;
    return { serviceId, verdict, reasons, missing, alternatives };
  }
}
