import type { Catalogue } from '../../../src/domain';

// A hand-made catalogue covering what the ORUK mapping must carry: ages from `ages` and from criteria,
// pre-birth, no ages, rule sets, contacts, a service without a mailbox, two providers.
const cite = (section: string) => ({ seed: '000_00e7cb9a8a716238.txt', section });

export const handCatalogue: Catalogue = {
  version: 'hand-1',
  providers: [
    {
      id: 'north-hub',
      name: 'North Family Hub',
      area: 'North Borough',
      description: 'Parenting and family support',
      seed: '000_00e7cb9a8a716238.txt',
      website: 'https://north.example.gov.uk/family-hub',
    },
    { id: 'south-da', name: 'South Domestic Abuse Service', seed: '001_f4b2a794d398f628.txt' },
  ],
  ruleSets: [
    {
      id: 'north.general',
      description: 'Rules for every North programme',
      criteria: [
        {
          kind: 'condition',
          id: 'north.general.no-substance-misuse',
          requirement: 'No active substance misuse by the parent or carer',
          citation: cite('Making a referral'),
          test: { fact: 'risks.activeSubstanceMisuse', eq: 'no' },
        },
        {
          kind: 'age',
          id: 'north.general.age',
          requirement: 'For children up to 16',
          citation: cite('Making a referral'),
          max: 16,
        },
      ],
    },
  ],
  questions: [],
  services: [
    {
      id: 'north.group',
      providerId: 'north-hub',
      name: 'Group programme',
      description: 'A ten-week group for parents',
      kind: 'group',
      audience: 'adult',
      mailbox: 'north.referrals@example.gov.uk',
      contacts: [
        {
          name: 'Hub duty desk',
          email: 'duty@example.gov.uk',
          phone: '020 7946 0001',
          hours: 'Monday to Friday, 9am to 5pm',
          note: 'Advice before referring',
        },
        { phone: '020 7946 0002' },
      ],
      ages: { min: 2, max: 10 },
      eligibilityDescription: 'Parents of children aged 2 to 10 who live with them.',
      ruleSets: ['north.general'],
      criteria: [
        {
          kind: 'age',
          id: 'north.group.age',
          requirement: 'For children aged 2 to 10',
          citation: cite('Group'),
          min: 2,
          max: 10,
        },
      ],
      citations: [cite('Group')],
    },
    {
      id: 'north.teens',
      providerId: 'north-hub',
      name: 'Teen programme',
      description: 'For families of teenagers',
      kind: 'programme',
      audience: 'family',
      mailbox: 'north.referrals@example.gov.uk',
      ruleSets: ['north.general'],
      // No `ages`: the range comes from the criteria (8 here, 16 from the rule set).
      criteria: [
        {
          kind: 'age',
          id: 'north.teens.age',
          requirement: 'For young people aged 8 and over; younger considered on need',
          citation: cite('Teens'),
          min: 8,
          belowMin: 'review',
        },
      ],
      citations: [cite('Teens')],
    },
    {
      id: 'north.bumps',
      providerId: 'north-hub',
      name: 'Bumps and babies',
      description: 'From pregnancy to age 4',
      kind: 'group',
      audience: 'family',
      ages: { min: -1, max: 4 },
      ruleSets: [],
      criteria: [
        {
          kind: 'age',
          id: 'north.bumps.age',
          requirement: 'From pregnancy to age 4',
          citation: cite('Bumps'),
          min: -1,
          max: 4,
        },
      ],
      citations: [cite('Bumps')],
    },
    {
      id: 'south.advocacy',
      providerId: 'south-da',
      name: 'Advocacy',
      description: 'Independent advocacy for victims of domestic abuse',
      kind: 'advocacy',
      audience: 'adult',
      contacts: [{ name: 'Advocacy team', email: 'advocacy@example.org.uk' }],
      ruleSets: [],
      criteria: [
        {
          kind: 'review',
          id: 'south.advocacy.risk',
          requirement: 'Discuss the level of risk with the team',
          citation: { seed: '001_f4b2a794d398f628.txt', section: 'Advocacy' },
        },
      ],
      citations: [{ seed: '001_f4b2a794d398f628.txt', section: 'Advocacy' }],
    },
  ],
  packageRules: [],
  timeStandards: [],
};

/**
 * A legacy (v1/v2) Open Referral UK page as such feeds publish it: `content[]`, ages in `eligibilitys[]`,
 * `service_taxonomys` with `vocabulary`, ids as UUIDs. Names and numbers are invented (example domains).
 */
export const legacyFeed = {
  totalElements: 3,
  totalPages: 1,
  number: 1,
  size: 50,
  first: true,
  last: true,
  content: [
    {
      id: '2f1c8a3e-5b7d-4e2a-9c1f-0a1b2c3d4e5f',
      name: 'Toddler Time',
      description: 'Play and learning sessions for under-fives and their carers.',
      url: 'https://www.example.gov.uk/toddler-time',
      email: 'toddlers@example.gov.uk',
      status: 'active',
      fees: 'Free',
      accreditations: '',
      deliverable_type: 'Activity',
      attending_type: 'Venue',
      attending_access: 'Drop in',
      organization: {
        id: '7a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
        name: 'Example Borough Council',
        description: 'Family services',
        url: 'https://www.example.gov.uk',
        logo: '',
        uri: '',
      },
      eligibilitys: [
        {
          id: 'e1',
          eligibility: 'Children under five with a parent or carer',
          minimum_age: 0,
          maximum_age: 4,
          taxonomys: [],
        },
      ],
      contacts: [
        {
          id: 'c1',
          name: 'Family Hub reception',
          title: 'Receptionist',
          phones: [{ id: 'ph1', number: '020 7946 0100' }],
        },
      ],
      service_taxonomys: [
        {
          id: 't1',
          taxonomy: { id: 'bccsource:Parenting', name: 'Parenting', vocabulary: 'esdServiceTypes', parent: null },
        },
      ],
      regular_schedules: [{ id: 's1', opens_at: '09:30', closes_at: '11:30', byday: 'TU' }],
      languages: [{ id: 'l1', language: 'English' }],
      service_at_locations: [],
      cost_options: [],
    },
    {
      id: '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d',
      name: 'Youth Mentoring',
      description: 'One-to-one mentoring for young people.',
      status: 'active',
      organization: {
        id: '7a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
        name: 'Example Borough Council',
        description: 'Family services',
      },
      // Two eligibility entries, ages as text: both happen in legacy feeds.
      eligibilitys: [
        { id: 'e2', eligibility: 'Young people', minimum_age: '11', maximum_age: '18' },
        { id: 'e3', eligibility: 'Care leavers', minimum_age: 16, maximum_age: 25 },
      ],
      contacts: [],
    },
    {
      id: '4b5c6d7e-8f9a-4b1c-8d2e-3f4a5b6c7d8e',
      name: 'Debt Advice Drop-in',
      description: 'Free, confidential debt advice.',
      status: 'active',
      organization: {
        id: '8b9c0d1e-2f3a-4b5c-9d6e-7f8a9b0c1d2e',
        name: 'Example Advice Centre',
        description: 'Independent advice charity',
      },
      eligibilitys: [],
      phones: [{ id: 'ph2', number: '0300 123 4567' }],
    },
  ],
};
