import { z } from 'zod';
import type { Citation } from '../citation.schema';
import type { FactReading } from '../../facts/fact';
import type { MissingFact } from '../kind';

/** A service id, or a prefix ending in `*` (e.g. `notts.*`) naming every service of a provider. */
export const servicePatternSchema = z.string().regex(/^[a-z0-9.-]+\*?$/, { message: 'A service id, or a prefix ending in *' }).max(100);

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

export interface PackageRuleKind<R extends { kind: string }> {
  readonly kind: R['kind'];
  readonly schema: z.ZodType<R>;
  facts(rule: R): readonly string[];
  evaluate(rule: R, env: PackageEnv): Finding[];
}
