// Every reason states what was found in plain words, built from the facts that decided it.
import { catalogueSchema, evaluate } from '../../../src/domain';
import type { Catalogue, Reason } from '../../../src/domain';

const NOW = new Date('2026-11-23T10:00:00Z');
const cite = { seed: '001_0123456789abcdef.txt', section: 'Who' };

const catalogueWith = (criteria: unknown[], questions: unknown[] = []): Catalogue =>
  catalogueSchema.parse({
    version: 't',
    providers: [{ id: 'a', name: 'Alpha', seed: cite.seed }],
    services: [
      {
        id: 'a.s',
        providerId: 'a',
        name: 'S',
        description: 'S',
        kind: 'programme',
        audience: 'family',
        ruleSets: [],
        criteria,
        citations: [cite],
      },
    ],
    ruleSets: [],
    questions,
    packageRules: [],
    timeStandards: [],
  });

const reasonsFor = (c: Catalogue, referral: unknown): readonly Reason[] =>
  evaluate(referral, c, { now: NOW }).results[0]!.reasons;

const socialCare = {
  kind: 'condition',
  id: 'a.social-care',
  requirement: 'If the family is open to social care, ask first.',
  test: { fact: 'context.openToSocialCare', eq: 'no' },
  otherwise: 'review',
  citation: cite,
};

describe('findings', () => {
  it('a met rule states the fact in words: "Not open to children\'s social care"', () => {
    const [r] = reasonsFor(catalogueWith([socialCare]), { context: { openToSocialCare: 'no' } });
    expect(r).toMatchObject({ status: 'met', finding: "Not open to children's social care" });
    expect(r!.message).toBe(socialCare.requirement);
  });

  it('a rule not met states what was found and then the rule', () => {
    const [r] = reasonsFor(catalogueWith([socialCare]), { context: { openToSocialCare: 'yes' } });
    expect(r).toMatchObject({
      status: 'review',
      finding: "Open to children's social care — If the family is open to social care, ask first.",
    });
  });

  it("takes the criterion's own words where it gives them", () => {
    const c = catalogueWith([{ ...socialCare, met: 'No social care', notMet: 'Open to social care: ask the team' }]);
    expect(reasonsFor(c, { context: { openToSocialCare: 'no' } })[0]!.finding).toBe('No social care');
    expect(reasonsFor(c, { context: { openToSocialCare: 'yes' } })[0]!.finding).toBe(
      'Open to social care: ask the team',
    );
  });

  it('names only the part that decided an "any", and every part of an "all" that held', () => {
    const any = {
      ...socialCare,
      id: 'a.any',
      test: {
        any: [
          { fact: 'risks.perpetratorInHome', eq: 'no' },
          { fact: 'risks.activeSubstanceMisuse', eq: 'no' },
        ],
      },
    };
    const both = { ...any, id: 'a.all', test: { all: any.test.any } };
    const c = catalogueWith([any, both]);
    const reasons = reasonsFor(c, { risks: { perpetratorInHome: 'no', activeSubstanceMisuse: 'no' } });
    expect(reasons.map((r) => r.finding)).toEqual([
      'The person who caused harm does not live in the family home',
      'The person who caused harm does not live in the family home; No active drug or alcohol misuse by a parent or carer',
    ]);
  });

  it("reads a question's own statements, else its label and answer", () => {
    const questions = [
      {
        id: 'a.keen',
        type: 'answer',
        label: 'Is the parent keen?',
        statements: { yes: 'The parent is keen', no: 'Not keen' },
      },
      { id: 'a.plain', type: 'answer', label: 'Has the family moved?' },
      {
        id: 'a.tried',
        type: 'multi',
        label: 'What was tried?',
        options: [{ value: 'x', label: 'A workshop' }],
        statements: { value: 'Already tried: {value}' },
      },
    ];
    const rule = (id: string, test: unknown) => ({ kind: 'condition', id, requirement: 'R', test, citation: cite });
    const c = catalogueWith(
      [
        rule('a.one', { fact: 'answers.a.keen', eq: 'yes' }),
        rule('a.two', { fact: 'answers.a.plain', eq: 'no' }),
        rule('a.three', { fact: 'answers.a.tried', includesAny: ['x'] }),
      ],
      questions,
    );
    const reasons = reasonsFor(c, { answers: { 'a.keen': 'yes', 'a.plain': 'no', 'a.tried': ['x'] } });
    expect(reasons.map((r) => r.finding)).toEqual([
      'The parent is keen',
      'Has the family moved? No',
      'Already tried: A workshop',
    ]);
  });

  it('gives no finding while the answer is missing or not known: the rule is shown with what to ask', () => {
    const c = catalogueWith([socialCare]);
    expect(reasonsFor(c, {})[0]).not.toHaveProperty('finding');
    expect(reasonsFor(c, { context: { openToSocialCare: 'not-known' } })[0]).not.toHaveProperty('finding');
  });

  it('refuses statements with no words in a question', () => {
    const bad = () => catalogueWith([], [{ id: 'a.q', type: 'answer', label: 'Q?', statements: {} }]);
    expect(bad).toThrow();
  });
});

describe('an age rule says what was found about the child it names', () => {
  const age = (extra: Record<string, unknown> = {}) => ({
    kind: 'age',
    id: 'a.age',
    requirement: 'For children aged 8 to 18.',
    min: 8,
    max: 18,
    citation: cite,
    ...extra,
  });
  const family = (dateOfBirth: string) => ({ people: [{ id: 'c1', kind: 'child', name: 'Sam', dateOfBirth }] });

  test.each<[string, Record<string, unknown>, string, string]>([
    ['within the ages', {}, '2014-06-02', 'Sam (12): Within the ages it is for (8 to 18)'],
    ['outside them', {}, '2004-06-02', 'Sam (22): Outside the ages it is for (8 to 18)'],
    [
      'younger, where younger children may be considered',
      { belowMin: 'review' },
      '2020-06-02',
      'Sam (6): Younger than the ages it is for (8 to 18); younger children may be considered',
    ],
    [
      'from before birth',
      { min: -1, max: 3 },
      '2024-01-01',
      'Sam (2): Within the ages it is for (from before birth to 3)',
    ],
    ['with no upper age', { max: undefined }, '2004-06-02', 'Sam (22): Within the ages it is for (8 and over)'],
  ])('%s', (_name, extra, dateOfBirth, finding) => {
    const [reason] = reasonsFor(catalogueWith([age(extra)]), family(dateOfBirth));
    expect(reason?.finding).toBe(finding);
  });
});
