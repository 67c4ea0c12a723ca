import type { Citation } from '../../criteria/citation.schema';
import type { CriterionResult, MissingFact, Reason } from '../../criteria/kind';
import type { ServiceResult, Verdict } from '../evaluation';
import type { ServicePlan } from './compile-plan';

/**
 * The results worked out for the criteria of one shape, and the referral they hold for: `key` numbers what the
 * shape reads (the day, its facts' readings and, where it reads people, the people and theirs).
 */
export type Entry = {
  readonly key: number;
  /** Numbers every entry an engine makes, in order: a service's outcome is kept under its entries' serials. */
  readonly serial: number;
  /** The ids of the criteria the results are theirs. */
  readonly from: readonly string[];
  readonly results: readonly CriterionResult[];
};

/** A service's result, and its criteria's reasons in catalogue order (for the next outcome to take from). */
export type Outcome = { readonly result: ServiceResult; readonly reasons: readonly Reason[] };

/** An earlier outcome's reasons, and the serials of the entries its parts were made from (from `at` on). */
export type Before = { readonly reasons: readonly Reason[]; readonly serials: Int32Array; readonly at: number };

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
function reasonsInOrder(templates: readonly CriterionResult[], reasons: readonly Reason[]): Reason[] {
  const ordered: Reason[] = [];
  for (const status of ORDER) {
    for (let i = 0; i < templates.length; i += 1) if (templates[i]!.status === status) ordered.push(reasons[i]!);
  }
  return ordered;
}

/**
 * The facts still needed, once each by person and fact (the last one named wins, in the first one's place). The
 * lists are short, so a search beats building a key for each.
 */
function missingOf(templates: readonly CriterionResult[]): readonly MissingFact[] {
  let missing: MissingFact[] | undefined;
  for (const t of templates) {
    for (const m of t.missing) {
      missing ??= [];
      const person = m.personId ?? '';
      let at = 0;
      while (at < missing.length && (missing[at]!.fact !== m.fact || (missing[at]!.personId ?? '') !== person)) at += 1;
      missing[at] = m;
    }
  }
  return missing ?? NO_MISSING;
}

function alternativesOf(reasons: readonly Reason[]): readonly string[] {
  let alternatives: Set<string> | undefined;
  for (const r of reasons) if (r.alternatives) for (const a of r.alternatives) (alternatives ??= new Set()).add(a);
  return alternatives ? [...alternatives] : NO_ALTERNATIVES;
}

/** One service's verdict, reasons, missing facts and alternatives. */
function serviceResult(s: ServicePlan, templates: readonly CriterionResult[], reasons: readonly Reason[]) {
  let notMet = false;
  let missingSeen = false;
  let review = false;
  for (const t of templates) {
    if (t.status === 'not-met') notMet = true;
    else if (t.status === 'missing') missingSeen = true;
    else if (t.status === 'review') review = true;
  }
  const verdict: Verdict = notMet ? 'ineligible' : missingSeen ? 'incomplete' : review ? 'review' : 'eligible';
  const result: ServiceResult = {
    serviceId: s.service.id,
    verdict,
    reasons: s.size === 0 ? s.noCriteria : verdict === 'eligible' ? reasons : reasonsInOrder(templates, reasons),
    missing: missingOf(templates),
    alternatives: alternativesOf(reasons),
  };
  return result;
}

/**
 * A service's outcome from its parts' entries (in the order of its parts). A part whose entry is the one `before`
 * was made from keeps its reasons; the others' results are stamped with their criterion's id and citation.
 */
export function newOutcome(s: ServicePlan, entries: readonly Entry[], before: Before | undefined): Outcome {
  const n = s.size;
  const templates = new Array<CriterionResult>(n);
  const reasons = new Array<Reason>(n);
  for (let k = 0; k < s.parts.length; k += 1) {
    const { at } = s.parts[k]!;
    const entry = entries[k]!;
    const same = before !== undefined && before.serials[before.at + k] === entry.serial;
    for (let m = 0; m < at.length; m += 1) {
      const i = at[m]!;
      const t = entry.results[m]!;
      templates[i] = t;
      reasons[i] = same ? before.reasons[i]! : stamped(t.reason, entry.from[m]!, s.ids[i]!, s.citations[i]!);
    }
  }
  return { result: serviceResult(s, templates, reasons), reasons };
}
