// Each service's criteria with those of its shared rule sets, as the engine applies them (its shared rule sets).
import type { Catalogue, Criterion } from '../../../domain';

const cache = new WeakMap<Catalogue, ReadonlyMap<string, readonly Criterion[]>>();

/** Service id → every criterion that applies to it; built once per catalogue object. */
export function criteriaByService(catalogue: Catalogue): ReadonlyMap<string, readonly Criterion[]> {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const ruleSets = new Map(catalogue.ruleSets.map((r) => [r.id, r.criteria]));
  const map = new Map(
    catalogue.services.map(
      (s) => [s.id, [...s.ruleSets.flatMap((id) => ruleSets.get(id) ?? []), ...s.criteria]] as const,
    ),
  );
  cache.set(catalogue, map);
  return map;
}
