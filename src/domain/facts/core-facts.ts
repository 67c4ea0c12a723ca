import type { FactDefinition } from './fact';
import { MISSING, NOT_KNOWN, known, valueAt } from './fact';
import { ANSWER_OPTIONS, answerFact, choiceFact, derivedFact, multiFact, numberFact, optionsOf } from './readers';
import { ageInYears } from '../common/london';
import { isRealIsoDate } from '../common/iso-date';
import { assessMarac } from '../dash/marac';
import type { MaracAssessment, Tri } from '../dash/marac';
import type { FactReading } from './fact';
import {
  ABUSE_ROLES,
  ADULT_ROLES,
  BEHAVIOURS,
  CHALLENGES,
  COURT_PROCEEDINGS,
  GENDERS,
  GFPO_NEEDS,
  POST_SEPARATION_ABUSE,
  STATUTORY_STATUSES,
} from '../referral/vocabulary';

const yesNo = (t: Tri) => (t === 'met' ? 'yes' : t === 'not-met' ? 'no' : undefined);

/** A DASH fact from the MARAC assessment; `pick` returns undefined while the answer is still open. */
function marac(
  referral: unknown,
  today: string,
  pick: (a: MaracAssessment) => string | number | undefined,
): FactReading {
  const dash = valueAt(referral, ['risks', 'dash']);
  if (!dash || typeof dash !== 'object') return MISSING;
  const value = pick(assessMarac(dash as Parameters<typeof assessMarac>[0], today));
  return value === undefined ? MISSING : known(value);
}

const P2P_LEVELS = { 1: 'Level 1', 2: 'Level 2', 3: 'Level 3', 4: 'Level 4', 'not-known': 'Not known' } as const;

const familyFacts: FactDefinition[] = [
  derivedFact(
    {
      id: 'consent.given',
      label: 'Has the family consented to this referral?',
      type: 'answer',
      path: ['consent', 'given'],
      options: ANSWER_OPTIONS.slice(0, 2),
    },
    (r) => {
      const given = valueAt(r, ['consent', 'given']);
      return given === true ? known('yes') : given === false ? known('no') : MISSING;
    },
  ),
  derivedFact(
    {
      id: 'consent.reasonRecorded',
      label: 'Why is the referral made without consent, and on what lawful basis?',
      type: 'text',
      path: ['consent', 'reason'],
    },
    (r) => {
      const given = valueAt(r, ['consent', 'given']);
      if (given === true) return known('yes');
      const reason = valueAt(r, ['consent', 'reason']);
      const basis = valueAt(r, ['consent', 'lawfulBasis']);
      if (given === false)
        return typeof reason === 'string' && reason.trim() && typeof basis === 'string' ? known('yes') : MISSING;
      return MISSING;
    },
  ),
  choiceFact(
    { id: 'context.p2pLevel', label: 'Pathway to Provision level', path: ['context', 'p2pLevel'] },
    P2P_LEVELS,
  ),
  choiceFact(
    { id: 'context.statutoryStatus', label: 'Statutory status', path: ['context', 'statutoryStatus'] },
    STATUTORY_STATUSES,
  ),
  answerFact({
    id: 'context.childProtectionPlanConsidered',
    label: 'Is a child protection plan in place or under consideration?',
    path: ['context', 'childProtectionPlanConsidered'],
  }),
  answerFact({
    id: 'context.openToSocialCare',
    label: "Is the family open to children's social care?",
    path: ['context', 'openToSocialCare'],
  }),
  derivedFact(
    {
      id: 'context.leadProfessional',
      label: 'Is there a lead professional for the family?',
      type: 'answer',
      path: ['context', 'leadProfessional'],
      options: ANSWER_OPTIONS.slice(0, 2),
    },
    (r) => {
      const lead = valueAt(r, ['context', 'leadProfessional']);
      if (lead === null) return known('no');
      return lead && typeof lead === 'object' && !Array.isArray(lead) ? known('yes') : MISSING;
    },
  ),
  choiceFact(
    {
      id: 'context.courtProceedings',
      label: 'Are court proceedings under way or likely?',
      path: ['context', 'courtProceedings'],
    },
    COURT_PROCEEDINGS,
  ),
  answerFact({
    id: 'context.recentWholeFamilyAssessment',
    label: 'Has the family had a recent whole-family assessment?',
    path: ['context', 'recentWholeFamilyAssessment'],
  }),
  answerFact({
    id: 'risks.perpetratorInHome',
    label: 'Is the person who caused harm still living in the family home?',
    path: ['risks', 'perpetratorInHome'],
  }),
  choiceFact(
    {
      id: 'risks.postSeparationAbuse',
      label: 'Is there post-separation abuse?',
      path: ['risks', 'postSeparationAbuse'],
    },
    POST_SEPARATION_ABUSE,
  ),
  answerFact({
    id: 'risks.severeMentalHealth',
    label: 'Does a parent or carer have severe mental health needs requiring specialist therapeutic help?',
    path: ['risks', 'severeMentalHealth'],
  }),
  answerFact({
    id: 'risks.activeSubstanceMisuse',
    label: 'Is a parent or carer actively misusing drugs or alcohol?',
    path: ['risks', 'activeSubstanceMisuse'],
  }),
  answerFact({
    id: 'risks.criminalJusticeInvolvement',
    label: 'Is the person who used abusive behaviour going through the criminal justice system?',
    path: ['risks', 'criminalJusticeInvolvement'],
  }),
  choiceFact(
    { id: 'needs.gfpoPrimaryNeed', label: 'Primary need (GFPO category)', path: ['needs', 'gfpoPrimaryNeed'] },
    GFPO_NEEDS,
  ),
  derivedFact(
    {
      id: 'needs.gfpoNeeds',
      label: 'Need categories (primary and others)',
      type: 'multi',
      path: ['needs', 'gfpoPrimaryNeed'],
      options: optionsOf(GFPO_NEEDS),
    },
    (r) => {
      const primary = valueAt(r, ['needs', 'gfpoPrimaryNeed']);
      if (typeof primary !== 'number' || !(String(primary) in GFPO_NEEDS)) return MISSING;
      const others = valueAt(r, ['needs', 'gfpoOtherNeeds']);
      const list = Array.isArray(others) ? others.filter((n) => String(n) in GFPO_NEEDS).map(String) : [];
      return known([...new Set([String(primary), ...list])]);
    },
  ),
  multiFact({ id: 'needs.behaviours', label: "The child's behaviours", path: ['needs', 'behaviours'] }, BEHAVIOURS),
  multiFact(
    { id: 'needs.challenges', label: 'Challenges the family is experiencing', path: ['needs', 'challenges'] },
    CHALLENGES,
  ),
  answerFact({
    id: 'needs.additionalNeeds',
    label: 'Does the family have additional needs?',
    path: ['needs', 'additionalNeeds'],
  }),
  answerFact({
    id: 'needs.englishAdditionalLanguage',
    label: 'Is English an additional language for the parents or carers?',
    path: ['needs', 'englishAdditionalLanguage'],
  }),
  answerFact({
    id: 'support.attendingOtherParentingProgramme',
    label: 'Are the parents or carers attending another parenting programme?',
    path: ['support', 'attendingOtherParentingProgramme'],
  }),
  derivedFact({ id: 'package.services', label: 'Services requested', type: 'multi', path: ['services'] }, (r) => {
    const services = valueAt(r, ['services']);
    if (!Array.isArray(services)) return known([]);
    const ids = services
      .filter((s) => s && typeof s === 'object' && (s as { advice?: unknown }).advice !== true)
      .map((s) => (s as { serviceId?: unknown }).serviceId)
      .filter((id): id is string => typeof id === 'string');
    return known(ids);
  }),
  // DASH and the MARAC criteria (CATALOGUE.md "DASH"), read through the DASH module's own assessment.
  derivedFact(
    {
      id: 'dash.yesCount',
      label: 'DASH risk checklist: number of "yes" answers',
      type: 'number',
      path: ['risks', 'dash', 'answers'],
    },
    // Known once it reaches 14, or once too few questions are left blank to reach 14.
    (r, ctx) => marac(r, ctx.today, (a) => (a.criteria.visibleHighRisk === 'unknown' ? undefined : a.yesCount)),
  ),
  derivedFact(
    {
      id: 'dash.professionalJudgement',
      label: 'Does professional judgement indicate high risk?',
      type: 'answer',
      path: ['risks', 'dash', 'professionalJudgement'],
      options: ANSWER_OPTIONS.slice(0, 2),
    },
    (r, ctx) => marac(r, ctx.today, (a) => yesNo(a.criteria.professionalJudgement)),
  ),
  numberFact(
    {
      id: 'dash.incidentsLast12Months',
      label: 'Incidents in the last 12 months',
      path: ['risks', 'dash', 'incidentsLast12Months'],
    },
    0,
    10000,
  ),
  derivedFact(
    {
      id: 'dash.previousMaracWithin12Months',
      label: 'Date of any previous MARAC referral',
      type: 'date',
      path: ['risks', 'dash', 'previousMaracReferralDate'],
    },
    (r, ctx) =>
      valueAt(r, ['risks', 'dash', 'previousMaracReferralDate']) === 'not-known'
        ? NOT_KNOWN
        : marac(r, ctx.today, (a) => yesNo(a.criteria.repeatReferral)),
  ),
];

const childFacts: FactDefinition[] = [
  derivedFact(
    {
      id: 'child.age',
      label: 'Date of birth (or expected date of birth)',
      type: 'date',
      scope: 'child',
      path: ['dateOfBirth'],
    },
    (_r, ctx) => {
      const dob = valueAt(ctx.person, ['dateOfBirth']);
      if (typeof dob === 'string' && isRealIsoDate(dob)) return known(ageInYears(dob, ctx.today));
      const expected = valueAt(ctx.person, ['expectedDate']);
      // An unborn child reads as age -1, below every minimum age but "pre-birth".
      if (typeof expected === 'string' && isRealIsoDate(expected)) return known(-1);
      return MISSING;
    },
  ),
  answerFact({
    id: 'child.livesInBorough',
    label: 'Does the child live in the borough?',
    scope: 'child',
    path: ['livesInBorough'],
  }),
  answerFact({
    id: 'child.schoolInBorough',
    label: 'Does the child attend a school in the borough?',
    scope: 'child',
    path: ['schoolInBorough'],
  }),
  answerFact({
    id: 'child.livesWithOrRegularContact',
    label: 'Does the child live with the parent or carer, or have regular contact?',
    scope: 'child',
    path: ['livesWithOrRegularContact'],
  }),
  answerFact({
    id: 'child.additionalNeeds',
    label: 'Does the child have additional needs?',
    scope: 'child',
    path: ['additionalNeeds'],
  }),
];

const adultFacts: FactDefinition[] = [
  choiceFact({ id: 'adult.role', label: 'Role in the family', scope: 'adult', path: ['role'] }, ADULT_ROLES),
  choiceFact({ id: 'adult.gender', label: 'Gender', scope: 'adult', path: ['gender'] }, GENDERS),
  choiceFact(
    {
      id: 'adult.abuseRole',
      label: 'Where does this adult stand in relation to domestic abuse?',
      scope: 'adult',
      path: ['abuseRole'],
    },
    ABUSE_ROLES,
  ),
  answerFact({
    id: 'adult.livesInHousehold',
    label: 'Does this adult live in the household?',
    scope: 'adult',
    path: ['livesInHousehold'],
  }),
];

/** Every fact the referral schema itself carries, by id. */
export const CORE_FACTS: ReadonlyMap<string, FactDefinition> = new Map(
  [...familyFacts, ...childFacts, ...adultFacts].map((f) => [f.id, f]),
);
