import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, mergeCatalogue, validateCatalogue } from '../../src/domain';
import type { Citation, ReasonStatus, ServiceResult, Verdict } from '../../src/domain';
import { providerFile } from './provider-files';
import { NOW, baseReferral, withPatch } from '../domain/fixtures/referrals';

const nottsGfpo = providerFile('notts-gfpo');

// Written from seed 002 (Nottinghamshire GFPO operating guidance): Appendix 1 rows, Appendix 2, the offer
// diagram and sections 2–20. Families are built from the shared fixture (a mother, a child of 7, P2P level 3).

type Json = Record<string, unknown>;
const SEED_FILE = '002_8658fb43c2b96107.txt';
const SHARED = resolve(__dirname, '../../../shared');
const seedText = readFileSync(resolve(SHARED, 'seeds', SEED_FILE), 'utf8');
// The seed separates some section numbers from their headings with a tab; compare with whitespace collapsed.
const flat = (s: string) => s.replace(/\s+/g, ' ');
const seedFlat = flat(seedText);

const catalogue = mergeCatalogue('test', [nottsGfpo]);
const MAILBOX = 'parenting.courses@nottsc.gov.uk';

const MOTHER = {
  id: 'p1',
  kind: 'adult',
  name: 'Alex Parent',
  role: 'parent',
  relationship: 'mother',
  livesInHousehold: 'yes',
  gender: 'female',
  abuseRole: 'none',
};
const childAged = (age: number, extra: Json = {}) => ({
  id: 'c1',
  kind: 'child',
  name: 'Jo Child',
  dateOfBirth: `${2026 - age}-01-15`,
  livesInBorough: 'yes',
  schoolInBorough: 'yes',
  livesWithOrRegularContact: 'yes',
  ...extra,
});
const withChild = (age: number, extra: Json = {}): Json => ({ people: [MOTHER, childAged(age, extra)] });
const LEAD = { leadProfessional: { name: 'Pat Lead', role: 'Social worker' } };
const need = (primary: number | undefined): Json => ({ needs: { gfpoPrimaryNeed: primary } });
const level = (p2pLevel: number | string, more: Json = {}): Json => ({ context: { p2pLevel, ...more } });
const status = (...statutoryStatus: string[]): Json => ({ context: { statutoryStatus } });
const answers = (a: Json): Json => ({ answers: a });
/** Support the family had before, each a GFPO service by id (support.previous, the referral's one list). */
const usedBefore = (...serviceIds: string[]): Json => ({
  support: { previous: serviceIds.map((serviceId) => ({ service: serviceId, serviceId })) },
});
// A child's own behaviours and diagnoses: rules that need them read them of the same child as the age.
const ADHD = { diagnoses: ['adhd'] };
const AUTISM = { diagnoses: ['autism'] };
const ANGER = { behaviours: ['anger-episodes'] };
const EMOTIONAL_HEALTH = { behaviours: ['emotional-health-affecting-safety-or-attendance'] };
const requesting = (...ids: string[]): Json => ({ services: ids.map((serviceId) => ({ serviceId, personIds: [] })) });

// A family in Gedling, one of the county's districts.
const IN_NOTTINGHAMSHIRE: Json = { family: { councilCode: 'E07000173' } };
const family = (...patches: Json[]): Json =>
  patches.reduce((acc, p) => withPatch(acc, p), withPatch(baseReferral(), IN_NOTTINGHAMSHIRE));

const resultFor = (input: Json, serviceId: string): ServiceResult => {
  const r = evaluate(input, catalogue, { now: NOW, serviceIds: [serviceId] }).results[0];
  if (!r) throw new Error(`no result for ${serviceId}`);
  return r;
};
const packageOf = (input: Json) => evaluate(input, catalogue, { now: NOW, serviceIds: [] }).package;

// ---- One eligible family per service, from its Appendix 1 row (or the diagram, Appendix 2 and 3) ----

const ELIGIBLE: Record<string, Json[]> = {
  'notts.online-resources': [level(1)],
  'notts.drop-in-clinic': [level(2, { recentWholeFamilyAssessment: 'no' })],
  'notts.triple-p-workshops': [need(1), withChild(7)],
  'notts.lego-therapy-workshop': [need(5), answers({ 'notts.social-communication-difficulties': 'yes' })],
  'notts.conflict-workshop': [need(3), withChild(14)],
  'notts.calming-adhd-workshop': [
    need(5),
    withChild(15, ADHD),
    answers({ 'notts.conflict-or-challenging-behaviour': 'yes' }),
  ],
  'notts.understanding-asd-workshop': [
    need(5),
    withChild(16, AUTISM),
    answers({ 'notts.conflict-or-challenging-behaviour': 'yes' }),
  ],
  'notts.understanding-teenagers-workshop': [need(2), withChild(12)],
  'notts.preparing-kinship-care': [
    need(1),
    { people: [{ ...MOTHER, role: 'prospective-kinship-carer' }, childAged(4)] },
  ],
  'notts.solution-focused-family-meeting': [need(1), level(3), usedBefore('notts.drop-in-clinic')],
  'notts.nvr-group': [
    need(3),
    withChild(7, { behaviours: ['violence-towards-parents'] }),
    usedBefore('notts.conflict-workshop'),
  ],
  'notts.strengthening-families': [
    need(2),
    withChild(12),
    answers({ 'notts.problem-behaviours-unresolved': 'yes' }),
    usedBefore('notts.online-resources'),
  ],
  // A CP plan waives the webinar / drop-in / workshop prerequisite.
  'notts.123-magic': [need(5), withChild(8, ADHD), status('child-protection-plan')],
  // The prerequisite is met by planning a drop-in clinic in the same package.
  'notts.solihull': [need(1), requesting('notts.solihull', 'notts.drop-in-clinic')],
  'notts.epec': [need(4), level(2, { recentWholeFamilyAssessment: 'yes' }), usedBefore('notts.drop-in-clinic')],
  'notts.family-mediation': [need(1), withChild(7), answers({ 'notts.family-risks': ['placement-breakdown'] })],
  'notts.family-centred-mapping': [
    need(1),
    answers({ 'notts.multiple-interventions-attempted': 'yes', 'notts.family-risks': ['placement-breakdown'] }),
  ],
  'notts.one-to-one-parenting': [
    need(4),
    withChild(7),
    { context: LEAD },
    answers({ 'notts.one-to-one-circumstances': ['diagnosed-additional-need'] }),
    usedBefore('notts.strengthening-families'),
  ],
  'notts.intensive-family-support': [need(4), withChild(9), status('plo')],
  'notts.family-group-conference': [
    need(1),
    level(4),
    status('child-protection-plan'),
    answers({ 'notts.family-risks': ['accommodation-into-care'] }),
  ],
  'notts.promoting-positive-behaviour': [
    need(3),
    withChild(12, ANGER),
    answers({ 'notts.family-risks': ['school-exclusion'] }),
  ],
  'notts.emotional-wellbeing-resilience': [
    need(2),
    withChild(10, EMOTIONAL_HEALTH),
    answers({ 'notts.meets-camhs-threshold': 'no' }),
  ],
  'notts.cse-online-safety': [need(5), withChild(13, { behaviours: ['at-risk-of-exploitation'] })],
  // Specialist assessments open at level 2 are not limited to workshops by section 10 (parenting programmes).
  'notts.adoption-support-fund': [
    need(1),
    level(2, { recentWholeFamilyAssessment: 'no' }),
    answers({ 'notts.kinship-order': 'sgo', 'notts.child-previously-looked-after': 'yes' }),
  ],
  'notts.household-income-assessment': [need(1), answers({ 'notts.kinship-order': 'cao' })],
  'notts.adoption-financial-assessment': [need(2), answers({ 'notts.adoption-placement': 'yes' })],
  'notts.parenting-capacity-assessment': [
    need(4),
    level(4),
    status('child-protection-plan'),
    { people: [MOTHER, { id: 'c1', kind: 'child', name: 'Baby', expectedDate: '2027-02-01' }] },
    answers({ 'notts.parent-learning-difficulty': 'yes', 'notts.care-proceedings-considered': 'yes' }),
  ],
  'notts.school-attendance-enforcement': [
    need(4),
    { context: LEAD },
    answers({
      'notts.lead-professional-cc-yot-csc': 'yes',
      'notts.school-attendance-percent': 85.5,
      'notts.unauthorised-absences': 'yes',
    }),
  ],
  'notts.parenting-order-assessment': [need(2), answers({ 'notts.parenting-order-grounds': ['child-offence'] })],
  'notts.sibling-young-carer-assessment': [answers({ 'notts.sibling-young-carer': 'yes' })],
};

// ---- For every criterion: a family (the eligible one, changed in one way) that fails it or needs review ----

// `alsoNot`: a companion criterion the same family also does not meet (named, so nothing else slips through).
type Fail = readonly [
  criterion: string,
  service: string,
  patch: Json,
  status: ReasonStatus,
  alsoNot?: readonly string[],
];
const FAILS: readonly Fail[] = [
  // Shared rule sets
  ['notts.gfpo.p2p-level', 'notts.nvr-group', level(1), 'not-met'],
  [
    'notts.level-2-offer.recent-assessment',
    'notts.nvr-group',
    level(2, { recentWholeFamilyAssessment: 'no' }),
    'not-met',
  ],
  ['notts.prerequisite-unless-cp.attended-first', 'notts.nvr-group', usedBefore(), 'not-met'],
  [
    'notts.children-of-nottinghamshire.resident',
    'notts.household-income-assessment',
    withChild(7, { livesInBorough: 'no' }),
    'review',
  ],
  // Appendix 1, row by row
  ['notts.online-resources.p2p-level', 'notts.online-resources', level('not-known'), 'review'],
  ['notts.drop-in-clinic.p2p-level', 'notts.drop-in-clinic', level(4), 'review'],
  ['notts.triple-p-workshops.need-category', 'notts.triple-p-workshops', need(3), 'not-met'],
  ['notts.triple-p-workshops.age', 'notts.triple-p-workshops', withChild(17), 'not-met'],
  ['notts.lego-therapy-workshop.need-category', 'notts.lego-therapy-workshop', need(3), 'not-met'],
  [
    'notts.lego-therapy-workshop.social-communication',
    'notts.lego-therapy-workshop',
    answers({ 'notts.social-communication-difficulties': 'no' }),
    'not-met',
  ],
  ['notts.conflict-workshop.need-category', 'notts.conflict-workshop', need(1), 'not-met'],
  ['notts.conflict-workshop.age', 'notts.conflict-workshop', withChild(11), 'review'],
  ['notts.calming-adhd-workshop.need-category', 'notts.calming-adhd-workshop', need(3), 'not-met'],
  ['notts.calming-adhd-workshop.age', 'notts.calming-adhd-workshop', withChild(10, ADHD), 'review'],
  ['notts.calming-adhd-workshop.adhd-diagnosis', 'notts.calming-adhd-workshop', withChild(15, AUTISM), 'not-met'],
  [
    'notts.calming-adhd-workshop.conflict-in-home',
    'notts.calming-adhd-workshop',
    answers({ 'notts.conflict-or-challenging-behaviour': 'no' }),
    'not-met',
  ],
  ['notts.understanding-asd-workshop.need-category', 'notts.understanding-asd-workshop', need(2), 'not-met'],
  ['notts.understanding-asd-workshop.age', 'notts.understanding-asd-workshop', withChild(9, AUTISM), 'review'],
  [
    'notts.understanding-asd-workshop.asd-diagnosis',
    'notts.understanding-asd-workshop',
    withChild(16, ADHD),
    'not-met',
  ],
  [
    'notts.understanding-asd-workshop.conflict-in-home',
    'notts.understanding-asd-workshop',
    answers({ 'notts.conflict-or-challenging-behaviour': 'not-known' }),
    'review',
  ],
  [
    'notts.understanding-teenagers-workshop.need-category',
    'notts.understanding-teenagers-workshop',
    need(1),
    'not-met',
  ],
  ['notts.understanding-teenagers-workshop.age', 'notts.understanding-teenagers-workshop', withChild(7), 'not-met'],
  ['notts.preparing-kinship-care.need-category', 'notts.preparing-kinship-care', need(2), 'not-met'],
  [
    'notts.preparing-kinship-care.kinship-carer',
    'notts.preparing-kinship-care',
    {
      people: [{ ...MOTHER, role: 'kinship-carer' }, childAged(4)],
      answers: { 'notts.recently-became-kinship-carer': 'no' },
    },
    'not-met',
  ],
  ['notts.solution-focused-family-meeting.need-category', 'notts.solution-focused-family-meeting', need(2), 'not-met'],
  ['notts.solution-focused-family-meeting.p2p-level', 'notts.solution-focused-family-meeting', level(4), 'not-met'],
  // Its row names a workshop or the drop-in clinic, not webinars.
  [
    'notts.solution-focused-family-meeting.workshop-or-drop-in-first',
    'notts.solution-focused-family-meeting',
    usedBefore('notts.online-resources'),
    'not-met',
  ],
  ['notts.nvr-group.need-category', 'notts.nvr-group', need(1), 'not-met'],
  [
    'notts.nvr-group.violence-towards-parent',
    'notts.nvr-group',
    { ...withChild(7, { behaviours: [] }), needs: { challenges: ['disruptive-daily-life'] } },
    'not-met',
  ],
  ['notts.strengthening-families.need-category', 'notts.strengthening-families', need(3), 'not-met'],
  ['notts.strengthening-families.age', 'notts.strengthening-families', withChild(9), 'not-met'],
  [
    'notts.strengthening-families.problem-behaviours',
    'notts.strengthening-families',
    answers({ 'notts.problem-behaviours-unresolved': 'no' }),
    'not-met',
  ],
  ['notts.123-magic.need-category', 'notts.123-magic', need(1), 'not-met'],
  ['notts.123-magic.age', 'notts.123-magic', withChild(13, ADHD), 'not-met'],
  ['notts.123-magic.adhd-diagnosis', 'notts.123-magic', withChild(8, { diagnoses: [] }), 'not-met'],
  ['notts.solihull.need-category', 'notts.solihull', need(3), 'not-met'],
  ['notts.epec.need-category', 'notts.epec', need(undefined), 'missing'],
  ['notts.epec.p2p-level', 'notts.epec', level(4), 'not-met'],
  // EPEC's row has no CP-plan exception.
  ['notts.epec.attended-first', 'notts.epec', { ...status('child-protection-plan'), ...usedBefore() }, 'not-met'],
  ['notts.family-mediation.need-category', 'notts.family-mediation', need(2), 'not-met'],
  ['notts.family-mediation.p2p-level', 'notts.family-mediation', level(2), 'not-met'],
  ['notts.family-mediation.age', 'notts.family-mediation', withChild(4), 'not-met'],
  ['notts.family-mediation.risk', 'notts.family-mediation', answers({ 'notts.family-risks': ['none'] }), 'not-met'],
  ['notts.family-centred-mapping.need-category', 'notts.family-centred-mapping', need(4), 'not-met'],
  ['notts.family-centred-mapping.p2p-level', 'notts.family-centred-mapping', level(2), 'not-met'],
  [
    'notts.family-centred-mapping.interventions-attempted',
    'notts.family-centred-mapping',
    answers({ 'notts.multiple-interventions-attempted': 'no' }),
    'not-met',
  ],
  [
    'notts.family-centred-mapping.placement-breakdown',
    'notts.family-centred-mapping',
    answers({ 'notts.family-risks': ['s47-enquiries'] }),
    'not-met',
  ],
  // Appendix 2
  ['notts.one-to-one-parenting.need-category', 'notts.one-to-one-parenting', need(undefined), 'missing'],
  ['notts.one-to-one-parenting.p2p-level', 'notts.one-to-one-parenting', level(2), 'not-met'],
  // A 3-year-old is not "over 5" on any reading; the exactly-5 question is raised alongside.
  [
    'notts.one-to-one-parenting.age',
    'notts.one-to-one-parenting',
    withChild(3),
    'not-met',
    ['notts.one-to-one-parenting.over-five'],
  ],
  ['notts.one-to-one-parenting.over-five', 'notts.one-to-one-parenting', withChild(5), 'review'],
  [
    'notts.one-to-one-parenting.lead-professional',
    'notts.one-to-one-parenting',
    { context: { leadProfessional: null } },
    'not-met',
  ],
  [
    'notts.one-to-one-parenting.exceptional-circumstances',
    'notts.one-to-one-parenting',
    answers({ 'notts.one-to-one-circumstances': ['none'] }),
    'not-met',
  ],
  [
    'notts.one-to-one-parenting.listed-circumstance',
    'notts.one-to-one-parenting',
    answers({ 'notts.one-to-one-circumstances': ['other'] }),
    'review',
  ],
  [
    'notts.one-to-one-parenting.attended-group-first',
    'notts.one-to-one-parenting',
    usedBefore('notts.drop-in-clinic'),
    'review',
  ],
  ['notts.intensive-family-support.need-category', 'notts.intensive-family-support', need(2), 'not-met'],
  ['notts.intensive-family-support.p2p-level', 'notts.intensive-family-support', level(2), 'not-met'],
  ['notts.intensive-family-support.age', 'notts.intensive-family-support', withChild(4), 'not-met'],
  [
    'notts.intensive-family-support.risk',
    'notts.intensive-family-support',
    { ...status('early-help'), answers: { 'notts.family-risks': ['school-exclusion'] } },
    'not-met',
  ],
  ['notts.family-group-conference.need-category', 'notts.family-group-conference', need(3), 'not-met'],
  ['notts.family-group-conference.p2p-level', 'notts.family-group-conference', level(3), 'not-met'],
  ['notts.family-group-conference.cp-plan', 'notts.family-group-conference', status('child-in-need'), 'not-met'],
  ['notts.family-group-conference.cp-plan-confirmed', 'notts.family-group-conference', status('plo'), 'review'],
  [
    'notts.family-group-conference.risk',
    'notts.family-group-conference',
    answers({ 'notts.family-risks': ['s47-enquiries'] }),
    'not-met',
  ],
  ['notts.promoting-positive-behaviour.need-category', 'notts.promoting-positive-behaviour', need(2), 'not-met'],
  ['notts.promoting-positive-behaviour.p2p-level', 'notts.promoting-positive-behaviour', level(2), 'not-met'],
  ['notts.promoting-positive-behaviour.age', 'notts.promoting-positive-behaviour', withChild(8, ANGER), 'not-met'],
  [
    'notts.promoting-positive-behaviour.anger-episodes',
    'notts.promoting-positive-behaviour',
    withChild(12, { behaviours: ['internalising'] }),
    'not-met',
  ],
  [
    'notts.promoting-positive-behaviour.risk',
    'notts.promoting-positive-behaviour',
    answers({ 'notts.family-risks': ['s47-enquiries'] }),
    'not-met',
  ],
  ['notts.emotional-wellbeing-resilience.need-category', 'notts.emotional-wellbeing-resilience', need(4), 'not-met'],
  ['notts.emotional-wellbeing-resilience.p2p-level', 'notts.emotional-wellbeing-resilience', level(2), 'not-met'],
  [
    'notts.emotional-wellbeing-resilience.age',
    'notts.emotional-wellbeing-resilience',
    withChild(4, EMOTIONAL_HEALTH),
    'not-met',
  ],
  [
    'notts.emotional-wellbeing-resilience.emotional-health',
    'notts.emotional-wellbeing-resilience',
    withChild(10, { behaviours: [] }),
    'not-met',
  ],
  [
    'notts.emotional-wellbeing-resilience.below-camhs-threshold',
    'notts.emotional-wellbeing-resilience',
    answers({ 'notts.meets-camhs-threshold': 'yes' }),
    'not-met',
  ],
  ['notts.cse-online-safety.need-category', 'notts.cse-online-safety', need(2), 'not-met'],
  ['notts.cse-online-safety.p2p-level', 'notts.cse-online-safety', level(2), 'not-met'],
  // Risk of sexual exploitation is for 11 to 18; a 9-year-old qualifies only through sexualised behaviour.
  [
    'notts.cse-online-safety.who-for',
    'notts.cse-online-safety',
    withChild(9, { behaviours: ['at-risk-of-exploitation'] }),
    'not-met',
  ],
  ['notts.adoption-support-fund.need-category', 'notts.adoption-support-fund', need(undefined), 'missing'],
  [
    'notts.adoption-support-fund.kinship-order',
    'notts.adoption-support-fund',
    answers({ 'notts.kinship-order': 'cao' }),
    'not-met',
  ],
  [
    'notts.adoption-support-fund.previously-looked-after',
    'notts.adoption-support-fund',
    answers({ 'notts.child-previously-looked-after': 'no' }),
    'not-met',
  ],
  ['notts.household-income-assessment.need-category', 'notts.household-income-assessment', need(2), 'not-met'],
  [
    'notts.household-income-assessment.order',
    'notts.household-income-assessment',
    answers({ 'notts.kinship-order': 'none' }),
    'not-met',
  ],
  [
    'notts.adoption-financial-assessment.need-category',
    'notts.adoption-financial-assessment',
    need(undefined),
    'missing',
  ],
  [
    'notts.adoption-financial-assessment.adoption-placement',
    'notts.adoption-financial-assessment',
    answers({ 'notts.adoption-placement': 'no' }),
    'not-met',
  ],
  ['notts.parenting-capacity-assessment.need-category', 'notts.parenting-capacity-assessment', need(2), 'not-met'],
  ['notts.parenting-capacity-assessment.p2p-level', 'notts.parenting-capacity-assessment', level(3), 'not-met'],
  ['notts.parenting-capacity-assessment.age', 'notts.parenting-capacity-assessment', withChild(17), 'not-met'],
  [
    'notts.parenting-capacity-assessment.learning-difficulty',
    'notts.parenting-capacity-assessment',
    answers({ 'notts.parent-learning-difficulty': 'no' }),
    'not-met',
  ],
  [
    'notts.parenting-capacity-assessment.cp-plan',
    'notts.parenting-capacity-assessment',
    status('child-in-need'),
    'not-met',
  ],
  [
    'notts.parenting-capacity-assessment.cp-plan-confirmed',
    'notts.parenting-capacity-assessment',
    status('care-proceedings'),
    'review',
  ],
  [
    'notts.parenting-capacity-assessment.care-proceedings-considered',
    'notts.parenting-capacity-assessment',
    answers({ 'notts.care-proceedings-considered': 'no' }),
    'not-met',
  ],
  ['notts.school-attendance-enforcement.need-category', 'notts.school-attendance-enforcement', need(2), 'not-met'],
  ['notts.school-attendance-enforcement.p2p-level', 'notts.school-attendance-enforcement', level(2), 'not-met'],
  [
    'notts.school-attendance-enforcement.lead-professional',
    'notts.school-attendance-enforcement',
    { context: { leadProfessional: null } },
    'not-met',
  ],
  [
    'notts.school-attendance-enforcement.attendance-below-90',
    'notts.school-attendance-enforcement',
    answers({ 'notts.school-attendance-percent': 90 }),
    'not-met',
  ],
  [
    'notts.school-attendance-enforcement.unauthorised-absences',
    'notts.school-attendance-enforcement',
    answers({ 'notts.unauthorised-absences': 'no' }),
    'not-met',
  ],
  ['notts.parenting-order-assessment.need-category', 'notts.parenting-order-assessment', need(3), 'not-met'],
  ['notts.parenting-order-assessment.p2p-level', 'notts.parenting-order-assessment', level(2), 'not-met'],
  [
    'notts.parenting-order-assessment.grounds',
    'notts.parenting-order-assessment',
    answers({ 'notts.parenting-order-grounds': ['none'] }),
    'not-met',
  ],
  ['notts.sibling-young-carer-assessment.p2p-level', 'notts.sibling-young-carer-assessment', level(2), 'review'],
  [
    'notts.sibling-young-carer-assessment.young-carer',
    'notts.sibling-young-carer-assessment',
    answers({ 'notts.sibling-young-carer': 'no' }),
    'not-met',
  ],
];

const VERDICT_FOR: Record<Exclude<ReasonStatus, 'met'>, Verdict> = {
  'not-met': 'ineligible',
  missing: 'incomplete',
  review: 'review',
};

const eligibleFamily = (serviceId: string): Json => family(...(ELIGIBLE[serviceId] ?? []));

// Every criterion that applies to a service, its own and its rule sets'.
const criteriaOf = (serviceId: string): string[] => {
  const s = catalogue.services.find((x) => x.id === serviceId);
  if (!s) return [];
  return [
    ...s.ruleSets.flatMap((id) => catalogue.ruleSets.find((r) => r.id === id)?.criteria ?? []),
    ...s.criteria,
  ].map((c) => c.id);
};

describe('notts-gfpo: the catalogue', () => {
  test('validates on its own', () => {
    const result = validateCatalogue(catalogue);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  test('has exactly the service ids CATALOGUE.md lists for notts-gfpo', () => {
    const doc = readFileSync(resolve(SHARED, 'CATALOGUE.md'), 'utf8');
    const section = doc.split('## Provider `notts-gfpo`')[1]?.split('\n## ')[0] ?? '';
    const listedIds = [...section.matchAll(/`(notts\.[a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(listedIds).toHaveLength(30);
    expect(catalogue.services.map((s) => s.id).sort()).toEqual([...new Set(listedIds)].sort());
  });

  test('every service files to the parenting courses mailbox and belongs to the provider', () => {
    for (const s of catalogue.services) {
      expect([s.id, s.mailbox, s.providerId]).toEqual([s.id, MAILBOX, 'notts-gfpo']);
    }
  });

  test('question, criterion, rule-set, package-rule and time-standard ids are prefixed notts.', () => {
    const ids = [
      ...catalogue.questions.map((q) => q.id),
      ...catalogue.ruleSets.map((r) => r.id),
      ...catalogue.packageRules.map((r) => r.id),
      ...catalogue.timeStandards.map((t) => t.id),
      ...catalogue.services.flatMap((s) => criteriaOf(s.id)),
    ];
    expect(ids.filter((id) => !id.startsWith('notts.'))).toEqual([]);
  });

  test('every citation names seed 002 and a heading that occurs in it; every quoted name in a note occurs too', () => {
    const citations: Citation[] = [
      ...catalogue.services.flatMap((s) => [...s.citations, ...s.criteria.map((c) => c.citation)]),
      ...catalogue.ruleSets.flatMap((r) => r.criteria.map((c) => c.citation)),
      ...catalogue.packageRules.map((r) => r.citation),
      ...catalogue.questions.flatMap((q) => (q.citation ? [q.citation] : [])),
      ...catalogue.timeStandards.map((t) => ({ ...t.citation })),
    ];
    expect(citations.length).toBeGreaterThan(150);
    const bad = citations.filter((c) => c.seed !== SEED_FILE || !seedFlat.includes(flat(c.section)));
    expect(bad).toEqual([]);
    const quoted = citations.flatMap((c) => [...(c.note ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ''));
    expect(quoted.length).toBeGreaterThan(20);
    expect(quoted.filter((q) => !seedFlat.includes(flat(q)))).toEqual([]);
  });

  test('a citation that is not in the seed would be caught (the check itself works)', () => {
    expect(seedFlat.includes(flat('Appendix 5 – Something Else'))).toBe(false);
    expect(seedFlat.includes(flat('12 Specialist Parenting Assessments for Court'))).toBe(true);
  });
});

describe('notts-gfpo: one eligible family per service', () => {
  test('the table covers every service', () => {
    expect(Object.keys(ELIGIBLE).sort()).toEqual(catalogue.services.map((s) => s.id).sort());
  });

  test.each(Object.keys(ELIGIBLE))('%s: eligible', (serviceId) => {
    const r = resultFor(eligibleFamily(serviceId), serviceId);
    expect(r.reasons.filter((x) => x.status !== 'met')).toEqual([]);
    expect(r.verdict).toBe('eligible');
  });
});

describe('notts-gfpo: every criterion has a family that fails it', () => {
  test('the table covers every criterion of every service, rule sets included', () => {
    // Area criteria have their own table, for every provider: tests/catalogues/areas.test.ts.
    const areas = new Set(
      catalogue.services.flatMap((s) => s.criteria.filter((c) => c.kind === 'area').map((c) => c.id)),
    );
    const all = new Set(catalogue.services.flatMap((s) => criteriaOf(s.id)).filter((c) => !areas.has(c)));
    const covered = new Set(FAILS.map(([c]) => c));
    expect([...all].filter((c) => !covered.has(c))).toEqual([]);
  });

  test.each(FAILS.map((f) => [f[0], f[1], f[2], f[3], f[4] ?? []] as const))(
    '%s (%s)',
    (criterion, serviceId, patch, expected, alsoNot) => {
      const r = resultFor(withPatch(eligibleFamily(serviceId), patch), serviceId);
      expect(r.reasons.find((x) => x.code === criterion)?.status).toBe(expected);
      expect(r.verdict).toBe(VERDICT_FOR[expected as Exclude<ReasonStatus, 'met'>]);
      // Only the criterion under test changes: the eligible family met everything else.
      expect(r.reasons.filter((x) => x.status !== 'met').map((x) => x.code)).toEqual([criterion, ...alsoNot]);
    },
  );
});

describe('notts-gfpo: shared rules, written once', () => {
  const usersOf = (ruleSet: string) =>
    catalogue.services
      .filter((s) => s.ruleSets.includes(ruleSet))
      .map((s) => s.id)
      .sort();

  test('the CP-plan exception applies to the four rows that state it: NVR, Strengthening Families, 123 Magic, Solihull', () => {
    expect(usersOf('notts.prerequisite-unless-cp')).toEqual([
      'notts.123-magic',
      'notts.nvr-group',
      'notts.solihull',
      'notts.strengthening-families',
    ]);
  });

  test('level 2 without a recent whole-family assessment: the parenting groups are closed, workshops and the drop-in are open', () => {
    expect(usersOf('notts.level-2-offer')).toEqual([
      'notts.123-magic',
      'notts.epec',
      'notts.nvr-group',
      'notts.solihull',
      'notts.strengthening-families',
    ]);
    const level2 = level(2, { recentWholeFamilyAssessment: 'no' });
    expect(
      resultFor(family(...(ELIGIBLE['notts.triple-p-workshops'] ?? []), level2), 'notts.triple-p-workshops').verdict,
    ).toBe('eligible');
    expect(resultFor(family(level2), 'notts.drop-in-clinic').verdict).toBe('eligible');
    const nvr = resultFor(withPatch(eligibleFamily('notts.nvr-group'), level2), 'notts.nvr-group');
    expect(nvr.alternatives).toEqual(expect.arrayContaining(['notts.drop-in-clinic', 'notts.triple-p-workshops']));
  });

  test('level 2 with the whole-family assessment not known asks for review, and unanswered asks the question', () => {
    const notKnown = resultFor(
      withPatch(eligibleFamily('notts.solihull'), level(2, { recentWholeFamilyAssessment: 'not-known' })),
      'notts.solihull',
    );
    expect(notKnown.verdict).toBe('review');
    const unanswered = resultFor(
      withPatch(eligibleFamily('notts.solihull'), level(2, { recentWholeFamilyAssessment: undefined })),
      'notts.solihull',
    );
    expect(unanswered.missing.map((m) => m.fact)).toEqual(['context.recentWholeFamilyAssessment']);
  });

  test('level 1 families are pointed to the online resources, which are open to them', () => {
    const r = resultFor(withPatch(eligibleFamily('notts.triple-p-workshops'), level(1)), 'notts.triple-p-workshops');
    expect(r.verdict).toBe('ineligible');
    expect(r.alternatives).toEqual(['notts.online-resources']);
    expect(resultFor(family(level(1)), 'notts.online-resources').verdict).toBe('eligible');
  });

  test('the prerequisite: a CP plan, an answer, or a workshop in the same package each satisfies it; unanswered asks', () => {
    const nothing = { support: { previous: undefined } };
    const base = withPatch(eligibleFamily('notts.nvr-group'), nothing);
    expect(resultFor(base, 'notts.nvr-group').missing.map((m) => m.fact)).toEqual(['support.previousServices']);
    expect(resultFor(withPatch(base, status('child-protection-plan')), 'notts.nvr-group').verdict).toBe('eligible');
    expect(
      resultFor(withPatch(base, requesting('notts.nvr-group', 'notts.conflict-workshop')), 'notts.nvr-group').verdict,
    ).toBe('eligible');
    expect(
      resultFor(withPatch(base, requesting('notts.nvr-group', 'notts.online-resources')), 'notts.nvr-group').verdict,
    ).toBe('eligible');
    // A request marked as advice is not a planned item.
    const advice = {
      services: [
        { serviceId: 'notts.nvr-group', personIds: [] },
        { serviceId: 'notts.drop-in-clinic', personIds: [], advice: true },
      ],
    };
    expect(resultFor(withPatch(base, advice), 'notts.nvr-group').verdict).toBe('incomplete');
  });

  test('Appendix 2: 1-1 parenting without an answer about circumstances asks for it', () => {
    const r = resultFor(
      withPatch(eligibleFamily('notts.one-to-one-parenting'), {
        answers: { 'notts.one-to-one-circumstances': undefined },
      }),
      'notts.one-to-one-parenting',
    );
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact)).toEqual(['answers.notts.one-to-one-circumstances']);
  });

  test('school attendance of exactly 90% is not below 90%; 89.9% is', () => {
    const at = (pct: number) =>
      resultFor(
        withPatch(
          eligibleFamily('notts.school-attendance-enforcement'),
          answers({ 'notts.school-attendance-percent': pct }),
        ),
        'notts.school-attendance-enforcement',
      ).verdict;
    expect([at(90), at(89.9)]).toEqual(['ineligible', 'eligible']);
  });
});

describe('notts-gfpo: package rules', () => {
  const withNeed = (primary: number, ...ids: string[]) => family(need(primary), requesting(...ids));
  const codes = (input: Json) => packageOf(input).map((f) => [f.code, f.severity, f.status]);

  test('at most three intervention items: a fourth is blocked', () => {
    const four = packageOf(
      withNeed(3, 'notts.nvr-group', 'notts.conflict-workshop', 'notts.one-to-one-parenting', 'notts.family-mediation'),
    );
    expect(four.find((f) => f.code === 'notts.max-three-items')).toMatchObject({
      severity: 'blocking',
      status: 'not-met',
      serviceIds: expect.arrayContaining(['notts.family-mediation']),
    });
  });

  test('drop-in clinics, online resources and specialist assessments do not count towards the three', () => {
    const input = withNeed(
      3,
      'notts.nvr-group',
      'notts.conflict-workshop',
      'notts.one-to-one-parenting',
      'notts.drop-in-clinic',
      'notts.online-resources',
      'notts.parenting-capacity-assessment',
      'notts.sibling-young-carer-assessment',
    );
    expect(codes(input)).toEqual([]);
  });

  test('a primary need is required for every referred service, but not for the online resources alone', () => {
    const missing = packageOf(family(need(undefined), requesting('notts.drop-in-clinic')));
    expect(missing.find((f) => f.code === 'notts.primary-need')).toMatchObject({
      severity: 'blocking',
      status: 'missing',
      missing: [{ fact: 'needs.gfpoPrimaryNeed' }],
    });
    expect(codes(family(need(undefined), level(1), requesting('notts.online-resources')))).toEqual([]);
  });

  test('advice when no item in the package is listed for the primary need', () => {
    expect(codes(withNeed(5, 'notts.nvr-group'))).toEqual([['notts.address-primary-need', 'advice', 'not-met']]);
    expect(codes(withNeed(5, 'notts.nvr-group', 'notts.calming-adhd-workshop'))).toEqual([]);
  });

  test('level 2: advice (not a block) to try the drop-in or webinars before Triple P, Lego or Conflict workshops', () => {
    const level2 = (...more: Json[]) => family(need(3), level(2), ...more);
    expect(codes(level2(requesting('notts.conflict-workshop'), usedBefore()))).toEqual([
      ['notts.level-2-drop-in-first', 'advice', 'not-met'],
    ]);
    expect(codes(level2(requesting('notts.conflict-workshop', 'notts.drop-in-clinic'), usedBefore()))).toEqual([]);
    expect(codes(level2(requesting('notts.conflict-workshop'), usedBefore('notts.online-resources')))).toEqual([]);
    expect(codes(family(need(3), level(3), requesting('notts.conflict-workshop')))).toEqual([]);
    // The ADHD workshop's row says nothing about a drop-in first.
    expect(codes(level2(need(5), requesting('notts.calming-adhd-workshop'), usedBefore()))).toEqual([]);
  });

  test('understanding teenagers: advice to use the drop-in clinics first, at any level', () => {
    expect(codes(withNeed(2, 'notts.understanding-teenagers-workshop'))).toEqual([
      ['notts.teenagers-drop-in-first', 'advice', 'missing'],
    ]);
    expect(
      codes(
        family(
          need(2),
          level(4),
          requesting('notts.understanding-teenagers-workshop'),
          usedBefore('notts.conflict-workshop'),
        ),
      ),
    ).toEqual([['notts.teenagers-drop-in-first', 'advice', 'not-met']]);
    expect(codes(withNeed(2, 'notts.understanding-teenagers-workshop', 'notts.drop-in-clinic'))).toEqual([]);
  });
});

describe('notts-gfpo: time standards (section 15 and others)', () => {
  const EXPECTED: readonly [id: string, amount: number, unit: string, from: string, appliesTo?: readonly string[]][] = [
    ['notts.screening', 5, 'working-days', 'referral-received'],
    ['notts.planning-meeting', 10, 'working-days', 'referral-received'],
    ['notts.plan-review', 12, 'weeks', 'plan-start'],
    ['notts.engagement-concern', 24, 'hours', 'concern-raised'],
    ['notts.dispute-resolution', 1, 'working-days', 'dispute-raised'],
    ['notts.pre-court-assessment', 2, 'weeks', 'allocation', ['notts.parenting-order-assessment']],
    ['notts.parenting-capacity-assessment', 12, 'weeks', 'allocation', ['notts.parenting-capacity-assessment']],
    [
      'notts.sibling-young-carer-assessment',
      30,
      'working-days',
      'allocation',
      ['notts.sibling-young-carer-assessment'],
    ],
    ['notts.adoption-support-fund-application', 30, 'calendar-days', 'allocation', ['notts.adoption-support-fund']],
    [
      'notts.closure-discussion-intensive',
      4,
      'missed-sessions',
      'plan-start',
      ['notts.intensive-family-support', 'notts.one-to-one-parenting'],
    ],
  ];

  test.each(EXPECTED.map((e) => [e[0], e] as const))('%s', (id, [, amount, unit, from, appliesTo]) => {
    const t = catalogue.timeStandards.find((x) => x.id === id);
    expect(t).toMatchObject({ amount, unit, from });
    if (appliesTo) expect(t?.appliesTo).toEqual(appliesTo);
    else expect(t?.appliesTo).toBeUndefined();
  });

  test('screening is met once the referral is allocated, waiting-listed, accepted or declined', () => {
    expect(
      catalogue.timeStandards
        .find((x) => x.id === 'notts.screening')
        ?.metOnStates?.slice()
        .sort(),
    ).toEqual(['accepted', 'allocated', 'declined', 'waiting-list']);
  });

  test('the extension rule is not a second 12-week clock beside the plan review', () => {
    expect(
      catalogue.timeStandards
        .filter((x) => x.unit === 'weeks' && x.amount === 12 && x.from === 'plan-start')
        .map((x) => x.id),
    ).toEqual(['notts.plan-review']);
  });

  test('closure after 2 missed sessions applies to every programme but the intensive and 1-1 ones (4) and the open-access ones', () => {
    const two = catalogue.timeStandards.find((x) => x.id === 'notts.closure-discussion');
    expect(two).toMatchObject({ amount: 2, unit: 'missed-sessions' });
    const excluded = catalogue.services
      .map((s) => s.id)
      .filter((id) => !two?.appliesTo?.includes(id))
      .sort();
    expect(excluded).toEqual([
      'notts.drop-in-clinic',
      'notts.intensive-family-support',
      'notts.one-to-one-parenting',
      'notts.online-resources',
    ]);
  });

  test('there are exactly the eleven standards the brief lists (the extension rule is not a clock)', () => {
    expect(catalogue.timeStandards).toHaveLength(11);
  });
});
