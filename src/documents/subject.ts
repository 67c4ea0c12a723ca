import type { FiledReferral } from '../domain';
import { MARKING } from './summary/header-section';

const MAX_NAME = 100;

// A subject is one line: controls, bidi overrides and line breaks become spaces; long names are cut.
function subjectWords(name: string): string {
  const flat = name.replace(/[\p{Cc}\p{Cf}\u2028\u2029\s]+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length > MAX_NAME
    ? `${chars
        .slice(0, MAX_NAME - 1)
        .join('')
        .trimEnd()}…`
    : flat;
}

/**
 * The subject of the message: the marking, the kind, the reference and the service names —
 * never a family member's name, so it is built from the catalogue's names only.
 */
export function subjectFor(doc: Pick<FiledReferral, 'kind' | 'reference' | 'to'>): string {
  const names = doc.to.services.map((s) => subjectWords(s.name));
  const services =
    names.length <= 1
      ? names.join('')
      : names.length === 2
        ? `${names[0]} and ${names[1]}`
        : `${names[0]} and ${names.length - 1} more services`;
  return `${MARKING}: ${doc.kind === 'advice' ? 'Advice request' : 'Referral'} ${doc.reference} – ${services}`;
}
