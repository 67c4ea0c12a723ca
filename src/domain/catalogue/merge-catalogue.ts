import type { Catalogue, ProviderCatalogue } from './catalogue.schema';

/** Merges provider files into one catalogue (validate it with `validateCatalogue`). */
export function mergeCatalogue(version: string, parts: readonly ProviderCatalogue[]): Catalogue {
  return {
    version,
    providers: parts.map((p) => p.provider),
    services: parts.flatMap((p) => p.services),
    ruleSets: parts.flatMap((p) => p.ruleSets ?? []),
    questions: parts.flatMap((p) => p.questions ?? []),
    packageRules: parts.flatMap((p) => p.packageRules ?? []),
    timeStandards: parts.flatMap((p) => p.timeStandards ?? []),
  };
}
