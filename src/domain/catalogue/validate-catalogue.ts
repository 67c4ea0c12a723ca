import { catalogueSchema } from './catalogue.schema';
import type { Catalogue } from './catalogue.schema';
import { factRegistryFor } from './fact-registry';
import { kindOf } from '../criteria/kinds';
import type { Criterion } from '../criteria';
import { matchesService, packageKindOf } from '../criteria/package/rules';
import type { Issue, Validated } from '../common/issues';
import { validateWith } from '../common/issues';

export { mergeCatalogue } from './merge-catalogue';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Checks that every reference in a schema-valid catalogue resolves. */
function referenceIssues(c: Catalogue): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], code: string, message: string) => issues.push({ path, code, message });
  for (const [key, list] of [
    ['providers', c.providers],
    ['services', c.services],
    ['ruleSets', c.ruleSets],
    ['questions', c.questions],
    ['packageRules', c.packageRules],
    ['timeStandards', c.timeStandards],
  ] as const) {
    for (const id of duplicates(list.map((x) => x.id))) add([key], 'duplicate_id', `Id "${id}" is used more than once`);
  }
  const providers = new Set(c.providers.map((p) => p.id));
  const services = new Set(c.services.map((s) => s.id));
  const ruleSets = new Map(c.ruleSets.map((r) => [r.id, r]));
  const { facts } = factRegistryFor(c);

  const checkCriterion = (crit: Criterion, path: (string | number)[]) => {
    // A child-level area criterion reads each child's facts as a person criterion does.
    const who = crit.kind === 'person' ? crit.who : crit.kind === 'area' && crit.who === 'child' ? 'child' : undefined;
    for (const fact of kindOf(crit).facts(crit)) {
      const def = facts.get(fact);
      if (!def) add(path, 'unknown_fact', `Unknown fact "${fact}"`);
      else if (def.scope !== 'family' && def.scope !== who && !(crit.kind === 'age' && def.scope === 'child')) {
        add(
          path,
          'fact_scope',
          `Fact "${fact}" is about a ${def.scope}; use it in a person criterion with who: "${def.scope}"`,
        );
      }
    }
    for (const alt of crit.alternatives ?? [])
      if (!services.has(alt)) add(path, 'unknown_service', `Alternative "${alt}" is not a service`);
  };

  c.services.forEach((s, i) => {
    if (!providers.has(s.providerId))
      add(['services', i, 'providerId'], 'unknown_provider', `Provider "${s.providerId}" is not in the catalogue`);
    s.ruleSets.forEach((r, j) => {
      if (!ruleSets.has(r))
        add(['services', i, 'ruleSets', j], 'unknown_rule_set', `Rule set "${r}" is not in the catalogue`);
    });
    if (s.criteria.length === 0 && s.ruleSets.length === 0)
      add(['services', i], 'no_criteria', `Service "${s.id}" has no criteria`);
    for (const id of duplicates([
      ...s.criteria.map((x) => x.id),
      ...s.ruleSets.flatMap((r) => ruleSets.get(r)?.criteria.map((x) => x.id) ?? []),
    ])) {
      add(['services', i], 'duplicate_criterion', `Criterion "${id}" applies to "${s.id}" more than once`);
    }
    s.criteria.forEach((crit, j) => checkCriterion(crit, ['services', i, 'criteria', j]));
  });
  c.ruleSets.forEach((r, i) => r.criteria.forEach((crit, j) => checkCriterion(crit, ['ruleSets', i, 'criteria', j])));
  c.packageRules.forEach((rule, i) => {
    rule.services.forEach((p, j) => {
      if (!c.services.some((s) => matchesService([p], s.id)))
        add(['packageRules', i, 'services', j], 'unknown_service', `"${p}" matches no service`);
    });
    for (const fact of packageKindOf(rule).facts(rule)) {
      const def = facts.get(fact);
      if (!def) add(['packageRules', i], 'unknown_fact', `Unknown fact "${fact}"`);
      else if (def.scope !== 'family')
        add(['packageRules', i], 'fact_scope', `Package rules read family facts only, not "${fact}"`);
    }
  });
  c.timeStandards.forEach((t, i) =>
    (t.appliesTo ?? []).forEach((id, j) => {
      if (!services.has(id)) add(['timeStandards', i, 'appliesTo', j], 'unknown_service', `"${id}" is not a service`);
    }),
  );
  return issues;
}

/** Validates a catalogue: its shape, then that every id is unique and every reference resolves. */
export function validateCatalogue(input: unknown): Validated<Catalogue> {
  const shape = validateWith(catalogueSchema, input);
  if (!shape.ok) return shape;
  const issues = referenceIssues(shape.value);
  return issues.length ? { ok: false, issues } : shape;
}
export { expandProviderFile } from './expand-provider-file';
export { withoutNotes } from './without-notes';
export * from './provider-file.schema';
