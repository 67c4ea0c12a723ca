import { formatIssue, validateCatalogue, withoutNotes } from '../domain';
import type { Catalogue, Issue, Validated } from '../domain';
import generated from './generated/built-in.catalogue.json';

/** The built-in catalogue as `npm run build:catalogue` wrote it from the provider files, notes and all. */
export const authoredBuiltIn = (): Validated<Catalogue> => validateCatalogue(generated);

/** The built-in catalogue failed its checks: the words are for the person using the card. */
export class CatalogueCheckError extends Error {
  override readonly name = 'CatalogueCheckError';
  constructor(readonly issues: readonly Issue[]) {
    super(
      'The list of services could not be loaded because it failed its checks. Reload the page; if this keeps happening, tell your IT support team.',
    );
  }
}

/** The built-in catalogue, checked, with its notes; throws a CatalogueCheckError when it fails the checks. */
export function checkedAuthoredBuiltIn(): Catalogue {
  const result = authoredBuiltIn();
  if (!result.ok) throw new CatalogueCheckError(result.issues);
  return result.value;
}

/** What the card and the documents get: the built-in catalogue, checked, without its authoring notes. */
export const checkedBuiltIn = (): Catalogue => withoutNotes(checkedAuthoredBuiltIn());

/** For logs and the command line: the first problems, one a line. */
export const describeCheckError = (e: CatalogueCheckError) => e.issues.slice(0, 20).map(formatIssue).join('\n');
