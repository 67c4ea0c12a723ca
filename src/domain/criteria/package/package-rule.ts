import type { Citation } from '../citation.schema';
import type { FactReading } from '../../facts/fact';
import type { MissingFact } from '../kind';

export const matchesService = (patterns: readonly string[], serviceId: string): boolean =>
  patterns.some((p) => (p.endsWith('*') ? serviceId.startsWith(p.slice(0, -1)) : p === serviceId));

export type Severity = 'blocking' | 'advice';

/** A finding about the package of services as a whole (e.g. "at most three items"). */
export type Finding = {
  readonly code: string;
  readonly severity: Severity;
  readonly status: 'not-met' | 'missing' | 'review';
  readonly message: string;
  /** The seed behind the rule; absent for the engine's own checks (e.g. an unknown service id). */
  readonly citation?: Citation;
  readonly serviceIds: readonly string[];
  readonly missing: readonly MissingFact[];
};

export type RequestedItem = { readonly serviceId: string; readonly personIds: readonly string[] };

export interface PackageEnv {
  /** Services requested for referral (advice requests excluded). */
  readonly requested: readonly RequestedItem[];
  isChild(personId: string): boolean;
  read(factId: string): FactReading;
  label(factId: string): string;
}

/** A package rule kind: the facts it reads and how it evaluates; its data shape is in rules.schema.ts. */
export interface PackageRuleKind<R extends { kind: string }> {
  readonly kind: R['kind'];
  facts(rule: R): readonly string[];
  evaluate(rule: R, env: PackageEnv): Finding[];
}
