// Facts that belong to one person (a child's behaviours, an adult's drug or alcohol misuse), and the family-level
// facts read from them where a service's rule speaks of the family ("a parent or carer is actively misusing
// substances"). A family-level answer stays possible for a referrer who cannot say which person is meant.
import { isRecord } from '../common/is-record';
import { BEHAVIOURS, DIAGNOSES, STATUTORY_STATUSES } from '../referral/vocabulary';
import type { FactDefinition, FactReading } from './fact';
import { MISSING, NOT_KNOWN, known, valueAt } from './fact';
import { ANSWER_OPTIONS, answerFact, derivedFact, multiFact, optionsOf } from './readers';

type Person = Readonly<Record<string, unknown>>;
type Answer = 'yes' | 'no' | 'not-known' | undefined;
const answerOf = (v: unknown): Answer => (v === 'yes' || v === 'no' || v === 'not-known' ? v : undefined);

/**
 * The family's answer or-ed with each counted adult's own: yes if the family answer or any adult says yes; no when
 * the family answer says no, or every counted adult does; not known when the family answer is "not known" or, with
 * none unanswered, an adult's is; else still to ask.
 */
export function familyOrAnyAdult(family: unknown, adults: readonly unknown[]): FactReading {
  const own = answerOf(family);
  const each = adults.map(answerOf);
  if (own === 'yes' || each.includes('yes')) return known('yes');
  if (own === 'no' || (each.length > 0 && each.every((a) => a === 'no'))) return known('no');
  if (own === 'not-known') return NOT_KNOWN;
  return each.length === 0 || each.includes(undefined) ? MISSING : NOT_KNOWN;
}

const adultsIn = (referral: unknown, counts: (adult: Person) => boolean): Person[] => {
  const people = valueAt(referral, ['people']);
  return Array.isArray(people) ? people.filter(isRecord).filter((p) => p.kind === 'adult' && counts(p)) : [];
};

/** A family-level yes/no fact, answered for the family or read from the adults it is about. */
const familyFromAdults = (field: string, label: string, counts: (adult: Person) => boolean): FactDefinition =>
  derivedFact(
    { id: `risks.${field}`, label, type: 'answer', path: ['risks', field], options: ANSWER_OPTIONS },
    (referral) =>
      familyOrAnyAdult(
        valueAt(referral, ['risks', field]),
        adultsIn(referral, counts).map((a) => a[field]),
      ),
  );

// "A parent or carer": the adults who care for the children, so not one the referral says lives elsewhere.
const inHousehold = (adult: Person) => adult.livesInHousehold !== 'no';
const causedHarm = (adult: Person) => adult.abuseRole === 'person-causing-harm';

/** Statutory status: every status that applies at once; "not known" reads as not known. */
const statutoryStatus = derivedFact(
  {
    id: 'context.statutoryStatus',
    label: 'Statutory status (every one that applies)',
    type: 'multi',
    path: ['context', 'statutoryStatus'],
    options: optionsOf(STATUTORY_STATUSES),
  },
  (referral) => {
    const raw = valueAt(referral, ['context', 'statutoryStatus']);
    // A single status is a v1 answer not yet migrated: read it as a list of one.
    const list: unknown[] | undefined = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : undefined;
    if (!list) return MISSING;
    const values = list.filter((s): s is string => typeof s === 'string' && s in STATUTORY_STATUSES);
    if (values.includes('not-known')) return NOT_KNOWN;
    // Nothing chosen yet is unanswered: "No statutory involvement" is a choice of its own.
    return values.length ? known([...new Set(values)]) : MISSING;
  },
);

export const PERSON_FACTS: readonly FactDefinition[] = [
  statutoryStatus,
  multiFact(
    { id: 'child.behaviours', label: "This child's behaviours", scope: 'child', path: ['behaviours'] },
    BEHAVIOURS,
  ),
  multiFact({ id: 'child.diagnoses', label: "This child's diagnoses", scope: 'child', path: ['diagnoses'] }, DIAGNOSES),
  answerFact({
    id: 'child.affectedByDomesticAbuse',
    label: 'Has this child been affected by domestic abuse (seen, heard or lived with it)?',
    scope: 'child',
    path: ['affectedByDomesticAbuse'],
  }),
  answerFact({
    id: 'adult.activeSubstanceMisuse',
    label: 'Is this adult actively misusing drugs or alcohol?',
    scope: 'adult',
    path: ['activeSubstanceMisuse'],
  }),
  answerFact({
    id: 'adult.severeMentalHealth',
    label: 'Does this adult have severe mental health needs requiring specialist therapeutic help?',
    scope: 'adult',
    path: ['severeMentalHealth'],
  }),
  // The family-level question asks this of the person who used abusive behaviour, so it answers for them.
  derivedFact(
    {
      id: 'adult.criminalJusticeInvolvement',
      label: 'Is this adult going through the criminal justice system?',
      type: 'answer',
      scope: 'adult',
      path: ['criminalJusticeInvolvement'],
      options: ANSWER_OPTIONS,
    },
    (referral, ctx) => {
      const person = ctx.person ?? {};
      const own = answerOf(person.criminalJusticeInvolvement);
      const read =
        own ?? (causedHarm(person) ? answerOf(valueAt(referral, ['risks', 'criminalJusticeInvolvement'])) : undefined);
      return read === undefined ? MISSING : read === 'not-known' ? NOT_KNOWN : known(read);
    },
  ),
  familyFromAdults(
    'severeMentalHealth',
    'Does a parent or carer have severe mental health needs requiring specialist therapeutic help?',
    inHousehold,
  ),
  familyFromAdults('activeSubstanceMisuse', 'Is a parent or carer actively misusing drugs or alcohol?', inHousehold),
  familyFromAdults(
    'criminalJusticeInvolvement',
    'Is the person who used abusive behaviour going through the criminal justice system?',
    causedHarm,
  ),
];
