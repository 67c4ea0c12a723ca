import { catalogue } from '../../../../src/catalogues';
import { catalogueSchema } from '../../../../src/domain';
import type { Catalogue } from '../../../../src/domain';
import { dashRelevantServices, isDashRelevant } from '../../../../src/ui/features/dash/dash-relevance';

describe('isDashRelevant on the built-in catalogue', () => {
  it('is true for MARAC and false for a parenting programme', () => {
    expect(isDashRelevant(catalogue, ['lbbd.marac'])).toBe(true);
    expect(isDashRelevant(catalogue, ['notts.solihull'])).toBe(false);
  });

  it('is true when any one of several services is relevant', () => {
    expect(isDashRelevant(catalogue, ['notts.solihull', 'lewisham.coda'])).toBe(true);
    expect(isDashRelevant(catalogue, new Set(['notts.solihull', 'lbbd.marac']))).toBe(true);
  });

  it('is false for no services and for ids the catalogue does not have', () => {
    expect(isDashRelevant(catalogue, [])).toBe(false);
    expect(isDashRelevant(catalogue, ['nobody.nothing', ''])).toBe(false);
  });

  it('finds the domestic-abuse services of every provider that has them, and no parenting-only service', () => {
    const relevant = dashRelevantServices(catalogue);
    for (const id of ['lbbd.marac', 'lbbd.refuge', 'lewisham.freedom', 'dvip.perpetrator-programme'])
      expect(relevant.has(id)).toBe(true);
    for (const id of ['notts.solihull', 'notts.123-magic', 'lewisham.triple-p-group', 'notts.online-resources'])
      expect(relevant.has(id)).toBe(false);
  });
});

describe('isDashRelevant reads the criteria, rule sets included', () => {
  const SEED = '001_0123456789abcdef.txt';
  const citation = { seed: SEED, section: 'Test' };
  const base = (id: string, extra: Record<string, unknown>) => ({
    id,
    providerId: 'p',
    name: id,
    description: 'Test service.',
    kind: 'programme',
    audience: 'adult',
    ruleSets: [],
    criteria: [],
    citations: [citation],
    ...extra,
  });
  const test: Catalogue = catalogueSchema.parse({
    version: 't',
    providers: [{ id: 'p', name: 'P', seed: SEED }],
    ruleSets: [
      {
        id: 'p.da',
        description: 'Domestic abuse',
        criteria: [
          {
            kind: 'condition',
            id: 'p.da.home',
            requirement: 'Not in the home',
            citation,
            test: { fact: 'risks.perpetratorInHome', eq: 'no' },
          },
        ],
      },
    ],
    services: [
      base('p.via-rule-set', { ruleSets: ['p.da'] }),
      base('p.nested', {
        criteria: [
          {
            kind: 'person',
            who: 'adult',
            id: 'p.nested.role',
            requirement: 'A victim',
            citation,
            test: {
              all: [{ fact: 'adult.gender', eq: 'female' }, { not: { fact: 'adult.abuseRole', eq: 'perpetrator' } }],
            },
          },
        ],
      }),
      base('p.dash-count', {
        criteria: [
          {
            kind: 'condition',
            id: 'p.dash.count',
            requirement: '14 yes',
            citation,
            test: { fact: 'dash.yesCount', gte: 14 },
          },
        ],
      }),
      base('p.unrelated', {
        criteria: [
          {
            kind: 'condition',
            id: 'p.other',
            requirement: 'Other',
            citation,
            test: { fact: 'needs.additionalNeeds', eq: 'yes' },
          },
          { kind: 'review', id: 'p.ask', requirement: 'Ask', citation },
        ],
      }),
      base('p.unknown-rule-set', { ruleSets: ['p.missing'] }),
    ],
    questions: [],
    packageRules: [],
    timeStandards: [],
  });

  it.each([
    ['p.via-rule-set', true],
    ['p.nested', true],
    ['p.dash-count', true],
    ['p.unrelated', false],
    ['p.unknown-rule-set', false],
  ])('%s → %p', (id, expected) => {
    expect(isDashRelevant(test, [id])).toBe(expected);
  });
});
