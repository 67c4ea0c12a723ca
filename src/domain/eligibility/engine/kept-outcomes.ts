import type { Reason } from '../../criteria/kind';
import type { ServiceResult } from '../evaluation';
import type { Plan } from './compile-plan';
import type { Before } from './service-result';

/**
 * How many outcomes an engine keeps per service, and results per shape: enough that going back to an earlier answer
 * (yes, no, yes) finds them again, few enough that memory stays a small multiple of the catalogue's.
 */
export const KEEP = 4;

/**
 * Each service's last few outcomes, each under the serials of the entries it was made from (one per part). The
 * serials sit in one typed list, service after service, so finding that a service's outcome still holds reads a few
 * numbers side by side rather than objects spread over memory (this runs for thousands of services per change).
 */
export type KeptOutcomes = {
  /** Service i's outcome j's serials: `KEEP * partStart[i] + j * parts` onwards. */
  readonly serials: Int32Array;
  /** Service i's outcome j's result and reasons at `KEEP * i + j`, and the round it was last used in (0: none). */
  readonly results: (ServiceResult | undefined)[];
  readonly reasons: (readonly Reason[] | undefined)[];
  readonly used: Int32Array;
};

export function newKeptOutcomes(plan: Plan): KeptOutcomes {
  const services = plan.services.length;
  return {
    serials: new Int32Array(KEEP * plan.partStart[services]!),
    results: new Array<ServiceResult | undefined>(KEEP * services).fill(undefined),
    reasons: new Array<readonly Reason[] | undefined>(KEEP * services).fill(undefined),
    used: new Int32Array(KEEP * services),
  };
}

/** Service i's kept outcome made from the entries with these serials, marked used in this round; or none. */
export function keptOutcome(kept: KeptOutcomes, plan: Plan, i: number, serials: Int32Array, round: number) {
  const start = plan.partStart[i]!;
  const parts = plan.partStart[i + 1]! - start;
  for (let j = 0; j < KEEP; j += 1) {
    if (kept.used[KEEP * i + j] === 0) continue;
    const at = KEEP * start + j * parts;
    let k = 0;
    while (k < parts && kept.serials[at + k] === serials[k]) k += 1;
    if (k === parts) {
      kept.used[KEEP * i + j] = round;
      return kept.results[KEEP * i + j];
    }
  }
  return undefined;
}

/** Service i's most recently used outcome, whose reasons a new outcome takes where its parts' entries are the same. */
export function newestOutcome(kept: KeptOutcomes, plan: Plan, i: number): Before | undefined {
  let newest = -1;
  for (let j = 0; j < KEEP; j += 1) {
    if (kept.used[KEEP * i + j]! > (newest < 0 ? 0 : kept.used[KEEP * i + newest]!)) newest = j;
  }
  if (newest < 0) return undefined;
  const start = plan.partStart[i]!;
  const at = KEEP * start + newest * (plan.partStart[i + 1]! - start);
  return { reasons: kept.reasons[KEEP * i + newest]!, serials: kept.serials, at };
}

/** Keeps service i's new outcome in place of the one used least recently. */
export function keepOutcome(
  kept: KeptOutcomes,
  plan: Plan,
  i: number,
  serials: Int32Array,
  outcome: { readonly result: ServiceResult; readonly reasons: readonly Reason[] },
  round: number,
) {
  let oldest = 0;
  for (let j = 1; j < KEEP; j += 1) if (kept.used[KEEP * i + j]! < kept.used[KEEP * i + oldest]!) oldest = j;
  const start = plan.partStart[i]!;
  const parts = plan.partStart[i + 1]! - start;
  kept.serials.set(serials.subarray(0, parts), KEEP * start + oldest * parts);
  kept.results[KEEP * i + oldest] = outcome.result;
  kept.reasons[KEEP * i + oldest] = outcome.reasons;
  kept.used[KEEP * i + oldest] = round;
}
