import { areaRequirement } from '../areas/area-words';
import type { Areas } from '../areas/area.schema';
import type { Citation } from '../criteria/citation.schema';
import type { Criterion } from '../criteria/criterion.schema';
import type { ProviderCatalogue } from './catalogue.schema';
import type { FileAreas, FileCitation, FileCriterion, ProviderFile } from './provider-file.schema';

/** The area criterion every service gets from its own areas or its provider's: never written by hand. */
function areaCriterion(serviceId: string, areas: Areas): Criterion {
  const { citation, ...where } = areas;
  return { kind: 'area', id: `${serviceId}.area`, requirement: areaRequirement(where), citation, ...where };
}

/**
 * Fills in what a provider file leaves to its defaults: citation seeds, each service's provider, mailbox, contacts
 * and rule sets, and each service's area criterion from the councils it serves.
 */
export function expandProviderFile(file: ProviderFile): ProviderCatalogue {
  const { provider: fileProvider, serviceDefaults: defaults = {} } = file;
  const cite = (c: FileCitation): Citation =>
    typeof c === 'string' ? { seed: fileProvider.seed, section: c } : { ...c, seed: c.seed ?? fileProvider.seed };
  const criterion = (c: FileCriterion): Criterion => ({ ...c, citation: cite(c.citation) }) as Criterion;
  const areasOf = (a: FileAreas): Areas => ({ ...a, citation: cite(a.citation) });
  const { areas: providerAreas, ...rest } = fileProvider;
  const provider = { ...rest, ...(providerAreas ? { areas: areasOf(providerAreas) } : {}) };
  return {
    provider,
    questions: (file.questions ?? []).map(({ citation, ...q }) => (citation ? { ...q, citation: cite(citation) } : q)),
    ruleSets: (file.ruleSets ?? []).map((r) => ({ ...r, criteria: r.criteria.map(criterion) })),
    services: file.services.map(({ areas: own, ...s }) => {
      const areas = own ? areasOf(own) : provider.areas;
      return {
        providerId: provider.id,
        ...(defaults.mailbox ? { mailbox: defaults.mailbox } : {}),
        ...(defaults.contacts ? { contacts: defaults.contacts } : {}),
        ...s,
        ruleSets: s.ruleSets ?? defaults.ruleSets ?? [],
        criteria: [...(areas ? [areaCriterion(s.id, areas)] : []), ...(s.criteria ?? []).map(criterion)],
        citations: s.citations.map(cite),
      };
    }),
    packageRules: (file.packageRules ?? []).map((r) => ({ ...r, citation: cite(r.citation) })),
    timeStandards: (file.timeStandards ?? []).map((t) => ({ ...t, citation: cite(t.citation) })),
  };
}
