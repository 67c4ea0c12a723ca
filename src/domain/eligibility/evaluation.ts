import type { MissingFact, Reason } from '../criteria/kind';
import type { Finding } from '../criteria/package/rules';

export type Verdict = 'eligible' | 'ineligible' | 'review' | 'incomplete';

export type ServiceResult = {
  readonly serviceId: string;
  readonly verdict: Verdict;
  /** Why: every criterion's finding, the deciding ones first. Never empty. */
  readonly reasons: readonly Reason[];
  /** The facts still needed before a verdict can be given (for `incomplete`). */
  readonly missing: readonly MissingFact[];
  /** Services to consider instead, where a criterion that is not met names them. */
  readonly alternatives: readonly string[];
};

export type Evaluation = { readonly results: readonly ServiceResult[]; readonly package: readonly Finding[] };

export type EvaluateOptions = {
  /** The moment of evaluation; ages and dates are taken in Europe/London at this instant. */
  readonly now: Date;
  /** Only these services (default: every service in the catalogue). */
  readonly serviceIds?: readonly string[];
};
