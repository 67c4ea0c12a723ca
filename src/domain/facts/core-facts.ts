import type { FactDefinition } from './fact';
import { AREA_FACTS } from './area-facts';
import { PERSON_FACTS } from './person-facts';
import { previousServicesFact } from './support-facts';
import { MISSING, NOT_KNOWN, known, valueAt } from './fact';
import { ANSWER_OPTIONS, answerFact, choiceFact, derivedFact, multiFact, numberFact, optionsOf } from './readers';
import type { FactSpec } from './readers';
import { ageInYears } from '../common/london';
import { isRealIsoDate } from '../common/iso-date';
import { isRecord } from '../common/is-record';
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

/** A core fact is kept where its id says: `risks.x` on the referral, `child.x` on each child, `adult.x` on each adult. */
function specOf(id: string, label: string): FactSpec {
  const [first = '', ...rest] = id.split('.');
  return first === 'child' || first === 'adult'
    ? { id, label, scope: first, path: rest }
    : { id, label, path: [first, ...rest] };
}

type Vocabulary = Readonly<Record<string, string>>;
const answer = (id: string, label: string) => answerFact(specOf(id, label));
const choice = (id: string, label: string, vocabulary: Vocabulary) => choiceFact(specOf(id, label), vocabulary);
const multi = (id: string, label: string, vocabulary: Vocabulary) => multiFact(specOf(id, label), vocabulary);

const YES_OR_NO = ANSWER_OPTIONS.slice(0, 2);
/** A yes-or-no fact (no "not known") worked out from more than the one field the form asks. */
const yesOrNo = (id: string, label: string, path: readonly string[], compute: Parameters<typeof derivedFact>[1]) =>
  derivedFact({ id, label, type: 'answer', path, options: YES_OR_NO }, compute);

const P2P_LEVELS = { 1: 'Level 1', 2: 'Level 2', 3: 'Level 3', 4: 'Level 4', 'not-known': 'Not known' } as const;

const familyFacts: FactDefinition[] = [
  yesOrNo('consent.given', 'Has the family consented to this referral?', ['consent', 'given'], (r) => {
    const given = valueAt(r, ['consent', 'given']);
    return given === true ? known('yes') : given === false ? known('no') : MISSING;
  }),
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
  choice('context.p2pLevel', 'Pathway to Provision level', P2P_LEVELS),
  answer('context.childProtectionPlanConsidered', 'Is a child protection plan in place or under consideration?'),
  answer('context.openToSocialCare', "Is the family open to children's social care?"),
  yesOrNo(
    'context.leadProfessional',
    'Is there a lead professional for the family?',
    ['context', 'leadProfessional'],
    (r) => {
      const lead = valueAt(r, ['context', 'leadProfessional']);
      if (lead === null) return known('no');
      return isRecord(lead) ? known('yes') : MISSING;
    },
  ),
  choice('context.courtProceedings', 'Are court proceedings under way or likely?', COURT_PROCEEDINGS),
  answer('context.recentWholeFamilyAssessment', 'Has the family had a recent whole-family assessment?'),
  answer('risks.perpetratorInHome', 'Is the person who caused harm still living in the family home?'),
  choice('risks.postSeparationAbuse', 'Is there post-separation abuse?', POST_SEPARATION_ABUSE),
  // risks.severeMentalHealth, risks.activeSubstanceMisuse and risks.criminalJusticeInvolvement: person-facts.ts.
  choice('needs.gfpoPrimaryNeed', 'Primary need (GFPO category)', GFPO_NEEDS),
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
  multi('needs.behaviours', "The child's behaviours", BEHAVIOURS),
  multi('needs.challenges', 'Challenges the family is experiencing', CHALLENGES),
  answer('needs.additionalNeeds', 'Does the family have additional needs?'),
  answer('needs.englishAdditionalLanguage', 'Is English an additional language for the parents or carers?'),
  answer(
    'support.attendingOtherParentingProgramme',
    'Are the parents or carers attending another parenting programme?',
  ),
  derivedFact({ id: 'package.services', label: 'Services requested', type: 'multi', path: ['services'] }, (r) => {
    const services = valueAt(r, ['services']);
    if (!Array.isArray(services)) return known([]);
    const ids = services
      .filter((s) => s && typeof s === 'object' && (s as { advice?: unknown }).advice !== true)
      .map((s) => (s as { serviceId?: unknown }).serviceId)
      .filter((id): id is string => typeof id === 'string');
    return known(ids);
  }),
  // DASH and the MARAC criteria, read through the DASH module's own assessment.
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
  yesOrNo(
    'dash.professionalJudgement',
    'Does professional judgement indicate high risk?',
    ['risks', 'dash', 'professionalJudgement'],
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
      // A date of birth that is not known: the referrer's approximate age stands in, else the age is not known.
      const approximate = valueAt(ctx.person, ['approximateAge']);
      if (typeof approximate === 'number' && Number.isInteger(approximate) && approximate >= 0 && approximate <= 120)
        return known(approximate);
      return valueAt(ctx.person, ['dateOfBirthNotKnown']) === true ? NOT_KNOWN : MISSING;
    },
  ),
  // Read against the family's council area; the form names it ("Does Amira live in Lewisham?"), see fact-wording.ts.
  answer('child.livesInBorough', "Does the child live in the family's council area?"),
  answer('child.schoolInBorough', "Does the child go to school or nursery in the family's council area?"),
  answer('child.livesWithOrRegularContact', 'Does the child live with the parent or carer, or have regular contact?'),
  answer('child.additionalNeeds', 'Does the child have additional needs?'),
];

const adultFacts: FactDefinition[] = [
  choice('adult.role', 'Role in the family', ADULT_ROLES),
  choice('adult.gender', 'Gender', GENDERS),
  choice('adult.abuseRole', 'Where does this adult stand in relation to domestic abuse?', ABUSE_ROLES),
  answer('adult.livesInHousehold', 'Does this adult live in the household?'),
];

/** Every fact the referral schema itself carries, by id. */
export const CORE_FACTS: ReadonlyMap<string, FactDefinition> = new Map(
  [...familyFacts, ...childFacts, ...adultFacts, ...AREA_FACTS, ...PERSON_FACTS, previousServicesFact].map((f) => [
    f.id,
    f,
  ]),
);
