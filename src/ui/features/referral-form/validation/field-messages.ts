// Plain-words messages for problems zod reports in its own words (GOV.UK style: say what to do).
import { dateProblem } from '../../../components/uk-date';
import { getIn } from '../../../state/draft';
import type { FieldPath } from '../../../components/field-id';

/** `invalid`: what to say of any answer given that is not right (a number out of range, a fraction). */
type Rule = { readonly label: string; readonly missing?: string; readonly date?: true; readonly invalid?: string };

const supportRules = (list: string): Record<string, Rule> => ({
  [`support.${list}.*.service`]: { label: 'Service', missing: 'Enter the name of the service' },
  [`support.${list}.*.from`]: { label: 'Start date', date: true },
  [`support.${list}.*.to`]: { label: 'End date', date: true },
  [`support.${list}.*.outcome`]: { label: 'Outcome' },
});

const safeTo = (way: string, words: string): Record<string, Rule> => ({
  [`family.safeContact.${way}`]: { label: `Safe to ${words}`, missing: `Say whether it is safe to ${words}` },
});

const addressRules = (at: string, whose: string, optional: string): Record<string, Rule> => ({
  [`${at}.line1`]: { label: 'Address line 1', missing: `Enter the first line of ${whose} address${optional}` },
  [`${at}.line2`]: { label: 'Address line 2' },
  [`${at}.town`]: { label: 'Town or city' },
  [`${at}.postcode`]: { label: 'Postcode', missing: `Enter ${whose} postcode${optional}` },
});

const CONTACT_RULES: Readonly<Record<string, Rule>> = {
  reason: { label: 'Reason for referral', missing: 'Enter the reason for the referral' },
  'family.councilCode': { label: "The family's council", missing: 'Choose the council area the family lives in' },
  ...addressRules('family.address', "the family's", ''),
  'family.phones': {
    label: 'Phone numbers',
    missing: 'Add a phone number for the family, or a safe contact person',
  },
  'family.phones.*.number': { label: 'Phone number', missing: 'Enter the phone number, or remove it' },
  'family.phones.*.whose': { label: 'Whose number it is' },
  'family.email': { label: 'Email address' },
  ...safeTo('call', 'call them'),
  ...safeTo('text', 'text them'),
  ...safeTo('email', 'email them'),
  ...safeTo('leaveMessage', 'leave a message'),
  'family.safeContact.when': { label: 'When it is safe to contact them' },
  'family.safeContactPerson.name': {
    label: 'Safe contact person',
    missing: "Enter the safe contact person's name, or clear their details",
  },
  'family.safeContactPerson.phone': { label: "The safe contact person's phone number" },
  'family.language': { label: 'Preferred language' },
  'family.accessibilityNeeds': { label: 'Accessibility needs' },
  'risks.latestIncident.date': {
    label: 'Date of the latest incident',
    missing: 'Enter the date of the latest incident, or tick “Date not known”',
    date: true,
  },
  'risks.latestIncident.account': { label: 'What happened', missing: 'Say what happened in the latest incident' },
  'risks.personCausingHarm': {
    label: 'The person who has used abusive behaviour',
    missing: 'Add the person who has used abusive behaviour, as an adult in Family with that role',
  },
  ...addressRules('people.*.address', 'their', ', or clear the address'),
  'people.*.phone': { label: 'Phone number' },
  'people.*.approximateAge': { label: 'Approximate age', invalid: 'Enter an age in whole years, from 0 to 120' },
  'people.*.gp': { label: 'GP practice' },
};

// Keys are paths with list positions written as '*'.
const RULES: Readonly<Record<string, Rule>> = {
  'referrer.name': { label: 'Your name', missing: 'Enter your name' },
  'referrer.role': { label: 'Your role', missing: 'Enter your role' },
  'referrer.organisation': { label: 'Your organisation', missing: 'Enter your organisation' },
  'referrer.team': { label: 'Your team' },
  'referrer.email': { label: 'Your email address', missing: 'Enter your email address, like name@council.gov.uk' },
  'referrer.phone': { label: 'Your phone number' },
  'consent.given': { label: 'Consent', missing: 'Say whether the family has consented to this referral' },
  'consent.recordedOn': {
    label: 'Date consent was recorded',
    missing: 'Enter the date consent was recorded',
    date: true,
  },
  'consent.givenBy': { label: 'Consent given by', missing: 'Enter who gave consent' },
  'consent.lawfulBasis': { label: 'Lawful basis', missing: 'Choose the lawful basis for referring without consent' },
  'consent.reason': { label: 'Reason', missing: 'Record why consent was not sought or not given' },
  people: { label: 'People', missing: 'Add at least one person' },
  'people.*.dateOfBirth': { label: 'Date of birth', date: true },
  'people.*.expectedDate': { label: 'Expected date of birth', date: true },
  'people.*.school': { label: 'School' },
  'context.leadProfessional.name': { label: 'Lead professional name', missing: "Enter the lead professional's name" },
  'context.leadProfessional.role': { label: 'Lead professional role', missing: "Enter the lead professional's role" },
  'context.leadProfessional.email': {
    label: 'Lead professional email',
    missing: 'Enter an email address, like name@council.gov.uk',
  },
  ...supportRules('previous'),
  ...supportRules('current'),
  ...CONTACT_RULES,
  notes: { label: 'Notes' },
};

const PERSON_RULES: Readonly<Record<string, (who: string) => string>> = {
  name: (who) => `Enter the name of ${who}`,
  relationship: (who) => `Say how ${who} is related to the children`,
  role: (who) => `Choose the role of ${who} in the family`,
  knowsOfReferral: (who) => `Say whether ${who} knows about this referral`,
};

const pattern = (path: FieldPath) => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

/** "person 2 (a child)" or their name, so two people's problems are told apart in the error summary. */
function personWords(referral: unknown, index: number): string {
  const name = getIn(referral, ['people', index, 'name']);
  const kind = getIn(referral, ['people', index, 'kind']) === 'adult' ? 'an adult' : 'a child';
  return typeof name === 'string' && name.trim() ? name.trim() : `person ${index + 1} (${kind})`;
}

export type RawIssue = {
  readonly path: FieldPath;
  readonly code: string;
  readonly message: string;
  readonly maximum?: unknown;
};

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const zodsOwnWords = (m: string) => /^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(m);

/** The message to show for one problem, in words a referrer can act on. */
export function messageFor(referral: unknown, issue: RawIssue): string {
  const rule = RULES[pattern(issue.path)];
  const value = getIn(referral, issue.path);
  if (rule?.date)
    return (
      dateProblem(value) ?? (isEmpty(value) ? (rule.missing ?? 'Enter a date') : 'Enter a real date, like 27/03/2019')
    );
  const [head, index, field] = issue.path;
  if (
    head === 'people' &&
    typeof index === 'number' &&
    typeof field === 'string' &&
    PERSON_RULES[field] &&
    isEmpty(value)
  ) {
    return PERSON_RULES[field](personWords(referral, index));
  }
  if (isEmpty(value) && rule?.missing) return rule.missing;
  if (!isEmpty(value) && rule?.invalid) return rule.invalid;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return `${rule?.label ?? 'This answer'} must be ${issue.maximum} characters or fewer`;
  if (issue.message && !zodsOwnWords(issue.message)) return issue.message;
  return rule ? `Check ${rule.label.toLowerCase()}` : 'Check this answer';
}
