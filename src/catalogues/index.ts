import { withoutNotes } from '../domain';
import type { Catalogue } from '../domain';
import { checkedAuthoredBuiltIn } from './built-in';

/** The built-in catalogue with its authoring notes, for the command line and the docs (never the card). */
export const authoredCatalogue: Catalogue = checkedAuthoredBuiltIn();

/** The built-in catalogue: every provider file, merged and checked, without the authoring notes. */
export const catalogue: Catalogue = withoutNotes(authoredCatalogue);

/** Recorded in every referral.json filed; set in src/catalogues/providers/built-in.yaml. */
export const CATALOGUE_VERSION = catalogue.version;

export { CatalogueCheckError, checkedBuiltIn, describeCheckError } from './built-in';
export { providerFileJsonSchema, PROVIDER_FILE_JSON_SCHEMA } from './provider-file-json-schema';
