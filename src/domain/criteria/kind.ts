import type { FactReading } from '../facts/fact';
import type { Citation } from './citation.schema';
import type { ConditionResult, Truth } from './condition';
import { findingOf } from './finding';

/** What a criterion that is not met does to the verdict. */
export type Outcome = 'ineligible' | 'review';
export type ReasonStatus = 'met' | 'not-met' | 'review' | 'missing';

export type Reason = {
  readonly code: string;
  readonly status: ReasonStatus;
  readonly message: string;
  readonly citation: Citation;
  /** What was found, in plain words (finding.ts); shown in place of the rule where there is one. */
  readonly finding?: string;
  /** Services to use instead, where the seed says "not this, use that". */
  readonly alternatives?: readonly string[];
};

/** A fact the engine still needs, so the form can ask exactly that. */
export type MissingFact = { readonly fact: string; readonly label: string; readonly personId?: string };

export type CriterionResult = {
  readonly status: ReasonStatus;
  readonly reason: Reason;
  readonly missing: readonly MissingFact[];
};

/** A criterion's status and the facts it still needs, without its words: what weighing a person needs. */
export type Judged = {
  readonly status: ReasonStatus;
  readonly missing: readonly MissingFact[];
  /** Set where the criterion threw and is reported for a person to check: it then offers no alternatives. */
  readonly unchecked?: true;
};

/** A person the service is for, as found in the (untrusted) referral. */
export type Target = {
  readonly id: string;
  readonly kind: 'child' | 'adult';
  readonly record: Readonly<Record<string, unknown>>;
};

export interface CriterionEnv {
  /** Europe/London date of evaluation, YYYY-MM-DD. */
  readonly today: string;
  /** Reads a family fact, or a child/adult fact of `person`. */
  read(factId: string, person?: Target): FactReading;
  label(factId: string): string;
  /** What a fact says for the family, or for one person by id, in plain words; undefined while unanswered. */
  statement?(factId: string, personId?: string): string | undefined;
  /** The people of one kind that the service is for (the requested ones, or every one when not yet requested). */
  targets(who: 'child' | 'adult'): readonly Target[];
}

/**
 * A criterion kind declares the facts it needs and how it evaluates and explains itself; its data shape is declared
 * beside it in `<kind>.criterion.schema.ts`, so evaluating loads no zod (kept off the card's first screen).
 */
export interface CriterionKind<C extends { kind: string }> {
  readonly kind: C['kind'];
  /** True when the result depends on which people the service is for; false lets the engine share one result between services. */
  readonly readsPeople: boolean;
  facts(c: C): readonly string[];
  evaluate(c: C, env: CriterionEnv): CriterionResult;
  /** `evaluate`'s status and missing facts without its words, where a kind can give them more cheaply. */
  statusOf?(c: C, env: CriterionEnv): Judged;
  /**
   * Same-person rules. A criterion about one person (an age, where a child lives, a child's own need) says whom with
   * `personScope`: 'child' or 'adult', or undefined when it is about the family. The engine then judges every
   * criterion of a service with the same scope together, person by person, with `evaluatePerson`, so that ONE
   * person must meet them all ("a child aged 5 to 17 who lives in the borough"), and names that person in the
   * reasons (same-person.ts). `evaluatePerson` judges the one person given and never looks at the others; a message
   * that begins with the person's name gets the age added after it ("Sam (12) lives in …"), any other is prefixed
   * with it. A kind gives both or neither; `evaluate` stays, as the same judgement over the service's people alone.
   */
  personScope?(c: C): PersonScope | undefined;
  evaluatePerson?(c: C, env: CriterionEnv, person: Target): CriterionResult;
  /**
   * `evaluatePerson`'s status and missing facts without its words, where a kind can give them more cheaply: a group
   * weighs every person by status and words only the person its reasons name. Must agree with `evaluatePerson`.
   */
  statusOfPerson?(c: C, env: CriterionEnv, person: Target): Judged;
}

export type PersonScope = Target['kind'];

type Base = {
  id: string;
  requirement: string;
  met?: string;
  notMet?: string;
  citation: Citation;
  otherwise?: Outcome;
  alternatives?: readonly string[];
};

/** The facts still to ask, once each, in order (built on every change for every criterion that waits on one). */
function missingFrom(ids: readonly string[], label: (factId: string) => string, personId?: string): MissingFact[] {
  const missing: MissingFact[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    const fact = ids[i]!;
    if (ids.indexOf(fact) !== i) continue;
    missing.push(personId ? { fact, label: label(fact), personId } : { fact, label: label(fact) });
  }
  return missing;
}

/** No missing facts: one shared, frozen list (a result is built for every criterion on every keystroke). */
const NONE: readonly MissingFact[] = Object.freeze([]);

export function reasonOf(c: Base, status: ReasonStatus, message = c.requirement, finding?: string): Reason {
  const reason: { -readonly [K in keyof Reason]: Reason[K] } = { code: c.id, status, message, citation: c.citation };
  if (finding !== undefined) reason.finding = finding;
  // Alternatives are offered once the answer is in and this service does not fit, not while facts are missing.
  if ((status === 'not-met' || status === 'review') && c.alternatives?.length) reason.alternatives = c.alternatives;
  return reason;
}

export const met = (c: Base, message?: string): CriterionResult => ({
  status: 'met',
  reason: reasonOf(c, 'met', message),
  missing: NONE,
});

export const notMet = (c: Base, message?: string): CriterionResult => {
  const status: ReasonStatus = c.otherwise === 'review' ? 'review' : 'not-met';
  return { status, reason: reasonOf(c, status, message), missing: NONE };
};

/** The decided statuses, needing no facts: one shared object each. */
export const DECIDED: Readonly<Record<Exclude<ReasonStatus, 'missing'>, Judged>> = {
  met: { status: 'met', missing: NONE },
  'not-met': { status: 'not-met', missing: NONE },
  review: { status: 'review', missing: NONE },
};

/** `resultOf`'s status for a test whose value is decided or not known, without its words. */
export function decidedStatus(c: Base, truth: Exclude<Truth, 'missing'>): Judged {
  if (truth === true) return DECIDED.met;
  if (truth === false) return DECIDED[c.otherwise === 'review' ? 'review' : 'not-met'];
  return DECIDED.review;
}

/** `resultOf`'s status for a test whose value is missing: the facts it waits on, to ask. */
export const waitingStatus = (facts: readonly string[], env: CriterionEnv, personId?: string): Judged => ({
  status: 'missing',
  missing: missingFrom(facts, env.label, personId),
});

/** Turns the truth of a criterion's test into its result, naming missing and not-known facts. */
export function resultOf(c: Base, truth: ConditionResult, env: CriterionEnv, personId?: string): CriterionResult {
  if (truth.value === true || truth.value === false) {
    const { status } = decidedStatus(c, truth.value);
    const finding = findingOf(c, truth.value, truth, env, personId);
    return { status, reason: reasonOf(c, status, c.requirement, finding), missing: NONE };
  }
  if (truth.value === 'missing') {
    return {
      status: 'missing',
      reason: reasonOf(c, 'missing'),
      missing: missingFrom(truth.missing, env.label, personId),
    };
  }
  const labels = [...new Set(truth.notKnown)].map((f) => env.label(f)).join('; ');
  return { status: 'review', reason: reasonOf(c, 'review', `Not known: ${labels}. ${c.requirement}`), missing: [] };
}

export { missingFrom };
