// A small catalogue whose missing facts the form tests control exactly (every fact type appears once).
import { catalogueSchema } from '../../../../src/domain';
import type { Catalogue } from '../../../../src/domain';

const SEED = '001_0123456789abcdef.txt';
const cite = (section: string) => ({ seed: SEED, section });

const service = (id: string, name: string, criteria: unknown[]) => ({
  id,
  providerId: 'alpha',
  name,
  description: `${name}, for tests.`,
  mailbox: `${id.replace('.', '-')}@council.example`,
  kind: 'programme',
  audience: 'family',
  ruleSets: [],
  criteria,
  citations: [cite('Services')],
});

export const formCatalogue: Catalogue = catalogueSchema.parse({
  version: 'test',
  providers: [{ id: 'alpha', name: 'Alpha Family Hub', seed: SEED }],
  ruleSets: [],
  questions: [
    { id: 'alpha.wishes', label: 'Does the parent wish to take part?', type: 'answer' },
    { id: 'alpha.attendance', label: 'School attendance (per cent)', type: 'number' },
    {
      id: 'alpha.diagnosis',
      label: 'Diagnoses',
      type: 'multi',
      options: [
        { value: 'asd', label: 'Autism' },
        { value: 'adhd', label: 'ADHD' },
      ],
    },
  ],
  services: [
    service('alpha.group', 'Alpha parenting group', [
      {
        kind: 'condition',
        id: 'alpha.group.wishes',
        requirement: 'The parent wishes to take part',
        citation: cite('Criteria'),
        test: { fact: 'answers.alpha.wishes', eq: 'yes' },
      },
      {
        kind: 'person',
        who: 'child',
        id: 'alpha.group.borough',
        requirement: 'The child lives in the borough',
        citation: cite('Area'),
        test: { fact: 'child.livesInBorough', eq: 'yes' },
      },
    ]),
    service('alpha.school', 'Alpha school support', [
      {
        kind: 'condition',
        id: 'alpha.school.attendance',
        requirement: 'Attendance below 90%',
        citation: cite('School'),
        test: { fact: 'answers.alpha.attendance', lte: 90 },
      },
      {
        kind: 'condition',
        id: 'alpha.school.diagnosis',
        requirement: 'A diagnosis of autism or ADHD',
        citation: cite('School'),
        test: { fact: 'answers.alpha.diagnosis', includesAny: ['asd', 'adhd'] },
      },
      {
        kind: 'age',
        id: 'alpha.school.age',
        requirement: 'For children aged 5 to 11',
        citation: cite('Ages'),
        min: 5,
        max: 11,
      },
    ]),
    service('alpha.level', 'Alpha early help', [
      {
        kind: 'condition',
        id: 'alpha.level.p2p',
        requirement: 'Pathway to Provision level 2 or 3',
        citation: cite('Levels'),
        test: { fact: 'context.p2pLevel', in: [2, 3] },
      },
      {
        kind: 'condition',
        id: 'alpha.level.consent',
        requirement: 'The family consents',
        citation: cite('Consent'),
        test: { fact: 'consent.given', eq: 'yes' },
      },
    ]),
  ],
  packageRules: [],
  timeStandards: [],
});
