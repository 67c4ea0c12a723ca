// How a person, an address and a phone number read in the summary: the same in the family table, the person
// causing harm and the contact details.
import { ADULT_ROLES, PHONE_KINDS, councilName } from '../../domain';
import type { Address, Person, Phone } from '../../domain';
import { ageOn, ukDate } from '../text/words';
import { data, words } from './summary.types';
import type { Span } from './summary.types';

/** "2 June 2014 (age 12)", "About 40 (date of birth not known)", "Expected 1 February 2027 (not yet born)". */
export function birthWords(p: Person, today: string): string {
  if (p.dateOfBirth) {
    const age = ageOn(p.dateOfBirth, today);
    return `${ukDate(p.dateOfBirth)}${age === undefined ? '' : ` (age ${age})`}`;
  }
  if (p.kind === 'child' && p.expectedDate) return `Expected ${ukDate(p.expectedDate)} (not yet born)`;
  if (p.approximateAge !== undefined) return `About ${p.approximateAge} (date of birth not known)`;
  return p.dateOfBirthNotKnown ? 'Date of birth not known' : 'Not given';
}

/** Who a person is to the family: "Child", or an adult's relationship in the referrer's words and their role. */
export function whoSpans(p: Person): Span[] {
  if (p.kind === 'child') return [words(p.expectedDate && !p.dateOfBirth ? 'Unborn child' : 'Child')];
  return [data(p.relationship), words(` (${(ADULT_ROLES[p.role] ?? p.role).toLowerCase()})`)];
}

/** Each part of an address isolated on its own, joined by commas. */
export function addressSpans(a: Address): Span[] {
  const parts = [a.line1, a.line2, a.town, a.postcode].filter((x): x is string => Boolean(x));
  return parts.flatMap((p, i) => (i === 0 ? [data(p)] : [words(', '), data(p)]));
}

export function phoneSpans(p: Phone): Span[] {
  const kind = p.kind ? PHONE_KINDS[p.kind].toLowerCase() : undefined;
  const about: Span[] = [
    ...(kind ? [words(kind)] : []),
    ...(kind && p.whose ? [words(', ')] : []),
    ...(p.whose ? [data(p.whose)] : []),
  ];
  return [data(p.number), ...(about.length ? [words(' ('), ...about, words(')')] : [])];
}

/** Span lists joined with `separator` in our own words. */
export const joined = (parts: readonly (readonly Span[])[], separator = '; '): Span[] =>
  parts.flatMap((p, i) => (i === 0 ? [...p] : [words(separator), ...p]));

/** "a", "a or b", "a, b or c". */
export function orWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The people recorded as having used abusive behaviour, in the order they were entered. */
export const peopleCausingHarm = (people: readonly Person[]) =>
  people.filter(
    (p): p is Extract<Person, { kind: 'adult' }> => p.kind === 'adult' && p.abuseRole === 'person-causing-harm',
  );

/** A council area by name ("Lewisham"); else the name the referrer recorded, else the code, as data. */
export function councilSpans(code: string | undefined, recordedName?: string): Span[] | undefined {
  const known = councilName(code);
  if (known) return [words(known)];
  const shown = recordedName?.trim() || code;
  return shown ? [data(shown)] : undefined;
}
