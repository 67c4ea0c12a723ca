import { COUNCILS, LONDON_COUNCIL_CODES } from '../../../domain';
import type { Catalogue, Citation, Condition, Criterion, Question } from '../../../domain';
import type { Overlay, OverlayService } from '../overlay.schema';
import { seededRandom } from './random';
import type { Random } from './random';

// A council's overlay on a generated feed: criteria of every kind (condition with every operator, age, person,
// review, area), shared rule sets, questions of every type and package rules, so that the engine meets at scale
// everything a real catalogue can hold.

const cite = (section: string): Citation => ({ seed: 'local:generated-overlay', section });

export const GENERATED_QUESTIONS: readonly Question[] = [
  { id: 'gen-waiting-list', label: 'Is the family willing to join a waiting list?', type: 'answer' },
  { id: 'gen-household-size', label: 'How many people live in the household?', type: 'number' },
  {
    id: 'gen-tenure',
    label: 'What is the family’s housing?',
    type: 'choice',
    options: [
      { value: 'council', label: 'Council or housing association' },
      { value: 'private', label: 'Private rented' },
      { value: 'owner', label: 'Owned' },
      { value: 'temporary', label: 'Temporary accommodation' },
    ],
  },
  {
    id: 'gen-languages',
    label: 'Which languages does the family speak at home?',
    type: 'multi',
    options: ['english', 'polish', 'somali', 'bengali', 'other'].map((value) => ({ value, label: value })),
  },
  { id: 'gen-last-contact', label: 'When did the family last use a service?', type: 'date' },
];

/** Family tests written the way councils write them, one per condition operator and combinator. */
const FAMILY_TESTS: readonly { readonly requirement: string; readonly test: Condition }[] = [
  {
    requirement: 'The person causing harm does not live in the family home',
    test: { fact: 'risks.perpetratorInHome', eq: 'no' },
  },
  { requirement: 'Pathway to Provision level 2 or 3', test: { fact: 'context.p2pLevel', in: ['2', '3'] } },
  { requirement: 'At least 8 "yes" answers on the DASH checklist', test: { fact: 'dash.yesCount', gte: 8 } },
  { requirement: 'A household of 6 people or fewer', test: { fact: 'answers.gen-household-size', lte: 6 } },
  {
    requirement: 'Aggression or disruption at home',
    test: { fact: 'needs.challenges', includesAny: ['verbal-physical-aggression', 'disruptive-daily-life'] },
  },
  { requirement: 'Two or more behaviours of concern', test: { fact: 'needs.behaviours', countAtLeast: 2 } },
  {
    requirement: 'Not open to children’s social care, or open with a lead professional',
    test: {
      any: [
        { fact: 'context.openToSocialCare', eq: 'no' },
        {
          all: [
            { fact: 'context.openToSocialCare', eq: 'yes' },
            { fact: 'context.leadProfessional', eq: 'yes' },
          ],
        },
      ],
    },
  },
  { requirement: 'Not in temporary accommodation', test: { not: { fact: 'answers.gen-tenure', eq: 'temporary' } } },
  { requirement: 'Willing to join a waiting list', test: { fact: 'answers.gen-waiting-list', eq: 'yes' } },
];

const PERSON_TESTS: readonly {
  readonly who: 'child' | 'adult';
  readonly requirement: string;
  readonly test: Condition;
}[] = [
  {
    who: 'adult',
    requirement: 'A parent or carer who has experienced domestic abuse',
    test: { fact: 'adult.abuseRole', eq: 'victim-survivor' },
  },
  {
    who: 'adult',
    requirement: 'A parent or carer living in the household',
    test: {
      all: [
        { fact: 'adult.role', in: ['parent', 'carer', 'kinship-carer'] },
        { fact: 'adult.livesInHousehold', eq: 'yes' },
      ],
    },
  },
  {
    who: 'child',
    requirement: 'A child affected by domestic abuse',
    test: { fact: 'child.affectedByDomesticAbuse', eq: 'yes' },
  },
  {
    who: 'child',
    requirement: 'A child with a diagnosis or additional needs',
    test: {
      any: [
        { fact: 'child.diagnoses', countAtLeast: 1 },
        { fact: 'child.additionalNeeds', eq: 'yes' },
      ],
    },
  },
];

/** Areas as councils draw them: one borough, a few neighbours, or all of London, with a review margin now and then. */
function areaCriterion(random: Random, id: string): Criterion {
  const home = random.pick(COUNCILS);
  const councils = random.chance(0.2) ? [...LONDON_COUNCIL_CODES] : [home.code];
  const who: 'child' | 'family' = random.chance(0.4) ? 'child' : 'family';
  const neighbour = COUNCILS.find((c) => c.region === home.region && !councils.includes(c.code));
  return {
    kind: 'area',
    id: `${id}.area`,
    requirement: `${who === 'child' ? 'Children and young people' : 'Families'} in ${councils.length > 1 ? 'London' : home.name}`,
    citation: cite('Who can use the service'),
    councils,
    ...(councils.length > 1 ? { name: 'London' } : {}),
    who,
    ...(who === 'child' && random.chance(0.5) ? { school: true as const } : {}),
    ...(neighbour && random.chance(0.2)
      ? { review: { councils: [neighbour.code], reason: 'Families just over the border may be accepted; ask first.' } }
      : {}),
  };
}

function familyCriterion(random: Random, id: string, alternatives: readonly string[]): Criterion {
  const { requirement, test } = random.pick(FAMILY_TESTS);
  return {
    kind: 'condition',
    id: `${id}.condition`,
    requirement,
    citation: cite('Eligibility'),
    test,
    ...(random.chance(0.2) ? { otherwise: 'review' as const } : {}),
    ...(alternatives.length && random.chance(0.3) ? { alternatives: [random.pick(alternatives)] } : {}),
    ...(random.chance(0.1) ? { notMet: `Does not meet: ${requirement.toLowerCase()}` } : {}),
  };
}

function personCriterion(random: Random, id: string): Criterion {
  const { who, requirement, test } = random.pick(PERSON_TESTS);
  return { kind: 'person', id: `${id}.person`, requirement, citation: cite('Who the service is for'), who, test };
}

function extraCriteria(random: Random, id: string): Criterion[] {
  const out: Criterion[] = [];
  if (random.chance(0.1)) {
    const [min, max] = random.pick([
      [-1, 2],
      [5, 11],
      [11, 16],
    ] as const);
    const requirement = min === -1 ? 'From pregnancy to age 2' : `Children aged ${min} to ${max}`;
    out.push({ kind: 'age', id: `${id}.age`, requirement, citation: cite('Ages'), min, max, belowMin: 'review' });
  }
  if (random.chance(0.1))
    out.push({
      kind: 'review',
      id: `${id}.review`,
      requirement: 'Ask about waiting times before referring',
      citation: cite('Referrals'),
    });
  return out;
}

function overlayService(random: Random, id: string, serviceIds: readonly string[], ruleSets: readonly string[]) {
  const criteria = [
    ...(random.chance(0.7) ? [areaCriterion(random, id)] : []),
    ...(random.chance(0.4)
      ? [
          familyCriterion(
            random,
            id,
            [random.pick(serviceIds)].filter((s) => s !== id),
          ),
        ]
      : []),
    ...(random.chance(0.3) ? [personCriterion(random, id)] : []),
    ...extraCriteria(random, id),
  ];
  const sets = random.chance(0.3) ? random.some(ruleSets, random.int(1, 2)) : [];
  const patch: OverlayService = {
    ...(criteria.length ? { criteria } : {}),
    ...(sets.length ? { ruleSets: sets } : {}),
  };
  return criteria.length || sets.length ? patch : undefined;
}

function ruleSetsOf(random: Random) {
  return Array.from({ length: 8 }, (_, i) => ({
    id: `generated.shared-${i + 1}`,
    description: `Rules the council applies to a group of services (${i + 1})`,
    criteria: [
      familyCriterion(random, `generated.shared-${i + 1}`, []),
      personCriterion(random, `generated.shared-${i + 1}`),
    ],
  }));
}

/** Package rules: at most two services of one provider, siblings apart in groups, consent for some services. */
function packageRulesOf(random: Random, catalogue: Catalogue): NonNullable<Overlay['packageRules']> {
  const provider = random.pick(catalogue.providers).id;
  const groups = catalogue.services
    .filter((s) => s.kind === 'group')
    .slice(0, 20)
    .map((s) => s.id);
  const someServices = random.some(catalogue.services, 30).map((s) => s.id);
  const citation = cite('Packages');
  return [
    {
      kind: 'max-items',
      id: 'generated.max-items',
      services: [`${provider}.*`],
      message: 'At most two services from this provider',
      citation,
      max: 2,
    },
    ...(groups.length
      ? [
          {
            kind: 'separate-groups' as const,
            id: 'generated.separate-groups',
            services: groups,
            message: 'Siblings go to different groups',
            citation,
          },
        ]
      : []),
    {
      kind: 'condition',
      id: 'generated.consent',
      services: someServices,
      message: 'Consent is needed for these services',
      citation,
      severity: 'advice',
      test: { fact: 'consent.given', eq: 'yes' },
    },
  ];
}

/** An overlay for an imported catalogue: about four in five services get criteria. */
export function generateOverlay(catalogue: Catalogue, seed = 1): Overlay {
  const random = seededRandom(seed ^ 0x5eed);
  const ruleSets = ruleSetsOf(random);
  const serviceIds = catalogue.services.map((s) => s.id);
  const services: Record<string, OverlayService> = {};
  for (const id of serviceIds) {
    const patch = overlayService(
      random,
      id,
      serviceIds,
      ruleSets.map((r) => r.id),
    );
    if (patch) services[id] = patch;
  }
  return {
    version: `${catalogue.version}+generated-overlay`,
    services,
    ruleSets,
    questions: [...GENERATED_QUESTIONS],
    packageRules: packageRulesOf(random, catalogue),
  };
}
