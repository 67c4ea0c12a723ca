import { isRecord, issuesFromZod, validateCatalogue } from '../../domain';
import type { Catalogue, Issue } from '../../domain';
import { overlaySchema } from './overlay.schema';

export type ApplyOverlayResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: readonly Issue[] };

/**
 * Merges a council's overlay into a catalogue (usually one from `importOruk`) and validates the result.
 * Issue paths: `services.<id>…` for unknown ids in the overlay, zod paths into the overlay for a bad
 * overlay, and catalogue paths (service index replaced by its id) for problems in the merged catalogue.
 */
export function applyOverlay(catalogue: Catalogue, overlay: unknown): ApplyOverlayResult {
  const parsed = overlaySchema.safeParse(overlay);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const o = parsed.data;

  // Keys are read from the raw input: zod drops a "__proto__" key, and no key may vanish silently.
  const rawServices = isRecord(overlay) && isRecord(overlay.services) ? overlay.services : {};
  const known = new Set(catalogue.services.map((s) => s.id));
  const unknown: Issue[] = Object.keys(rawServices)
    .filter((id) => !known.has(id))
    .map((id) => ({
      path: ['services', id],
      code: 'unknown_service',
      message: `The overlay names service "${id}", which is not in the catalogue`,
    }));
  if (unknown.length) return { ok: false, issues: unknown };

  const patches = new Map(Object.entries(o.services ?? {}));
  const merged: Catalogue = {
    ...catalogue,
    version: o.version ?? catalogue.version,
    services: catalogue.services.map((s) => {
      const patch = patches.get(s.id);
      if (!patch) return s;
      return {
        ...s,
        criteria: patch.replaceCriteria ? [...(patch.criteria ?? [])] : [...s.criteria, ...(patch.criteria ?? [])],
        ruleSets: [...new Set([...s.ruleSets, ...(patch.ruleSets ?? [])])],
        ...(patch.mailbox ? { mailbox: patch.mailbox } : {}),
        ...(patch.contacts ? { contacts: patch.contacts } : {}),
      };
    }),
    ruleSets: [...catalogue.ruleSets, ...(o.ruleSets ?? [])],
    questions: [...catalogue.questions, ...(o.questions ?? [])],
    packageRules: [...catalogue.packageRules, ...(o.packageRules ?? [])],
  };
  const valid = validateCatalogue(merged);
  if (valid.ok) return { ok: true, catalogue: valid.value };
  return {
    ok: false,
    issues: valid.issues.map((i) => {
      const [head, index, ...rest] = i.path;
      const id = head === 'services' && typeof index === 'number' ? merged.services[index]?.id : undefined;
      return id ? { ...i, path: ['services', id, ...rest] } : i;
    }),
  };
}
