// A finding is what the referral says about a fact, in plain words: "Not open to children's social care", not the
// question and its answer. Facts without words of their own fall back to "<question> Yes".
import type { FactDefinition, FactReading, FactValue } from './fact';
import { ukLongDate } from '../common/uk-date-words';

/**
 * The words of a fact's findings: `yes` and `no` for a yes-or-no fact; `value` for any other, where `{value}` stands
 * for the answer in words.
 */
export type StatementWords = { readonly yes?: string; readonly no?: string; readonly value?: string };

/** The core facts' findings, by fact id; a fact not listed here reads as its question and answer. */
export const CORE_FACT_STATEMENTS: Readonly<Record<string, StatementWords>> = {
  'consent.given': {
    yes: 'The family has consented to this referral',
    no: 'The family has not consented to this referral',
  },
  'consent.reasonRecorded': {
    yes: 'Consent is given, or the reason for referring without it and the lawful basis are recorded',
    no: 'No reason or lawful basis is recorded for referring without consent',
  },
  'context.p2pLevel': { value: 'Pathway to Provision: {value}' },
  'context.statutoryStatus': { value: 'Statutory status: {value}' },
  'context.childProtectionPlanConsidered': {
    yes: 'A child protection plan is in place or under consideration',
    no: 'No child protection plan is in place or under consideration',
  },
  'context.openToSocialCare': {
    yes: "Open to children's social care",
    no: "Not open to children's social care",
  },
  'context.leadProfessional': { yes: 'The family has a lead professional', no: 'No lead professional for the family' },
  'context.courtProceedings': { value: 'Court proceedings: {value}' },
  'context.recentWholeFamilyAssessment': {
    yes: 'The family has had a recent whole-family assessment',
    no: 'No recent whole-family assessment',
  },
  'risks.perpetratorInHome': {
    yes: 'The person who caused harm still lives in the family home',
    no: 'The person who caused harm does not live in the family home',
  },
  'risks.postSeparationAbuse': { value: 'Post-separation abuse: {value}' },
  'risks.severeMentalHealth': {
    yes: 'A parent or carer has severe mental health needs that need specialist therapeutic help',
    no: 'No severe mental health needs that need specialist therapeutic help',
  },
  'risks.activeSubstanceMisuse': {
    yes: 'A parent or carer is actively misusing drugs or alcohol',
    no: 'No active drug or alcohol misuse by a parent or carer',
  },
  'risks.criminalJusticeInvolvement': {
    yes: 'The person who used abusive behaviour is going through the criminal justice system',
    no: 'The person who used abusive behaviour is not going through the criminal justice system',
  },
  'needs.gfpoPrimaryNeed': { value: 'Primary need: {value}' },
  'needs.gfpoNeeds': { value: 'Needs: {value}' },
  'needs.behaviours': { value: 'Behaviours: {value}' },
  'needs.challenges': { value: 'Challenges: {value}' },
  'needs.additionalNeeds': { yes: 'The family has additional needs', no: 'The family has no additional needs' },
  'needs.englishAdditionalLanguage': {
    yes: 'English is an additional language for the parents or carers',
    no: 'English is not an additional language for the parents or carers',
  },
  'support.attendingOtherParentingProgramme': {
    yes: 'The parents or carers are attending another parenting programme',
    no: 'Not attending another parenting programme',
  },
  'package.services': { value: 'Also requested: {value}' },
  'dash.yesCount': { value: 'DASH risk checklist: {value} "yes" answers' },
  'dash.professionalJudgement': {
    yes: 'Professional judgement indicates high risk',
    no: 'Professional judgement does not indicate high risk',
  },
  'dash.incidentsLast12Months': { value: 'Incidents in the last 12 months: {value}' },
  'dash.previousMaracWithin12Months': {
    yes: 'Referred to MARAC in the last 12 months',
    no: 'No MARAC referral in the last 12 months',
  },
  'child.livesInBorough': {
    yes: "Lives in the family's council area",
    no: "Does not live in the family's council area",
  },
  'child.schoolInBorough': {
    yes: "Goes to school or nursery in the family's council area",
    no: "Does not go to school or nursery in the family's council area",
  },
  'child.livesWithOrRegularContact': {
    yes: 'Lives with the parent or carer, or has regular contact',
    no: 'Neither lives with the parent or carer nor has regular contact',
  },
  'child.additionalNeeds': { yes: 'Has additional needs', no: 'Has no additional needs' },
  'adult.role': { value: '{value}' },
  'adult.gender': { value: '{value}' },
  'adult.abuseRole': { value: '{value}' },
  'adult.livesInHousehold': { yes: 'Lives in the household', no: 'Does not live in the household' },
};

const ANSWER_WORDS: Readonly<Record<string, string>> = { yes: 'Yes', no: 'No' };

/** One value in words: its option's label, else a name the caller knows for it (a service), else itself. */
function valueWords(def: FactDefinition, value: FactValue, nameOf: (v: string) => string | undefined): string {
  const one = (v: string | number): string => {
    const s = String(v);
    const option = def.options?.find((o) => o.value === s);
    if (option) return option.label;
    if (def.type === 'date' && typeof v === 'string') return ukLongDate(v) ?? s;
    return nameOf(s) ?? s;
  };
  if (!Array.isArray(value)) return one(value as string | number);
  return value.length ? value.map(one).join(', ') : 'None';
}

/** The question and its answer, where a fact has no words of its own. */
const asked = (label: string, answer: string): string =>
  /[?:]$/.test(label) ? `${label} ${answer}` : `${label}: ${answer}`;

/** What a reading of one fact states, in plain words; undefined while the fact is unanswered. */
export function statementOf(
  def: FactDefinition,
  reading: FactReading,
  words: StatementWords | undefined,
  nameOf: (value: string) => string | undefined = () => undefined,
): string | undefined {
  if (reading.state === 'missing') return undefined;
  if (reading.state === 'not-known') return asked(def.label, 'Not known');
  const { value } = reading;
  if (value === 'yes' || value === 'no') {
    const own = words?.[value];
    if (own) return own;
    if (def.type === 'answer') return asked(def.label, ANSWER_WORDS[value]!);
  }
  const answer = valueWords(def, value, nameOf);
  return words?.value ? words.value.replace('{value}', answer) : asked(def.label, answer);
}
