import type { Citation } from '../criteria/citation.schema';
import type { Criterion } from '../criteria/criterion.schema';
import type { ProviderCatalogue } from './catalogue.schema';
import type { FileCitation, FileCriterion, ProviderFile } from './provider-file.schema';

/** Fills in what a provider file leaves to its defaults: citation seeds, and each service's provider, mailbox, contacts and rule sets. */
export function expandProviderFile(file: ProviderFile): ProviderCatalogue {
  const { provider, serviceDefaults: defaults = {} } = file;
  const cite = (c: FileCitation): Citation =>
    typeof c === 'string' ? { seed: provider.seed, section: c } : { ...c, seed: c.seed ?? provider.seed };
  const criterion = (c: FileCriterion): Criterion => ({ ...c, citation: cite(c.citation) }) as Criterion;
  return {
    provider,
    questions: (file.questions ?? []).map(({ citation, ...q }) => (citation ? { ...q, citation: cite(citation) } : q)),
    ruleSets: (file.ruleSets ?? []).map((r) => ({ ...r, criteria: r.criteria.map(criterion) })),
    services: file.services.map((s) => ({
      providerId: provider.id,
      ...(defaults.mailbox ? { mailbox: defaults.mailbox } : {}),
      ...(defaults.contacts ? { contacts: defaults.contacts } : {}),
      ...s,
      ruleSets: s.ruleSets ?? defaults.ruleSets ?? [],
      criteria: (s.criteria ?? []).map(criterion),
      citations: s.citations.map(cite),
    })),
    packageRules: (file.packageRules ?? []).map((r) => ({ ...r, citation: cite(r.citation) })),
    timeStandards: (file.timeStandards ?? []).map((t) => ({ ...t, citation: cite(t.citation) })),
  };
}
