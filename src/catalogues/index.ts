import { mergeCatalogue, validateCatalogue } from '../domain';
import type { Catalogue } from '../domain';
import { dvip } from './dvip.catalogue';
import { lbbdDomesticAbuse } from './lbbd-domestic-abuse.catalogue';
import { lewishamFamilyHub } from './lewisham-family-hub.catalogue';
import { northumbriaCada } from './northumbria-cada.catalogue';
import { nottsGfpo } from './notts-gfpo.catalogue';

/** Bump when any service, criterion or rule changes: it is recorded in every referral.json filed. */
export const CATALOGUE_VERSION = '2026.11.0';

export const PROVIDER_CATALOGUES = [lewishamFamilyHub, lbbdDomesticAbuse, nottsGfpo, northumbriaCada, dvip] as const;

/** The built-in catalogue: every provider from the seeds, merged. Validated by `validatedCatalogue()` and the tests. */
export const catalogue: Catalogue = mergeCatalogue(CATALOGUE_VERSION, PROVIDER_CATALOGUES);

/** The built-in catalogue after validation; throws (at start-up, not per request) if a provider file is wrong. */
export function validatedCatalogue(): Catalogue {
  const result = validateCatalogue(catalogue);
  if (!result.ok) {
    const lines = result.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`The built-in catalogue is invalid:\n${lines.join('\n')}`);
  }
  return result.value;
}
