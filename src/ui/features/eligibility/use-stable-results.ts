// The engine returns new objects on every evaluation. Keeping the previous object while its content is the same lets
// each memoised service row skip rendering: a change must not re-render 64 rows.
import { useMemo, useRef } from 'react';
import type { Reason, ServiceResult } from '../../../domain';

/** Whether two lists hold, item by item, what `same` calls the same (by default, the very same values). */
export function sameItems<T>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  same: (x: T, y: T) => boolean = Object.is,
): boolean {
  if (a === b) return true;
  return !!a && !!b && a.length === b.length && a.every((x, i) => same(x, b[i]!));
}

/** Compares two objects on `keys` only. */
export const sameFields =
  <T>(keys: readonly (keyof T)[]) =>
  (a: T, b: T): boolean =>
    keys.every((k) => a[k] === b[k]);

const sameReason = (a: Reason, b: Reason): boolean =>
  a === b ||
  (a.code === b.code &&
    a.status === b.status &&
    a.message === b.message &&
    a.finding === b.finding &&
    (a.citation === b.citation ||
      (a.citation.seed === b.citation.seed &&
        a.citation.section === b.citation.section &&
        a.citation.note === b.citation.note)) &&
    sameItems(a.alternatives, b.alternatives));

/**
 * True when a row would show the same thing for both results. Compared field by field rather than through a string
 * key: most strings are the catalogue's own (the same instance each time), so this costs a few pointer compares.
 */
export function sameResult(a: ServiceResult, b: ServiceResult): boolean {
  if (a === b) return true;
  if (a.serviceId !== b.serviceId || a.verdict !== b.verdict) return false;
  if (a.reasons.length !== b.reasons.length || a.missing.length !== b.missing.length) return false;
  for (let i = 0; i < a.reasons.length; i += 1) if (!sameReason(a.reasons[i]!, b.reasons[i]!)) return false;
  for (let i = 0; i < a.missing.length; i += 1) {
    const x = a.missing[i]!;
    const y = b.missing[i]!;
    if (x.fact !== y.fact || x.personId !== y.personId || x.label !== y.label) return false;
  }
  return sameItems(a.alternatives, b.alternatives);
}

/** Service id → result, reusing last time's object for every service whose result has not changed. */
export function useStableResults(results: readonly ServiceResult[]): ReadonlyMap<string, ServiceResult> {
  const previous = useRef<ReadonlyMap<string, ServiceResult>>(new Map());
  return useMemo(() => {
    const next = new Map<string, ServiceResult>();
    for (const r of results) {
      const old = previous.current.get(r.serviceId);
      next.set(r.serviceId, old && sameResult(old, r) ? old : r);
    }
    previous.current = next;
    return next;
  }, [results]);
}

/** `value` itself the first time, then the previous value for as long as `same` says the new one reads the same. */
export function useStable<T>(value: T, same: (before: T, after: T) => boolean): T {
  const held = useRef(value);
  if (held.current !== value && !same(held.current, value)) held.current = value;
  return held.current;
}
