import { GFPO_NEEDS } from '../domain';
import type {
  Citation,
  Condition,
  Criterion,
  PackageRule,
  ProviderCatalogue,
  Question,
  RuleSet,
  Service,
  TimeStandard,
} from '../domain';

// Nottinghamshire Graduated Family and Parenting Offer (GFPO), from the operating guidance in seed 002:
// the offer diagram, sections 1–20, Appendix 1 (interventions list), Appendix 2 (1-1 criteria), Appendix 3 (clinics).

const SEED = '002_8658fb43c2b96107.txt';
const PROVIDER_ID = 'notts-gfpo';
// Appendix 4: Business Support monitors parenting.courses@nottsc.gov.uk (CATALOGUE.md: the mailbox for every service).
const MAILBOX = 'parenting.courses@nottsc.gov.uk';

// Section headings as they read in the seed (its tab after a section number is written as one space).
const S = {
  diagram: 'PATHWAY TO PROVISION LEVEL',
  referrals: '2 Referrals to the Family Service for the Graduated Family and Parenting Offer',
  assessments: '5 Assessments and the GFPO',
  planning: '7 Planning Meeting and GFPO Intervention Plan',
  review: '9 Review of Family Intervention Plan',
  groups: '10 Parenting Groups and Workshops',
  court: '12 Specialist Parenting Assessments for Court',
  siblingCarer: '13 Sibling Young Carer Assessment',
  asf: '14 Adoption Support Fund',
  quality: '15 Intervention Team Quality Standards',
  disputes: '19 Dispute resolution',
  closure: '20 Family and Parenting Team Case Closure when it has not be possible to engage the family.',
  appendix1: 'Appendix 1 – Graduated Family and Parenting Interventions List',
  appendix2: 'Appendix 2 – Criteria for 1-1 Parenting Support',
  appendix3: 'Appendix 3 – Specification for Parenting Clinics',
} as const;

const cite = (section: string, note?: string): Citation => ({ seed: SEED, section, ...(note ? { note } : {}) });
/** A row of the Appendix 1 table, named as the seed names it. */
const row = (name: string): Citation => cite(S.appendix1, `Row "${name}"`);
const DIAGRAM = cite(S.diagram, 'The offer diagram at the top of the guidance');

// ---- Service ids (CATALOGUE.md) and the groupings the seed's rules refer to ----

const WORKSHOPS = [
  'notts.triple-p-workshops',
  'notts.lego-therapy-workshop',
  'notts.conflict-workshop',
  'notts.calming-adhd-workshop',
  'notts.understanding-asd-workshop',
  'notts.understanding-teenagers-workshop',
] as const;
const PARENTING_GROUPS = [
  'notts.nvr-group',
  'notts.strengthening-families',
  'notts.123-magic',
  'notts.solihull',
  'notts.epec',
] as const;
// Open access and self-access: not commissioned as intervention items (see the three-item rule below).
const OPEN_ACCESS = ['notts.online-resources', 'notts.drop-in-clinic'] as const;
// Appendix 1 "Specialist Assessment" rows, and the diagram's sibling young carer assessment.
const SPECIALIST_ASSESSMENTS = [
  'notts.adoption-support-fund',
  'notts.household-income-assessment',
  'notts.adoption-financial-assessment',
  'notts.parenting-capacity-assessment',
  'notts.parenting-order-assessment',
  'notts.sibling-young-carer-assessment',
] as const;

type Need = '1' | '2' | '3' | '4' | '5';
const ALL_NEEDS: Need[] = ['1', '2', '3', '4', '5'];

// Appendix 1 "Category of NEED" column, per service (the diagram where Appendix 1 is silent gives none).
const NEEDS: Readonly<Record<string, readonly Need[]>> = {
  'notts.triple-p-workshops': ['1', '2', '4'],
  'notts.lego-therapy-workshop': ['1', '2', '5'],
  'notts.conflict-workshop': ['3'],
  'notts.calming-adhd-workshop': ['5'],
  'notts.understanding-asd-workshop': ['5'],
  'notts.understanding-teenagers-workshop': ['2', '3'],
  'notts.preparing-kinship-care': ['1'],
  'notts.solution-focused-family-meeting': ['1'],
  'notts.nvr-group': ['3'],
  'notts.strengthening-families': ['1', '2'],
  'notts.123-magic': ['5'],
  'notts.solihull': ['1'],
  'notts.epec': ALL_NEEDS,
  'notts.family-mediation': ['1'],
  'notts.family-centred-mapping': ['1'],
  'notts.one-to-one-parenting': ALL_NEEDS,
  'notts.intensive-family-support': ['1', '4'],
  'notts.family-group-conference': ['1'],
  'notts.promoting-positive-behaviour': ['1', '3'],
  'notts.emotional-wellbeing-resilience': ['1', '2', '3', '5'],
  'notts.cse-online-safety': ['1', '5'],
  'notts.adoption-support-fund': ALL_NEEDS,
  'notts.household-income-assessment': ['1'],
  'notts.adoption-financial-assessment': ALL_NEEDS,
  'notts.parenting-capacity-assessment': ['1', '4'],
  'notts.school-attendance-enforcement': ['1', '4'],
  'notts.parenting-order-assessment': ['1', '2', '4'],
};

// ---- Questions the referral schema does not carry ----

const Q = {
  priorSupport: 'notts.prior-support',
  diagnosis: 'notts.child-diagnosis',
  socialCommunication: 'notts.social-communication-difficulties',
  conflictInHome: 'notts.conflict-or-challenging-behaviour',
  problemBehaviours: 'notts.problem-behaviours-unresolved',
  familyRisks: 'notts.family-risks',
  interventionsAttempted: 'notts.multiple-interventions-attempted',
  oneToOneCircumstances: 'notts.one-to-one-circumstances',
  camhsThreshold: 'notts.meets-camhs-threshold',
  kinshipOrder: 'notts.kinship-order',
  previouslyLookedAfter: 'notts.child-previously-looked-after',
  recentKinshipCarer: 'notts.recently-became-kinship-carer',
  adoptionPlacement: 'notts.adoption-placement',
  learningDifficulty: 'notts.parent-learning-difficulty',
  careProceedingsConsidered: 'notts.care-proceedings-considered',
  leadFromCcYotCsc: 'notts.lead-professional-cc-yot-csc',
  attendance: 'notts.school-attendance-percent',
  unauthorisedAbsence: 'notts.unauthorised-absences',
  parentingOrderGrounds: 'notts.parenting-order-grounds',
  siblingYoungCarer: 'notts.sibling-young-carer',
} as const;
const answer = (id: string) => `answers.${id}`;

const questions: Question[] = [
  {
    id: Q.priorSupport,
    type: 'multi',
    label: 'Which of these has the parent or carer already attended or used?',
    options: [
      { value: 'webinar', label: 'GFPO webinars or online resources' },
      { value: 'drop-in-clinic', label: 'A parenting drop-in clinic' },
      { value: 'workshop', label: 'A relevant parenting workshop' },
      { value: 'parenting-group', label: 'A parenting group or programme' },
      { value: 'none', label: 'None of these' },
    ],
    hint: 'Several programmes expect a webinar, drop-in clinic or workshop first; planning one in this referral also counts.',
    citation: cite(S.appendix1),
  },
  {
    id: Q.diagnosis,
    type: 'multi',
    label: 'Does the child have a diagnosis of ADHD or of autism (ASD)?',
    options: [
      { value: 'adhd', label: 'ADHD' },
      { value: 'asd', label: 'Autism (ASD)' },
      { value: 'none', label: 'Neither' },
    ],
    citation: cite(S.appendix1),
  },
  {
    id: Q.socialCommunication,
    type: 'answer',
    label: 'Does the child have social communication and interaction difficulties (including autism)?',
    citation: row('Lego based Therapy Workshop'),
  },
  {
    id: Q.conflictInHome,
    type: 'answer',
    label: 'Is there conflict or physically challenging behaviour in the home?',
    citation: row('Calming ADHD Workshop'),
  },
  {
    id: Q.problemBehaviours,
    type: 'answer',
    label: "Are there problem behaviours that the parents' or carers' own efforts have not been able to address?",
    citation: row('Strengthening Families'),
  },
  {
    id: Q.familyRisks,
    type: 'multi',
    label: 'Which of these risks does the family face?',
    options: [
      { value: 's47-enquiries', label: 'Risk of section 47 (child protection) enquiries' },
      { value: 'placement-breakdown', label: 'Risk of placement breakdown' },
      { value: 'accommodation-into-care', label: 'Risk of a child being accommodated into local authority care' },
      { value: 'school-exclusion', label: 'Risk of exclusion from school or other educational provision' },
      { value: 'none', label: 'None of these' },
    ],
    citation: cite(S.appendix1),
  },
  {
    id: Q.interventionsAttempted,
    type: 'answer',
    label:
      'Is the family struggling to make sustained changes, with multiple professionals already involved and numerous interventions tried?',
    citation: row('Family Centred Mapping'),
  },
  {
    id: Q.oneToOneCircumstances,
    type: 'multi',
    label: 'Why can the parent not attend a workshop or parenting group?',
    options: [
      {
        value: 'diagnosed-additional-need',
        label: 'A diagnosed additional need (physical or mental ill-health, or a disability)',
      },
      { value: 'risk-to-others-in-group', label: 'May present a risk to others in a group setting' },
      { value: 'complex-substance-dependency', label: 'Highly complex drug or alcohol dependencies' },
      {
        value: 'unalterable-work-pattern',
        label:
          'A work pattern or commitment that cannot change, no suitable group soon, and an immediate need to prevent placement breakdown',
      },
      { value: 'other', label: 'Another exceptional circumstance' },
      { value: 'none', label: 'None: the parent could attend a group' },
    ],
    citation: cite(S.appendix2),
  },
  {
    id: Q.camhsThreshold,
    type: 'answer',
    label: "Do the child's emotional difficulties reach the threshold for CAMHS involvement?",
    citation: row('Increasing Emotional Well-being and Resilience'),
  },
  {
    id: Q.kinshipOrder,
    type: 'choice',
    label: 'Which order is the kinship care placement under?',
    options: [
      { value: 'sgo', label: 'A Special Guardianship Order (SGO) is in place' },
      { value: 'sgo-applied', label: 'An SGO is being applied for (no order yet)' },
      {
        value: 'cao-sgo-applied',
        label: 'A Child Arrangements Order (CAO) is in place and an SGO is being applied for',
      },
      { value: 'cao', label: 'A CAO is in place or applied for, with no SGO application' },
      { value: 'none', label: 'None of these' },
    ],
    citation: cite(S.appendix1),
  },
  {
    id: Q.previouslyLookedAfter,
    type: 'answer',
    label: 'Was the child previously looked after by the local authority?',
    citation: row('Adoption Support Fund'),
  },
  {
    id: Q.recentKinshipCarer,
    type: 'answer',
    label: 'Did the kinship carers take on the care of the child recently?',
    citation: row('Preparing for Kinship Care'),
  },
  {
    id: Q.adoptionPlacement,
    type: 'answer',
    label: 'Is this about an adoption placement for the child?',
    citation: row('Adoption Financial Assessment'),
  },
  {
    id: Q.learningDifficulty,
    type: 'answer',
    label: 'Does the parent have a diagnosed learning difficulty or learning disability?',
    citation: row('Specialist Assessment of Parenting Capacity'),
  },
  {
    id: Q.careProceedingsConsidered,
    type: 'answer',
    label: "Are care proceedings being considered because of concerns about the parents' capacity to parent?",
    citation: row('Specialist Assessment of Parenting Capacity'),
  },
  {
    id: Q.leadFromCcYotCsc,
    type: 'answer',
    label: "Is the lead professional from a children's centre, the Youth Offending Team or children's social care?",
    citation: row('Enforcement for School Attendance'),
  },
  {
    id: Q.attendance,
    type: 'number',
    label: "The child's school attendance, as a percentage",
    hint: 'For example 87.5',
    citation: row('Enforcement for School Attendance'),
  },
  {
    id: Q.unauthorisedAbsence,
    type: 'answer',
    label: 'Does the child have unauthorised absences from school?',
    citation: row('Enforcement for School Attendance'),
  },
  {
    id: Q.parentingOrderGrounds,
    type: 'multi',
    label: 'Why might the parent or carer benefit from a parenting order?',
    options: [
      { value: 'school-attendance-prosecution', label: "Facing prosecution over their child's school attendance" },
      {
        value: 'child-offence',
        label: 'Has parental responsibility for a child or young person who has committed an offence',
      },
      { value: 'none', label: 'Neither' },
    ],
    citation: row('Parenting Order Assessment for Court'),
  },
  {
    id: Q.siblingYoungCarer,
    type: 'answer',
    label: 'Is a child in the family a young carer for a brother or sister?',
    citation: cite(S.siblingCarer),
  },
];

// ---- Small builders for per-service criteria (each service's own Appendix 1 row) ----

type Level = 1 | 2 | 3 | 4;
const listed = (items: readonly (string | number)[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

const needCategory = (id: string, citation: Citation): Criterion => {
  const needs = NEEDS[id] ?? [];
  return {
    kind: 'condition',
    id: `${id}.need-category`,
    requirement: `For needs in category ${listed(needs)}: ${needs.map((n) => GFPO_NEEDS[Number(n) as keyof typeof GFPO_NEEDS].toLowerCase()).join('; ')}`,
    citation,
    test: { fact: 'needs.gfpoNeeds', includesAny: needs },
  };
};

const p2pLevels = (
  id: string,
  levels: readonly Level[],
  citation: Citation,
  requirement?: string,
  otherwise?: 'review',
): Criterion => ({
  kind: 'condition',
  id: `${id}.p2p-level`,
  requirement: requirement ?? `For families at level ${listed(levels)} of the Pathway to Provision`,
  citation,
  test: { fact: 'context.p2pLevel', in: levels },
  ...(otherwise ? { otherwise } : {}),
});

const ageRange = (
  id: string,
  requirement: string,
  citation: Citation,
  range: { min?: number; max?: number; belowMin?: 'review' },
  suffix = 'age',
): Criterion => ({
  kind: 'age',
  id: `${id}.${suffix}`,
  requirement,
  citation,
  ...range,
});

// "Parent/carers of teenagers": 13 to 19; a younger child is a question for the team, not a refusal.
const teenagers = (id: string, citation: Citation): Criterion =>
  ageRange(
    id,
    'For parents and carers of teenagers (13 to 19); for a younger child, ask the team whether the workshop suits them',
    citation,
    { min: 13, max: 19, belowMin: 'review' },
  );

const condition = (
  id: string,
  slug: string,
  requirement: string,
  citation: Citation,
  test: Condition,
  extra: Pick<Criterion, 'otherwise' | 'alternatives'> = {},
): Criterion => ({
  kind: 'condition',
  id: `${id}.${slug}`,
  requirement,
  citation,
  test,
  ...extra,
});

const FAMILY_RISKS = answer(Q.familyRisks);
const risksInclude = (...values: string[]): Condition => ({ fact: FAMILY_RISKS, includesAny: values });
const behavioursInclude = (...values: string[]): Condition => ({ fact: 'needs.behaviours', includesAny: values });
const statusIn = (...values: string[]): Condition => ({ fact: 'context.statutoryStatus', in: values });

// Children "on a Child Protection Plan": the referral records one statutory status, so PLO or care proceedings
// (which usually follow a CP plan) are asked about rather than assumed.
const cpPlan = (id: string, requirement: string, citation: Citation): Criterion[] => [
  condition(id, 'cp-plan', requirement, citation, statusIn('child-protection-plan', 'plo', 'care-proceedings')),
  condition(
    id,
    'cp-plan-confirmed',
    'In PLO or care proceedings: confirm the children are on child protection plans',
    citation,
    { not: statusIn('plo', 'care-proceedings') },
    { otherwise: 'review' },
  ),
];

// What "already accessed webinars, a drop-in clinic or a workshop" means: said so, or planned in this package.
type Prior = 'webinar' | 'drop-in-clinic' | 'workshop' | 'parenting-group';
const PRIOR_SERVICES: Record<Prior, readonly string[]> = {
  webinar: ['notts.online-resources'],
  'drop-in-clinic': ['notts.drop-in-clinic'],
  workshop: WORKSHOPS,
  'parenting-group': PARENTING_GROUPS,
};
const attendedOrPlanned = (...kinds: Prior[]): Condition => ({
  any: [
    { fact: answer(Q.priorSupport), includesAny: kinds },
    { fact: 'package.services', includesAny: kinds.flatMap((k) => PRIOR_SERVICES[k]) },
  ],
});

// Appendix 2's examples of why a parent cannot attend a group ("for example, this could include").
const LISTED_CIRCUMSTANCES = [
  'diagnosed-additional-need',
  'risk-to-others-in-group',
  'complex-substance-dependency',
  'unalterable-work-pattern',
];

// ---- Shared rule sets: rules the seed states once for many services ----

const RS = {
  gfpo: 'notts.gfpo',
  level2: 'notts.level-2-offer',
  prerequisite: 'notts.prerequisite-unless-cp',
  nottinghamshire: 'notts.children-of-nottinghamshire',
} as const;

const ruleSets: RuleSet[] = [
  {
    id: RS.gfpo,
    description:
      'Every GFPO service referred to: Pathway to Provision level 2, 3 or 4 (level 1: online resources only)',
    criteria: [
      {
        kind: 'condition',
        id: 'notts.gfpo.p2p-level',
        requirement:
          'The GFPO is for families at level 2, 3 or 4 of the Pathway to Provision; at level 1, use the online resources and webinars',
        citation: cite(S.assessments, 'The offer diagram opens only "Online Resources /Leaflets and Webinars" at L1'),
        test: { fact: 'context.p2pLevel', in: [2, 3, 4] },
        alternatives: ['notts.online-resources'],
      },
    ],
  },
  {
    id: RS.level2,
    description: 'Parenting groups open at level 2: only for level-2 families with a recent whole-family assessment',
    criteria: [
      {
        kind: 'condition',
        id: 'notts.level-2-offer.recent-assessment',
        requirement:
          'Families at level 2 without a recent whole-family assessment are offered relevant workshops or the parenting drop-in only',
        citation: cite(
          S.groups,
          'Section 5 also says families without a recent whole-family assessment have more limited access',
        ),
        test: {
          not: {
            all: [
              { fact: 'context.p2pLevel', eq: 2 },
              { fact: 'context.recentWholeFamilyAssessment', eq: 'no' },
            ],
          },
        },
        alternatives: ['notts.drop-in-clinic', ...WORKSHOPS],
      },
    ],
  },
  {
    id: RS.prerequisite,
    description: 'Webinars, a drop-in clinic or a relevant workshop first, except for families with a CP plan',
    criteria: [
      {
        kind: 'condition',
        id: 'notts.prerequisite-unless-cp.attended-first',
        requirement:
          'Except for families with a CP plan, parents must access webinars, drop-in clinics and/or a relevant workshop first (already, or as part of this package)',
        citation: cite(
          S.appendix1,
          'Rows "Non-Violent Resistance", "Strengthening Families", "123 Magic" and "Solihull Parenting"',
        ),
        test: { any: [statusIn('child-protection-plan'), attendedOrPlanned('webinar', 'drop-in-clinic', 'workshop')] },
        alternatives: ['notts.drop-in-clinic', 'notts.online-resources'],
      },
    ],
  },
  {
    id: RS.nottinghamshire,
    description: 'Financial assessments for children of Nottinghamshire',
    criteria: [
      {
        kind: 'person',
        who: 'child',
        id: 'notts.children-of-nottinghamshire.resident',
        requirement:
          'For children of Nottinghamshire: if the child does not live in the county, ask whether Nottinghamshire is responsible for them',
        citation: cite(S.appendix1, 'Rows "Initial Household Income Assessment" and "Adoption Financial Assessment"'),
        test: { fact: 'child.livesInBorough', eq: 'yes' },
        otherwise: 'review',
      },
    ],
  },
];

// ---- The services ----

type Draft = Omit<Service, 'providerId' | 'mailbox' | 'ruleSets'> & { ruleSets?: string[] };
const service = (d: Draft): Service => ({
  providerId: PROVIDER_ID,
  mailbox: MAILBOX,
  ...d,
  ruleSets: d.ruleSets ?? [RS.gfpo],
});

const services: Service[] = [
  service({
    id: 'notts.online-resources',
    name: 'Online resources, leaflets and webinars',
    description:
      'Parenting information, leaflets and webinars open to every family, at every level of the Pathway to Provision.',
    kind: 'resource',
    audience: 'adult',
    format: 'Online resources, leaflets and webinars',
    eligibilityDescription: 'Open to families at levels 1, 2, 3 and 4 of the Pathway to Provision.',
    ruleSets: [],
    criteria: [
      p2pLevels(
        'notts.online-resources',
        [1, 2, 3, 4],
        DIAGRAM,
        'Open to families at every level (1 to 4) of the Pathway to Provision',
      ),
    ],
    citations: [DIAGRAM],
  }),
  service({
    id: 'notts.drop-in-clinic',
    name: 'Parenting drop-in clinic',
    description:
      'A half-day, open-access drop-in staffed by Parent and Family workers and Parenting Coordinators, offering practical parenting advice, guidance and support; appointments of up to 30 minutes, booked or on arrival, with a duty helpline for parents who cannot attend.',
    kind: 'support',
    audience: 'adult',
    format: 'Open-access drop-in; appointments of up to 30 minutes',
    length: 'Fortnightly sessions of about 2.5 hours, mornings and afternoons alternately',
    eligibilityDescription:
      'Parents at level 2 with emerging concerns about parenting; parents with follow-up queries after a group or workshop; parents who phone the EHU with general queries; parents with a social worker, case manager or youth justice worker who need parenting advice.',
    contacts: [
      {
        name: 'Duty phone helpline',
        note: 'A duty helpline accompanies the clinics for parents who cannot attend (Appendix 3); the seed gives no number.',
      },
    ],
    criteria: [
      p2pLevels(
        'notts.drop-in-clinic',
        [2, 3],
        DIAGRAM,
        'The diagram offers the clinic at levels 2 and 3; at level 4, ask the Parenting Coordinator (Appendix 3 also welcomes parents with a social worker who need advice)',
        'review',
      ),
    ],
    citations: [cite(S.appendix3), DIAGRAM],
  }),
  service({
    id: 'notts.triple-p-workshops',
    name: 'Triple P workshops',
    description:
      "Workshops for families with emerging concerns about parenting and its impact on the child's emotional health, resilience and behaviour.",
    kind: 'workshop',
    audience: 'adult',
    format: 'Workshop',
    ages: { min: 5, max: 16 },
    eligibilityDescription:
      'Children aged 5 to 16; families at levels 2, 3 and 4. Parents at level 2 will normally be encouraged to attend a drop-in clinic or access webinars first.',
    criteria: [
      needCategory('notts.triple-p-workshops', row('Triple P Workshops')),
      ageRange('notts.triple-p-workshops', 'For families with children aged 5 to 16', row('Triple P Workshops'), {
        min: 5,
        max: 16,
      }),
    ],
    citations: [row('Triple P Workshops'), DIAGRAM],
  }),
  service({
    id: 'notts.lego-therapy-workshop',
    name: 'Lego-based therapy workshop',
    description:
      'A play-based approach to developing the social skills of children with social communication and interaction difficulties, including autism. Families attend the play workshop before any 1-1 Lego-based therapy sessions.',
    kind: 'workshop',
    audience: 'family',
    format: 'Play workshop, then any 1-1 Lego-based therapy sessions',
    eligibilityDescription:
      'Children with social communication and interaction difficulties, including autism; families at levels 2, 3 and 4. Parents at level 2 will be encouraged to attend a drop-in clinic or access webinars first.',
    criteria: [
      needCategory('notts.lego-therapy-workshop', row('Lego based Therapy Workshop')),
      condition(
        'notts.lego-therapy-workshop',
        'social-communication',
        'For children with social communication and interaction difficulties, including autism',
        row('Lego based Therapy Workshop'),
        { fact: answer(Q.socialCommunication), eq: 'yes' },
      ),
    ],
    citations: [row('Lego based Therapy Workshop'), DIAGRAM],
  }),
  service({
    id: 'notts.conflict-workshop',
    name: 'Conflict workshop',
    description:
      'A one-day workshop for parents and carers of teenagers where there is conflict in the home: assertive parenting strategies, active resistance, praise, and building the self-esteem of parents and young people.',
    kind: 'workshop',
    audience: 'adult',
    format: 'One-day workshop',
    eligibilityDescription:
      'Parents and carers of teenagers with conflict in the home; families at levels 2, 3 and 4. Parents at level 2 will be encouraged to attend a drop-in clinic or use webinars first.',
    criteria: [
      needCategory('notts.conflict-workshop', row('Conflict Workshop')),
      teenagers('notts.conflict-workshop', row('Conflict Workshop')),
    ],
    citations: [row('Conflict Workshop'), DIAGRAM],
  }),
  service({
    id: 'notts.calming-adhd-workshop',
    name: 'Calming ADHD workshop',
    description:
      'A one-day workshop building the confidence, knowledge and strategies of parents and carers of teenagers with ADHD, where there is conflict or physically challenging behaviour in the home.',
    kind: 'workshop',
    audience: 'adult',
    format: 'One-day workshop',
    eligibilityDescription:
      'Parents and carers of teenagers with a diagnosis of ADHD, where there is conflict and/or physically challenging behaviour in the home; families at levels 2, 3 and 4.',
    criteria: [
      needCategory('notts.calming-adhd-workshop', row('Calming ADHD Workshop')),
      teenagers('notts.calming-adhd-workshop', row('Calming ADHD Workshop')),
      condition(
        'notts.calming-adhd-workshop',
        'adhd-diagnosis',
        'The teenager has a diagnosis of ADHD',
        row('Calming ADHD Workshop'),
        { fact: answer(Q.diagnosis), includesAny: ['adhd'] },
      ),
      condition(
        'notts.calming-adhd-workshop',
        'conflict-in-home',
        'There is conflict and/or physically challenging behaviour in the home',
        row('Calming ADHD Workshop'),
        { fact: answer(Q.conflictInHome), eq: 'yes' },
      ),
    ],
    citations: [row('Calming ADHD Workshop'), DIAGRAM],
  }),
  service({
    id: 'notts.understanding-asd-workshop',
    name: 'Understanding ASD workshop',
    description:
      'A one-day workshop building the confidence, knowledge and strategies of parents and carers of teenagers with autism (ASD), where there is conflict or physically challenging behaviour in the home.',
    kind: 'workshop',
    audience: 'adult',
    format: 'One-day workshop',
    eligibilityDescription:
      'Parents and carers of teenagers with a diagnosis of autistic spectrum disorder, where there is conflict and/or physically challenging behaviour in the home; families at levels 2, 3 and 4.',
    criteria: [
      needCategory('notts.understanding-asd-workshop', row('Understanding ASD Workshop')),
      teenagers('notts.understanding-asd-workshop', row('Understanding ASD Workshop')),
      condition(
        'notts.understanding-asd-workshop',
        'asd-diagnosis',
        'The teenager has a diagnosis of autistic spectrum disorder',
        row('Understanding ASD Workshop'),
        { fact: answer(Q.diagnosis), includesAny: ['asd'] },
      ),
      condition(
        'notts.understanding-asd-workshop',
        'conflict-in-home',
        'There is conflict and/or physically challenging behaviour in the home',
        row('Understanding ASD Workshop'),
        { fact: answer(Q.conflictInHome), eq: 'yes' },
      ),
    ],
    citations: [row('Understanding ASD Workshop'), DIAGRAM],
  }),
  service({
    id: 'notts.understanding-teenagers-workshop',
    name: 'Understanding and parenting teenagers workshop',
    description:
      'A workshop equipping parents to support their children more confidently on child sexual exploitation, online safety, adolescent development and the teenage brain, child criminal exploitation and risk-taking behaviour.',
    kind: 'workshop',
    audience: 'adult',
    format: 'Workshop',
    ages: { min: 11, max: 18 },
    eligibilityDescription:
      'Families with children aged 11 to 18; levels 2, 3 and 4. Parents will be encouraged to use the drop-in clinics first.',
    criteria: [
      needCategory('notts.understanding-teenagers-workshop', row('Understanding and Parenting Teenagers Workshop')),
      ageRange(
        'notts.understanding-teenagers-workshop',
        'For families with children aged 11 to 18',
        row('Understanding and Parenting Teenagers Workshop'),
        { min: 11, max: 18 },
      ),
    ],
    citations: [row('Understanding and Parenting Teenagers Workshop'), DIAGRAM],
  }),
  service({
    id: 'notts.preparing-kinship-care',
    name: 'Preparing for kinship care',
    description:
      'A groupwork programme for families preparing to be kinship carers or who have recently become kinship carers: the SGO application process, trauma and attachment, and strategies to address them.',
    kind: 'group',
    audience: 'adult',
    format: 'Groupwork programme',
    eligibilityDescription:
      'Families preparing to be kinship carers and/or who have recently become kinship carers; levels 2, 3 and 4.',
    criteria: [
      needCategory('notts.preparing-kinship-care', row('Preparing for Kinship Care')),
      {
        kind: 'person',
        who: 'adult',
        id: 'notts.preparing-kinship-care.kinship-carer',
        requirement: 'For adults preparing to be kinship carers, or who have recently become kinship carers',
        citation: row('Preparing for Kinship Care'),
        test: {
          any: [
            { fact: 'adult.role', eq: 'prospective-kinship-carer' },
            {
              all: [
                { fact: 'adult.role', eq: 'kinship-carer' },
                { fact: answer(Q.recentKinshipCarer), eq: 'yes' },
              ],
            },
          ],
        },
      },
    ],
    // The diagram lists it among the workshops ("Preparing for Kinship Care Workshop"), so the level-2 limit to
    // workshops and the drop-in (section 10) is not applied to it.
    citations: [row('Preparing for Kinship Care'), cite(S.diagram, 'Listed as "Preparing for Kinship Care Workshop"')],
  }),
  service({
    id: 'notts.solution-focused-family-meeting',
    name: 'Solution-focused family meeting',
    description:
      'A one-off meeting to explore a single issue causing concern within the family, build communication and agree actions.',
    kind: 'intervention',
    audience: 'family',
    format: 'One-off meeting',
    eligibilityDescription:
      'Families at level 3 whose parents have attended a suitable workshop and/or the drop-in clinic first.',
    criteria: [
      needCategory('notts.solution-focused-family-meeting', row('Solution Focused Family Meeting')),
      p2pLevels('notts.solution-focused-family-meeting', [3], row('Solution Focused Family Meeting')),
      condition(
        'notts.solution-focused-family-meeting',
        'workshop-or-drop-in-first',
        'Parents will have attended a suitable workshop and/or the drop-in clinic first (already, or as part of this package)',
        row('Solution Focused Family Meeting'),
        attendedOrPlanned('workshop', 'drop-in-clinic'),
        { alternatives: ['notts.drop-in-clinic'] },
      ),
    ],
    citations: [row('Solution Focused Family Meeting'), DIAGRAM],
  }),
  service({
    id: 'notts.nvr-group',
    name: 'Non-Violent Resistance (NVR) group',
    description:
      'A group programme for parents and carers whose children use violent, aggressive or controlling behaviour against them: de-escalation, parental presence and the parent-child relationship.',
    kind: 'group',
    audience: 'adult',
    format: 'Group work programme',
    length: '12 weeks',
    eligibilityDescription:
      'Parents and carers whose children use violent, aggressive and/or controlling behaviour against them; levels 2, 3 and 4, priority to levels 3 and 4. Except for families with a CP plan, parents access webinars, drop-in clinics and/or a relevant workshop first.',
    ruleSets: [RS.gfpo, RS.level2, RS.prerequisite],
    criteria: [
      needCategory('notts.nvr-group', row('Non-Violent Resistance')),
      condition(
        'notts.nvr-group',
        'violence-towards-parent',
        'The child or children use violent, aggressive and/or controlling behaviour against the parent or carer',
        row('Non-Violent Resistance'),
        {
          any: [
            behavioursInclude('violence-towards-parents'),
            {
              fact: 'needs.challenges',
              includesAny: [
                'verbal-physical-aggression',
                'challenging-defiant-aggressive',
                'threatening-family-safety',
              ],
            },
          ],
        },
      ),
    ],
    citations: [row('Non-Violent Resistance'), DIAGRAM],
  }),
  service({
    id: 'notts.strengthening-families',
    name: 'Strengthening Families',
    description:
      'A parenting group for parents and carers of 10 to 14 year olds with problem behaviours: child development, effective boundaries and sanctions, self-esteem and parent-child communication.',
    kind: 'group',
    audience: 'adult',
    format: 'Parenting group',
    ages: { min: 10, max: 14 },
    eligibilityDescription:
      'Parents and carers of children aged 10 to 14 with problem behaviours their parenting has not been able to address; levels 2, 3 and 4, priority to 3 and 4. Except for families with a CP plan, parents access webinars, drop-in clinics and/or a relevant workshop first.',
    ruleSets: [RS.gfpo, RS.level2, RS.prerequisite],
    criteria: [
      needCategory(
        'notts.strengthening-families',
        cite(S.appendix1, 'Row "Strengthening Families": need "1.2", read as 1 and 2'),
      ),
      ageRange(
        'notts.strengthening-families',
        'For parents and carers of children aged 10 to 14',
        row('Strengthening Families'),
        { min: 10, max: 14 },
      ),
      condition(
        'notts.strengthening-families',
        'problem-behaviours',
        'There are problem behaviours that parenting has not been able to address',
        row('Strengthening Families'),
        { fact: answer(Q.problemBehaviours), eq: 'yes' },
      ),
    ],
    citations: [row('Strengthening Families')],
  }),
  service({
    id: 'notts.123-magic',
    name: '1-2-3 Magic',
    description:
      "A programme for parents and carers of children with ADHD: understanding ADHD, effective discipline, the child-parent relationship and the child's self-esteem.",
    kind: 'group',
    audience: 'adult',
    format: 'Parenting group',
    length: '3 full days or 6 half days',
    ages: { min: 5, max: 12 },
    eligibilityDescription:
      'Parents and carers of children aged 5 to 12 with a diagnosis of ADHD; levels 2, 3 and 4, priority to 3 and 4. Except for families with a CP plan, parents access webinars, drop-in clinics and/or a relevant workshop first.',
    ruleSets: [RS.gfpo, RS.level2, RS.prerequisite],
    criteria: [
      needCategory('notts.123-magic', row('123 Magic')),
      ageRange('notts.123-magic', 'For parents and carers of children aged 5 to 12', row('123 Magic'), {
        min: 5,
        max: 12,
      }),
      condition('notts.123-magic', 'adhd-diagnosis', 'The child has a diagnosis of ADHD', row('123 Magic'), {
        fact: answer(Q.diagnosis),
        includesAny: ['adhd'],
      }),
    ],
    citations: [row('123 Magic'), DIAGRAM],
  }),
  service({
    id: 'notts.solihull',
    name: 'Solihull Parenting',
    description:
      "A programme promoting secure attachment: the child's age and stage, communicating effectively, how feelings affect behaviour, and a calmer, happier home.",
    kind: 'group',
    audience: 'adult',
    format: 'Parenting group',
    length: '10 weeks',
    eligibilityDescription:
      'Levels 2, 3 and 4, priority to 3 and 4. Except for families with a CP plan, parents access webinars, drop-in clinics and/or a relevant workshop first.',
    ruleSets: [RS.gfpo, RS.level2, RS.prerequisite],
    criteria: [needCategory('notts.solihull', row('Solihull Parenting'))],
    citations: [row('Solihull Parenting'), DIAGRAM],
  }),
  service({
    id: 'notts.epec',
    name: 'EPEC (Being a Parent, Living with Teenagers, ASD and ADHD)',
    description:
      'A volunteer, peer-led parenting course on child development, parenting resilience and family relationships, and parent-child communication through play and positive interaction.',
    kind: 'group',
    audience: 'adult',
    format: 'Volunteer, peer-led parenting course',
    length: '8 weeks',
    eligibilityDescription:
      'Families at levels 2 and 3, with priority to levels 2 and 3 and to families with a CiN plan. Parents access webinars, drop-in clinics and/or a relevant workshop first.',
    ruleSets: [RS.gfpo, RS.level2],
    criteria: [
      needCategory('notts.epec', row('EPEC Bring a Parent / Living with Teenagers / ASD & ADHD')),
      p2pLevels('notts.epec', [2, 3], row('EPEC Bring a Parent / Living with Teenagers / ASD & ADHD')),
      // No CP-plan exception in this row, unlike the other parenting groups.
      condition(
        'notts.epec',
        'attended-first',
        'Parents must access webinars, drop-in clinics and/or a relevant workshop first (already, or as part of this package)',
        row('EPEC Bring a Parent / Living with Teenagers / ASD & ADHD'),
        attendedOrPlanned('webinar', 'drop-in-clinic', 'workshop'),
        { alternatives: ['notts.drop-in-clinic', 'notts.online-resources'] },
      ),
    ],
    citations: [
      row('EPEC Bring a Parent / Living with Teenagers / ASD & ADHD'),
      cite(S.diagram, 'Listed as "EPEC Being a Parent / EPEC Living with Teenagers/ EPEC - ADHD/ASD"'),
    ],
  }),
  service({
    id: 'notts.family-mediation',
    name: 'Family mediation',
    description:
      'Supports families with complex needs to resolve disputes, build communication and reach a shared agreement that keeps the children safe at home.',
    kind: 'intervention',
    audience: 'family',
    format: 'Mediation with the family',
    ages: { min: 5 },
    eligibilityDescription:
      'Families with complex needs, children aged 5 or over, and a risk of s47 enquiries, placement breakdown and/or accommodation into local authority care; levels 3 and 4.',
    criteria: [
      needCategory('notts.family-mediation', row('Family Mediation')),
      p2pLevels('notts.family-mediation', [3, 4], row('Family Mediation')),
      ageRange('notts.family-mediation', 'For families whose children are aged 5 or over', row('Family Mediation'), {
        min: 5,
      }),
      condition(
        'notts.family-mediation',
        'risk',
        'There is a risk of s47 enquiries, placement breakdown and/or accommodation into local authority care',
        row('Family Mediation'),
        risksInclude('s47-enquiries', 'placement-breakdown', 'accommodation-into-care'),
      ),
    ],
    citations: [row('Family Mediation'), DIAGRAM],
  }),
  service({
    id: 'notts.family-centred-mapping',
    name: 'Family centred mapping',
    description:
      'A one-off intervention helping families map their journey, understand where their issues are and set their own plan for change.',
    kind: 'intervention',
    audience: 'family',
    format: 'One-off intervention',
    eligibilityDescription:
      'Families at levels 3 or 4 struggling to make sustained changes, with multiple professionals already involved, numerous interventions tried, and a risk of placement breakdown.',
    criteria: [
      needCategory('notts.family-centred-mapping', row('Family Centred Mapping')),
      p2pLevels('notts.family-centred-mapping', [3, 4], row('Family Centred Mapping')),
      condition(
        'notts.family-centred-mapping',
        'interventions-attempted',
        'The family is struggling to make sustained changes, with multiple professionals involved and numerous interventions tried',
        row('Family Centred Mapping'),
        { fact: answer(Q.interventionsAttempted), eq: 'yes' },
      ),
      condition(
        'notts.family-centred-mapping',
        'placement-breakdown',
        'There is a risk of placement breakdown',
        row('Family Centred Mapping'),
        risksInclude('placement-breakdown'),
      ),
    ],
    citations: [row('Family Centred Mapping'), cite(S.diagram, 'Listed as "Family Mapping"')],
  }),
  service({
    id: 'notts.one-to-one-parenting',
    name: '1-1 parenting in the home',
    description:
      'Parenting support in the family home, in exceptional circumstances and with management sign-off: to build engagement before a group, or to consolidate learning from a group the parent is struggling to put into practice.',
    kind: 'one-to-one',
    audience: 'adult',
    format: 'One-to-one in the family home',
    length: 'Up to 12 weeks',
    ages: { min: 5 },
    eligibilityDescription:
      'Families formally assessed at level 3 or 4, with children over 5, where the lead professional stays involved and exceptional circumstances stop the parent attending a group. Priority to CP plans, legal planning or PLO, and risk of placement breakdown.',
    criteria: [
      needCategory('notts.one-to-one-parenting', row('1-1 Parenting within the Home')),
      p2pLevels(
        'notts.one-to-one-parenting',
        [3, 4],
        cite(S.appendix2),
        'Only for families formally assessed as having complex needs at level 3 or 4 of the Pathway to Provision',
      ),
      ageRange(
        'notts.one-to-one-parenting',
        'For families with children aged over 5',
        row('1-1 Parenting within the Home'),
        { min: 5 },
      ),
      // "Over 5" read literally excludes a five-year-old; the seed elsewhere says "5 or over", so ask.
      ageRange(
        'notts.one-to-one-parenting',
        'For children "aged over 5": a child of exactly 5 may not count, so ask the team',
        row('1-1 Parenting within the Home'),
        { min: 6, belowMin: 'review' },
        'over-five',
      ),
      condition(
        'notts.one-to-one-parenting',
        'lead-professional',
        'The lead professional continues to be involved',
        cite(S.appendix2),
        { fact: 'context.leadProfessional', eq: 'yes' },
      ),
      condition(
        'notts.one-to-one-parenting',
        'exceptional-circumstances',
        'Only in exceptional circumstances that stop the parent attending a workshop or parenting group',
        cite(S.appendix2),
        { fact: answer(Q.oneToOneCircumstances), includesAny: [...LISTED_CIRCUMSTANCES, 'other'] },
      ),
      condition(
        'notts.one-to-one-parenting',
        'listed-circumstance',
        'A circumstance not among the examples in Appendix 2: the team manager decides whether it is exceptional',
        cite(S.appendix2),
        {
          any: [
            { fact: answer(Q.oneToOneCircumstances), includesAny: LISTED_CIRCUMSTANCES },
            { not: { fact: answer(Q.oneToOneCircumstances), includesAny: ['other'] } },
          ],
        },
        { otherwise: 'review' },
      ),
      condition(
        'notts.one-to-one-parenting',
        'attended-group-first',
        'Parents are normally expected to have attended a relevant workshop and/or parenting group; otherwise the team decides',
        row('1-1 Parenting within the Home'),
        attendedOrPlanned('workshop', 'parenting-group'),
        { otherwise: 'review' },
      ),
    ],
    citations: [
      cite(S.appendix2),
      row('1-1 Parenting within the Home'),
      cite(S.groups),
      cite(S.diagram, 'Listed as "121 Parenting in the Home"'),
    ],
  }),
  service({
    id: 'notts.intensive-family-support',
    name: 'Intensive family support',
    description:
      'Regular, intensive intervention in the home on routines, boundaries, home conditions and parenting capacity.',
    kind: 'intervention',
    audience: 'family',
    format: 'Regular, intensive visits in the home',
    length: 'Reviewed every 12 weeks',
    ages: { min: 5 },
    eligibilityDescription:
      'Families with complex needs and children aged 5 or over, with a risk of s47 enquiries, a CP plan, in PLO and/or at risk of accommodation into local authority care; levels 3 and 4.',
    criteria: [
      needCategory('notts.intensive-family-support', row('Intensive Family Support')),
      p2pLevels('notts.intensive-family-support', [3, 4], row('Intensive Family Support')),
      ageRange(
        'notts.intensive-family-support',
        'For families whose children are aged 5 or over',
        row('Intensive Family Support'),
        { min: 5 },
      ),
      condition(
        'notts.intensive-family-support',
        'risk',
        'There is a risk of s47 enquiries, a CP plan, PLO and/or a risk of accommodation into local authority care',
        row('Intensive Family Support'),
        { any: [statusIn('child-protection-plan', 'plo'), risksInclude('s47-enquiries', 'accommodation-into-care')] },
      ),
    ],
    citations: [row('Intensive Family Support'), DIAGRAM],
  }),
  service({
    id: 'notts.family-group-conference',
    name: 'Family group conference',
    description:
      'A one-off facilitated conference where the family, with support from professionals, discusses its issues and agrees its own plan for change; the plan is reviewed after 12 weeks.',
    kind: 'conference',
    audience: 'family',
    format: 'One-off facilitated conference',
    length: 'Plan reviewed after 12 weeks',
    eligibilityDescription:
      'Families with children on a child protection plan where there is a significant risk of placement breakdown or of a child being taken into care; level 4.',
    criteria: [
      needCategory('notts.family-group-conference', row('Family Group Conference')),
      p2pLevels('notts.family-group-conference', [4], row('Family Group Conference')),
      ...cpPlan(
        'notts.family-group-conference',
        'For families with children on a child protection plan',
        row('Family Group Conference'),
      ),
      condition(
        'notts.family-group-conference',
        'risk',
        'There is a significant risk of placement breakdown or of a child being taken into care',
        row('Family Group Conference'),
        risksInclude('placement-breakdown', 'accommodation-into-care'),
      ),
    ],
    citations: [row('Family Group Conference'), cite(S.diagram, 'Listed as "Family Group Conferencing"')],
  }),
  service({
    id: 'notts.promoting-positive-behaviour',
    name: 'Promoting positive behaviour (formerly anger management)',
    description:
      'Planned sessions helping a young person understand and explore feelings and develop positive ways of coping with their emotions.',
    kind: 'intervention',
    audience: 'child',
    format: 'Planned sessions with the young person',
    ages: { min: 9, max: 18 },
    eligibilityDescription:
      'Young people aged 9 to 18 at risk of exclusion from education or of placement breakdown because of repeated or significant anger episodes; levels 3 and 4.',
    criteria: [
      needCategory('notts.promoting-positive-behaviour', row('Promoting Positive Behaviour')),
      p2pLevels('notts.promoting-positive-behaviour', [3, 4], row('Promoting Positive Behaviour')),
      ageRange(
        'notts.promoting-positive-behaviour',
        'For young people aged 9 to 18',
        row('Promoting Positive Behaviour'),
        { min: 9, max: 18 },
      ),
      condition(
        'notts.promoting-positive-behaviour',
        'anger-episodes',
        'The young person has repeated or significant anger episodes',
        row('Promoting Positive Behaviour'),
        behavioursInclude('anger-episodes'),
      ),
      condition(
        'notts.promoting-positive-behaviour',
        'risk',
        'As a result, the young person is at risk of exclusion from their education or of placement breakdown',
        row('Promoting Positive Behaviour'),
        risksInclude('school-exclusion', 'placement-breakdown'),
      ),
    ],
    citations: [row('Promoting Positive Behaviour'), DIAGRAM],
  }),
  service({
    id: 'notts.emotional-wellbeing-resilience',
    name: 'Improving emotional well-being and resilience',
    description:
      'Planned sessions on identity, coping with feelings, recognising stress, dealing with bullying, and caring for an adult or sibling.',
    kind: 'intervention',
    audience: 'child',
    format: 'Weekly planned sessions',
    length: '6 weekly sessions',
    ages: { min: 5, max: 18 },
    eligibilityDescription:
      'Young people aged 5 to 18 whose emotional health significantly affects their safety and/or school attendance, below the threshold for CAMHS; levels 3 and 4.',
    criteria: [
      needCategory('notts.emotional-wellbeing-resilience', row('Increasing Emotional Well-being and Resilience')),
      p2pLevels('notts.emotional-wellbeing-resilience', [3, 4], row('Increasing Emotional Well-being and Resilience')),
      ageRange(
        'notts.emotional-wellbeing-resilience',
        'For young people aged 5 to 18',
        row('Increasing Emotional Well-being and Resilience'),
        { min: 5, max: 18 },
      ),
      condition(
        'notts.emotional-wellbeing-resilience',
        'emotional-health',
        "Emotional health is significantly affecting the young person's safety and/or school attendance",
        row('Increasing Emotional Well-being and Resilience'),
        behavioursInclude('emotional-health-affecting-safety-or-attendance'),
      ),
      condition(
        'notts.emotional-wellbeing-resilience',
        'below-camhs-threshold',
        'The difficulties do not reach the threshold for CAMHS involvement',
        row('Increasing Emotional Well-being and Resilience'),
        { fact: answer(Q.camhsThreshold), eq: 'no' },
      ),
    ],
    citations: [
      row('Increasing Emotional Well-being and Resilience'),
      cite(S.diagram, 'Listed as "Improving Emotional Well-Being and Resilience"'),
    ],
  }),
  service({
    id: 'notts.cse-online-safety',
    name: 'CSE, sexualised behaviour and online safety',
    description: 'Planned sessions on online safety, safe relationships and awareness of child sexual exploitation.',
    kind: 'intervention',
    audience: 'child',
    format: 'Weekly planned sessions',
    length: '6 weekly sessions',
    ages: { min: 5, max: 18 },
    eligibilityDescription:
      'Young people aged 11 to 18 at risk of sexual exploitation, and/or children aged 5 to 18 showing early signs of sexualised behaviour that could become harmful; levels 3 and 4.',
    criteria: [
      needCategory('notts.cse-online-safety', row('CSE/Sexualised Behaviour/Online Safety')),
      p2pLevels('notts.cse-online-safety', [3, 4], row('CSE/Sexualised Behaviour/Online Safety')),
      {
        kind: 'person',
        who: 'child',
        id: 'notts.cse-online-safety.who-for',
        requirement:
          'A young person aged 11 to 18 at risk of sexual exploitation, and/or a child aged 5 to 18 showing early signs of sexualised behaviour',
        citation: row('CSE/Sexualised Behaviour/Online Safety'),
        test: {
          any: [
            {
              all: [
                { fact: 'child.age', gte: 11 },
                { fact: 'child.age', lte: 18 },
                behavioursInclude('at-risk-of-exploitation'),
              ],
            },
            {
              all: [
                { fact: 'child.age', gte: 5 },
                { fact: 'child.age', lte: 18 },
                behavioursInclude('sexualised-behaviour'),
              ],
            },
          ],
        },
      },
    ],
    citations: [row('CSE/Sexualised Behaviour/Online Safety'), DIAGRAM],
  }),
  service({
    id: 'notts.adoption-support-fund',
    name: 'Adoption Support Fund assessment and application',
    description:
      'Specialist assessment and application for kinship families to access Adoption Support Fund money for therapeutic interventions.',
    kind: 'assessment',
    audience: 'family',
    format: 'Specialist assessment and application',
    length: 'Application submitted within 30 days of allocation',
    eligibilityDescription:
      'Kinship care placements under an SGO where the child was previously looked after by the local authority, or under a CAO (child previously looked after) with an SGO being applied for; levels 2, 3 and 4.',
    criteria: [
      needCategory('notts.adoption-support-fund', row('Adoption Support Fund')),
      condition(
        'notts.adoption-support-fund',
        'kinship-order',
        'A kinship care placement under an SGO, or under a CAO with an SGO being applied for',
        row('Adoption Support Fund'),
        { fact: answer(Q.kinshipOrder), in: ['sgo', 'cao-sgo-applied'] },
      ),
      condition(
        'notts.adoption-support-fund',
        'previously-looked-after',
        'The child was previously looked after by the local authority',
        row('Adoption Support Fund'),
        { fact: answer(Q.previouslyLookedAfter), eq: 'yes' },
      ),
    ],
    citations: [
      row('Adoption Support Fund'),
      cite(S.asf),
      cite(S.diagram, 'Listed as "Adoption Support Fund Assessment & Application"'),
    ],
  }),
  service({
    id: 'notts.household-income-assessment',
    name: 'Initial household income assessment',
    description:
      'Initial financial assessments for Special Guardianship Orders and Child Arrangements Orders, so that budget holders, adoption panels, family courts and the payments team have accurate information.',
    kind: 'assessment',
    audience: 'family',
    format: 'Specialist financial assessment',
    eligibilityDescription:
      'Special Guardianship Orders and Child Arrangements Orders for children of Nottinghamshire; levels 2, 3 and 4.',
    ruleSets: [RS.gfpo, RS.nottinghamshire],
    criteria: [
      needCategory('notts.household-income-assessment', row('Initial Household Income Assessment')),
      condition(
        'notts.household-income-assessment',
        'order',
        'About a Special Guardianship Order or Child Arrangements Order (made or applied for)',
        row('Initial Household Income Assessment'),
        { fact: answer(Q.kinshipOrder), in: ['sgo', 'sgo-applied', 'cao-sgo-applied', 'cao'] },
      ),
    ],
    citations: [row('Initial Household Income Assessment'), DIAGRAM],
  }),
  service({
    id: 'notts.adoption-financial-assessment',
    name: 'Adoption financial assessment',
    description:
      'Initial financial assessments for adoption placements, so that budget holders, adoption panels, family courts and the payments team have accurate information.',
    kind: 'assessment',
    audience: 'family',
    format: 'Specialist financial assessment',
    eligibilityDescription: 'Adoption placements for children of Nottinghamshire; levels 2, 3 and 4.',
    ruleSets: [RS.gfpo, RS.nottinghamshire],
    criteria: [
      needCategory('notts.adoption-financial-assessment', row('Adoption Financial Assessment')),
      condition(
        'notts.adoption-financial-assessment',
        'adoption-placement',
        'About an adoption placement for the child',
        row('Adoption Financial Assessment'),
        { fact: answer(Q.adoptionPlacement), eq: 'yes' },
      ),
    ],
    citations: [row('Adoption Financial Assessment'), DIAGRAM],
  }),
  service({
    id: 'notts.parenting-capacity-assessment',
    name: 'Specialist assessment of parenting capacity (adults with a learning disability)',
    description:
      'Weekly or fortnightly visits assessing parenting capacity with a range of tools, ending in a parenting report to support decisions at court or in legal planning.',
    kind: 'assessment',
    audience: 'adult',
    format: 'Weekly or bi-weekly visits',
    length: 'Within 12 weeks of allocation unless the court sets otherwise; report within 2 weeks of the final session',
    ages: { min: -1, max: 16 },
    eligibilityDescription:
      'Parents with a diagnosed learning difficulty whose children (pre-birth to 16) are on child protection plans, where care proceedings are being considered because of concerns over parenting capacity; level 4.',
    criteria: [
      needCategory('notts.parenting-capacity-assessment', row('Specialist Assessment of Parenting Capacity')),
      p2pLevels('notts.parenting-capacity-assessment', [4], row('Specialist Assessment of Parenting Capacity')),
      ageRange(
        'notts.parenting-capacity-assessment',
        'For children from pre-birth to 16',
        row('Specialist Assessment of Parenting Capacity'),
        { min: -1, max: 16 },
      ),
      condition(
        'notts.parenting-capacity-assessment',
        'learning-difficulty',
        'The parent has a diagnosed learning difficulty',
        row('Specialist Assessment of Parenting Capacity'),
        { fact: answer(Q.learningDifficulty), eq: 'yes' },
      ),
      ...cpPlan(
        'notts.parenting-capacity-assessment',
        'The children are on child protection plans',
        row('Specialist Assessment of Parenting Capacity'),
      ),
      condition(
        'notts.parenting-capacity-assessment',
        'care-proceedings-considered',
        'Care proceedings are being considered because of concerns over parenting capacity',
        row('Specialist Assessment of Parenting Capacity'),
        { fact: answer(Q.careProceedingsConsidered), eq: 'yes' },
      ),
    ],
    citations: [row('Specialist Assessment of Parenting Capacity'), cite(S.court), DIAGRAM],
  }),
  service({
    id: 'notts.school-attendance-enforcement',
    name: 'Enforcement for school attendance',
    description: 'An attendance panel is convened and a monitoring period set before legal action is taken.',
    kind: 'intervention',
    audience: 'family',
    format: 'Attendance panel and monitoring period',
    eligibilityDescription:
      "Families with an existing lead professional from a children's centre, YOT or children's social care, where school attendance is below 90% with unauthorised absences; levels 3 and 4.",
    criteria: [
      needCategory('notts.school-attendance-enforcement', row('Enforcement for School Attendance')),
      p2pLevels('notts.school-attendance-enforcement', [3, 4], row('Enforcement for School Attendance')),
      condition(
        'notts.school-attendance-enforcement',
        'lead-professional',
        "There is an existing lead professional from a children's centre, YOT or children's social care",
        row('Enforcement for School Attendance'),
        {
          all: [
            { fact: 'context.leadProfessional', eq: 'yes' },
            { fact: answer(Q.leadFromCcYotCsc), eq: 'yes' },
          ],
        },
      ),
      condition(
        'notts.school-attendance-enforcement',
        'attendance-below-90',
        'School attendance is below 90%',
        row('Enforcement for School Attendance'),
        { not: { fact: answer(Q.attendance), gte: 90 } },
      ),
      condition(
        'notts.school-attendance-enforcement',
        'unauthorised-absences',
        'There are unauthorised absences',
        row('Enforcement for School Attendance'),
        { fact: answer(Q.unauthorisedAbsence), eq: 'yes' },
      ),
    ],
    citations: [row('Enforcement for School Attendance')],
  }),
  service({
    id: 'notts.parenting-order-assessment',
    name: 'Parenting order assessment for court (pre court order)',
    description:
      'Up to three sessions to assess parenting capacity and write a report for the court hearing, for parents who may benefit from a parenting order.',
    kind: 'assessment',
    audience: 'adult',
    format: 'Up to 3 assessment sessions and a report for court',
    length: 'Up to 3 sessions within 15 days of referral; completed within 2 weeks of allocation',
    eligibilityDescription:
      "Parents and carers who may benefit from a parenting order: facing prosecution over their child's school attendance, or with parental responsibility for a child or young person who has committed an offence; levels 3 and 4.",
    criteria: [
      needCategory('notts.parenting-order-assessment', row('Parenting Order Assessment for Court')),
      p2pLevels('notts.parenting-order-assessment', [3, 4], row('Parenting Order Assessment for Court')),
      condition(
        'notts.parenting-order-assessment',
        'grounds',
        "The parent faces prosecution over their child's school attendance, or has parental responsibility for a child or young person who has committed an offence",
        row('Parenting Order Assessment for Court'),
        { fact: answer(Q.parentingOrderGrounds), includesAny: ['school-attendance-prosecution', 'child-offence'] },
      ),
    ],
    citations: [
      row('Parenting Order Assessment for Court'),
      cite(S.court),
      cite(S.diagram, 'Listed as "Parenting Assessment for Court (pre Court Order)"'),
    ],
  }),
  service({
    id: 'notts.sibling-young-carer-assessment',
    name: 'Sibling young carer personal budget assessment',
    description:
      'An assessment for a personal budget for a child who is a young carer for a brother or sister, completed within 30 working days of allocation.',
    kind: 'assessment',
    audience: 'child',
    format: 'Personal budget assessment',
    length: 'Within 30 working days of allocation',
    eligibilityDescription:
      'Sibling young carers. Requests are received through the Customer Services Centre. The offer diagram places it under P2P L3/4.',
    contacts: [
      {
        name: 'Nottinghamshire County Council Customer Services Centre',
        note: 'Section 13: requests for this assessment are received through the Customer Services Centre; the seed gives no contact details.',
      },
    ],
    criteria: [
      p2pLevels(
        'notts.sibling-young-carer-assessment',
        [3, 4],
        cite(S.diagram, 'Listed under "P2P L3/4" with the specialist assessments; Appendix 1 has no row for it'),
        'The offer diagram places it at levels 3 and 4; Appendix 1 is silent, so at level 2 ask the team',
        'review',
      ),
      condition(
        'notts.sibling-young-carer-assessment',
        'young-carer',
        'A child in the family is a young carer for a brother or sister',
        cite(S.siblingCarer),
        { fact: answer(Q.siblingYoungCarer), eq: 'yes' },
      ),
    ],
    citations: [cite(S.siblingCarer), DIAGRAM],
  }),
];

// ---- Package rules: the whole referral, written once ----

const ALL_IDS = services.map((s) => s.id);
const notIn =
  (...groups: readonly (readonly string[])[]) =>
  (id: string) =>
    !groups.some((g) => g.includes(id));
// Section 7's "intervention items": the clinics and online resources are open access, and the specialist
// assessments follow their own assessment plan (sections 12–14), so neither counts towards the three.
const INTERVENTION_ITEMS = ALL_IDS.filter(notIn(OPEN_ACCESS, SPECIALIST_ASSESSMENTS));
const REFERRED = ALL_IDS.filter(notIn(['notts.online-resources']));

const packageRules: PackageRule[] = [
  {
    kind: 'condition',
    id: 'notts.primary-need',
    severity: 'blocking',
    services: REFERRED,
    message: 'Choose the primary need (GFPO category 1 to 5) the package is for',
    citation: cite(
      S.referrals,
      'The online resources are open at every level without a referral, so the rule is not applied to them',
    ),
    test: { fact: 'needs.gfpoPrimaryNeed', in: [1, 2, 3, 4, 5] },
  },
  {
    kind: 'max-items',
    id: 'notts.max-three-items',
    services: INTERVENTION_ITEMS,
    max: 3,
    message: 'A GFPO package can include up to three intervention items',
    citation: cite(
      S.planning,
      'Counts the interventions of section 3 (workshops, groups and programmes, interventions for children and families). Not counted: online resources and drop-in clinics (open access, Appendix 3; the diagram opens online resources at L1) and the specialist assessments, which have their own assessment plan (sections 12 to 15).',
    ),
  },
  {
    kind: 'condition',
    id: 'notts.address-primary-need',
    severity: 'advice',
    services: INTERVENTION_ITEMS,
    message:
      'The package should address the primary need: include at least one intervention listed for that need category',
    citation: cite(S.planning, 'Need categories per intervention from Appendix 1'),
    test: {
      any: ALL_NEEDS.map((n): Condition => ({
        all: [
          { fact: 'needs.gfpoPrimaryNeed', eq: Number(n) },
          { fact: 'package.services', includesAny: INTERVENTION_ITEMS.filter((id) => NEEDS[id]?.includes(n)) },
        ],
      })),
    },
  },
  {
    kind: 'condition',
    id: 'notts.level-2-drop-in-first',
    severity: 'advice',
    services: ['notts.triple-p-workshops', 'notts.lego-therapy-workshop', 'notts.conflict-workshop'],
    message: 'Parents at level 2 are encouraged to attend a drop-in clinic or use the webinars first',
    citation: cite(S.appendix1, 'Rows "Triple P Workshops", "Lego based Therapy Workshop" and "Conflict Workshop"'),
    test: { any: [{ fact: 'context.p2pLevel', in: [3, 4] }, attendedOrPlanned('drop-in-clinic', 'webinar')] },
  },
  {
    kind: 'condition',
    id: 'notts.teenagers-drop-in-first',
    severity: 'advice',
    services: ['notts.understanding-teenagers-workshop'],
    message: 'Parents will be encouraged to use the drop-in clinics first',
    citation: row('Understanding and Parenting Teenagers Workshop'),
    test: attendedOrPlanned('drop-in-clinic'),
  },
];

// ---- Time standards (triage clocks) ----

const timeStandards: TimeStandard[] = [
  {
    id: 'notts.screening',
    amount: 5,
    unit: 'working-days',
    from: 'referral-received',
    description:
      'Screen the referral and either allocate it or place it on the waiting list within 5 working days of it reaching the team.',
    metOnStates: ['accepted', 'allocated', 'waiting-list', 'declined'],
    citation: cite(S.quality),
  },
  {
    id: 'notts.planning-meeting',
    amount: 10,
    unit: 'working-days',
    from: 'referral-received',
    description: 'Hold the planning meeting or discussion within 10 working days of the referral.',
    citation: cite(S.quality),
  },
  {
    id: 'notts.plan-review',
    amount: 12,
    unit: 'weeks',
    from: 'plan-start',
    // Going beyond 12 weeks needs lead-professional agreement and team-manager sign-off: src/domain/extension.
    description: 'Review the family intervention plan after 12 weeks, and in each supervision after that.',
    citation: cite(S.quality),
  },
  {
    id: 'notts.engagement-concern',
    amount: 24,
    unit: 'hours',
    from: 'concern-raised',
    description:
      'Tell the lead professional in person, by phone or by email within 24 hours of a concern about engagement.',
    citation: cite(S.quality),
  },
  {
    id: 'notts.dispute-resolution',
    amount: 1,
    unit: 'working-days',
    from: 'dispute-raised',
    description: 'Resolve a dispute within 1 working day.',
    citation: cite(S.disputes),
  },
  {
    id: 'notts.pre-court-assessment',
    amount: 2,
    unit: 'weeks',
    from: 'allocation',
    appliesTo: ['notts.parenting-order-assessment'],
    description:
      'Complete a pre-court parenting assessment (YJ or education welfare parenting orders) within 2 weeks of allocation.',
    citation: cite(S.court),
  },
  {
    id: 'notts.parenting-capacity-assessment',
    amount: 12,
    unit: 'weeks',
    from: 'allocation',
    appliesTo: ['notts.parenting-capacity-assessment'],
    description:
      'Complete the specialist assessment of parenting capacity within 12 weeks of allocation, unless the court sets another timescale.',
    citation: cite(S.court),
  },
  {
    id: 'notts.sibling-young-carer-assessment',
    amount: 30,
    unit: 'working-days',
    from: 'allocation',
    appliesTo: ['notts.sibling-young-carer-assessment'],
    description: 'Complete the sibling young carer personal budget assessment within 30 working days of allocation.',
    citation: cite(S.siblingCarer),
  },
  {
    id: 'notts.adoption-support-fund-application',
    amount: 30,
    unit: 'calendar-days',
    from: 'allocation',
    appliesTo: ['notts.adoption-support-fund'],
    description: 'Submit the Adoption Support Fund application within 30 days of allocation.',
    citation: cite(S.asf),
  },
  {
    id: 'notts.closure-discussion',
    amount: 2,
    unit: 'missed-sessions',
    from: 'plan-start',
    appliesTo: ALL_IDS.filter(notIn(OPEN_ACCESS, ['notts.intensive-family-support', 'notts.one-to-one-parenting'])),
    description:
      'After 2 instances of non-engagement, discuss with the lead professional or team manager whether to close the intervention.',
    citation: cite(S.closure),
  },
  {
    id: 'notts.closure-discussion-intensive',
    amount: 4,
    unit: 'missed-sessions',
    from: 'plan-start',
    appliesTo: ['notts.intensive-family-support', 'notts.one-to-one-parenting'],
    description: 'For intensive or 1-1 interventions, discuss closure after 4 instances of non-engagement.',
    citation: cite(S.closure),
  },
];

export const nottsGfpo: ProviderCatalogue = {
  provider: {
    id: PROVIDER_ID,
    name: 'Nottinghamshire Graduated Family and Parenting Offer',
    area: 'Nottinghamshire',
    description:
      'Targeted and specialist family and parenting interventions from the Nottinghamshire Family Service for families at levels 2, 3 and 4 of the Pathway to Provision, commissioned as a package of up to three items for one primary need.',
    seed: SEED,
    contacts: [{ email: MAILBOX, note: 'Parenting courses mailbox, monitored by Business Support (Appendix 4).' }],
  },
  services,
  ruleSets,
  questions,
  packageRules,
  timeStandards,
};
