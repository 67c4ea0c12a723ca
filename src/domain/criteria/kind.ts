import type { FactReading } from '../facts/fact';
import type { Citation } from './citation.schema';
import type { ConditionResult } from './condition';

/** What a criterion that is not met does to the verdict. */
export type Outcome = 'ineligible' | 'review';
export type ReasonStatus = 'met' | 'not-met' | 'review' | 'missing';

export type Reason = {
  readonly code: string;
  readonly status: ReasonStatus;
  readonly message: string;
  readonly citation: Citation;
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
}

type Base = {
  id: string;
  requirement: string;
  citation: Citation;
  otherwise?: Outcome;
  alternatives?: readonly string[];
};

const missingFrom = (ids: readonly string[], label: (factId: string) => string, personId?: string): MissingFact[] =>
  [...new Set(ids)].map((fact) => ({ fact, label: label(fact), ...(personId ? { personId } : {}) }));

export const reasonOf = (c: Base, status: ReasonStatus, message = c.requirement): Reason => ({
  code: c.id,
  status,
  message,
  citation: c.citation,
  // Alternatives are offered once the answer is in and this service does not fit, not while facts are missing.
  ...((status === 'not-met' || status === 'review') && c.alternatives?.length ? { alternatives: c.alternatives } : {}),
});

export const met = (c: Base, message?: string): CriterionResult => ({
  status: 'met',
  reason: reasonOf(c, 'met', message),
  missing: [],
});

export const notMet = (c: Base, message?: string): CriterionResult => {
  const status: ReasonStatus = c.otherwise === 'review' ? 'review' : 'not-met';
  return { status, reason: reasonOf(c, status, message), missing: [] };
};

/** Turns the truth of a criterion's test into its result, naming missing and not-known facts. */
export function resultOf(c: Base, truth: ConditionResult, env: CriterionEnv, personId?: string): CriterionResult {
  if (truth.value === true) return met(c);
  if (truth.value === false) return notMet(c);
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
