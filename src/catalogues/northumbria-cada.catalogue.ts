import type { ProviderCatalogue, Service } from '../domain';

// Northumbria VRU, therapeutic services for children and young people affected by domestic abuse (CATALOGUE.md
// "northumbria-cada"). The seed gives no referral mailbox, so services carry a contact note instead.
const SEED = '003_30839b6760af955c.txt';
const cite = (section: string, note?: string) => ({ seed: SEED, section, ...(note ? { note } : {}) });

const PROVIDER_ID = 'northumbria-cada';

// Seed headings, exactly as they appear.
const S = {
  title: 'Developing Therapeutic Services for Children & Young People Affected by Domestic Abuse in Northumbria',
  delivery2122: 'Service Development/ Delivery (2021-22)',
  readiness: 'The Identification of Additional Needs',
  proposal: 'The Development of a Joint Proposal (2022-25)',
  funded: 'CADA Funded Delivery To Date',
} as const;

const READINESS_NOTE =
  'The seed: "A child\'s readiness to engage is vital but mediated by the readiness of the parent to facilitate this engagement" and factors services explore at referral.';

const CONTACT = {
  name: 'Local CADA provider (Northumbria Violence Reduction Unit)',
  note: 'The seed gives no referral mailbox or contact: ask the CADA provider for your local authority area.',
};

const service = (s: Omit<Service, 'providerId' | 'contacts'>): Service => ({
  providerId: PROVIDER_ID,
  contacts: [CONTACT],
  ...s,
});

export const northumbriaCada: ProviderCatalogue = {
  provider: {
    id: PROVIDER_ID,
    name: 'Northumbria CADA therapeutic services',
    area: 'Northumbria (six local authority areas)',
    description:
      "Children Affected by Domestic Abuse (CADA): therapeutic services for children and young people, parent and child interventions and parental engagement, funded through the Northumbria Police and Crime Commissioner's Violence Reduction Unit.",
    seed: SEED,
    contacts: [CONTACT],
  },

  ruleSets: [
    {
      id: 'northumbria.cada',
      description:
        'Every CADA service is for families where children and young people have been affected by domestic abuse.',
      criteria: [
        {
          kind: 'condition',
          id: 'northumbria.cada.affected-by-domestic-abuse',
          requirement: 'For children and young people affected by domestic abuse, and their non-offending parents.',
          citation: cite(S.title),
          test: { fact: 'answers.northumbria.child-affected-by-domestic-abuse', eq: 'yes' },
        },
      ],
    },
    {
      id: 'northumbria.readiness',
      description:
        "The child's readiness to engage, which services explore at referral: a signal for review, not a bar.",
      criteria: [
        {
          kind: 'condition',
          id: 'northumbria.readiness.child-consulted',
          otherwise: 'review',
          requirement:
            'Readiness: has the child or young person been consulted about the referral? If not, discuss it with the service.',
          citation: cite(S.readiness, READINESS_NOTE),
          test: { fact: 'answers.northumbria.child-consulted', eq: 'yes' },
        },
        {
          kind: 'condition',
          id: 'northumbria.readiness.time-to-adjust',
          otherwise: 'review',
          requirement:
            'Readiness: has the child or young person had time to adjust to, or overcome, the initial trauma of separation? If not, discuss timing with the service.',
          citation: cite(S.readiness, READINESS_NOTE),
          test: { fact: 'answers.northumbria.child-had-time-to-adjust', eq: 'yes' },
        },
        {
          kind: 'condition',
          id: 'northumbria.readiness.parent-ready',
          otherwise: 'review',
          requirement:
            "Readiness: is the parent ready to support the child's engagement? If not, consider parental engagement support first or alongside.",
          citation: cite(S.readiness, READINESS_NOTE),
          alternatives: ['northumbria.parental-engagement'],
          test: { fact: 'answers.northumbria.parent-ready-to-support', eq: 'yes' },
        },
      ],
    },
    {
      id: 'northumbria.non-offending-parent',
      description: 'Parent and child interventions and parental engagement work with the non-offending parent.',
      criteria: [
        {
          kind: 'person',
          who: 'adult',
          id: 'northumbria.non-offending-parent.parent',
          requirement: 'Works with the non-offending parent: a parent or carer who has not used abusive behaviour.',
          citation: cite(S.funded),
          test: {
            all: [
              { fact: 'adult.role', in: ['parent', 'carer'] },
              { fact: 'adult.abuseRole', in: ['victim-survivor', 'none'] },
            ],
          },
        },
      ],
    },
  ],

  questions: [
    {
      id: 'northumbria.child-affected-by-domestic-abuse',
      type: 'answer',
      label: 'Have the children or young people been affected by domestic abuse?',
      citation: cite(S.title),
    },
    {
      id: 'northumbria.child-consulted',
      type: 'answer',
      label: 'Has the child or young person been consulted about this referral?',
      citation: cite(S.readiness),
    },
    {
      id: 'northumbria.child-had-time-to-adjust',
      type: 'answer',
      label:
        'Has the child or young person had time to adjust to, or begin to overcome, the initial trauma of separation?',
      citation: cite(S.readiness),
    },
    {
      id: 'northumbria.parent-ready-to-support',
      type: 'answer',
      label: "Is the parent ready to support the child's engagement with the service?",
      citation: cite(S.readiness),
    },
  ],

  services: [
    service({
      id: 'northumbria.cyp-therapeutic',
      name: "Children's therapeutic work (1:1 and group)",
      description:
        'One-to-one and group therapeutic work for children and young people affected by domestic abuse, including specialist support for the under-7s and for children and young people from BAME communities.',
      kind: 'intervention',
      audience: 'child',
      format: '1:1 and group work',
      eligibilityDescription:
        "Children and young people affected by domestic abuse. Readiness matters: whether the child was consulted about the referral, has had time to adjust since separation, and whether the parent is ready to support the child's engagement.",
      ruleSets: ['northumbria.cada', 'northumbria.readiness'],
      criteria: [
        {
          kind: 'person',
          who: 'child',
          id: 'northumbria.cyp-therapeutic.child-named',
          requirement:
            'For a child or young person (specialist support is available for the under-7s); add the child the referral is for.',
          citation: cite(S.delivery2122),
          test: { fact: 'child.age', gte: 0 },
        },
      ],
      citations: [cite(S.funded), cite(S.delivery2122), cite(S.proposal)],
    }),
    service({
      id: 'northumbria.parent-child',
      name: 'Parent and child interventions',
      description:
        'Joint interventions for children affected by domestic abuse and their non-offending parent, including joint review sessions and "step down" joint meetings to discuss topics the young person could not approach alone.',
      kind: 'intervention',
      audience: 'family',
      eligibilityDescription:
        'Children affected by domestic abuse together with their non-offending parent, when child and parent are ready to engage.',
      ruleSets: ['northumbria.cada', 'northumbria.non-offending-parent', 'northumbria.readiness'],
      criteria: [
        {
          kind: 'person',
          who: 'child',
          id: 'northumbria.parent-child.child-named',
          requirement: 'A joint intervention for a child and their parent; add the child the referral is for.',
          citation: cite(S.funded),
          test: { fact: 'child.age', gte: 0 },
        },
      ],
      citations: [cite(S.funded), cite(S.proposal)],
    }),
    service({
      id: 'northumbria.parental-engagement',
      name: 'Parental engagement work',
      description:
        "Support for the non-offending parent of children affected by domestic abuse, including 'waiting list support' while the child waits for a service, to help the parent facilitate the child's engagement.",
      kind: 'support',
      audience: 'adult',
      eligibilityDescription:
        'The non-offending parent of children affected by domestic abuse, including while the child is waiting for a service.',
      ruleSets: ['northumbria.cada', 'northumbria.non-offending-parent'],
      criteria: [],
      citations: [cite(S.funded), cite(S.proposal)],
    }),
  ],
};
