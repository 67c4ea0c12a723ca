import { evaluate } from '../../../src/domain';
import type { Catalogue } from '../../../src/domain';
import { NOW, referral } from '../fixtures/referrals';

// The MARAC facts as the engine reads them (the DASH module's own thresholds are tested in tests/domain/dash).
const cite = { seed: '001_f4b2a794d398f628.txt', section: 'Multi-Agency Risk Assessment Conference (MARAC)' };
const catalogue: Catalogue = {
  version: 't',
  providers: [{ id: 'p', name: 'P', seed: cite.seed }],
  ruleSets: [],
  questions: [],
  packageRules: [],
  timeStandards: [],
  services: [
    {
      id: 'p.marac',
      providerId: 'p',
      name: 'MARAC',
      description: 'd',
      kind: 'conference',
      audience: 'adult',
      ruleSets: [],
      citations: [cite],
      criteria: [
        {
          kind: 'condition',
          id: 'p.marac.high-risk',
          requirement: 'High risk by any MARAC criterion',
          citation: cite,
          test: {
            any: [
              { fact: 'dash.yesCount', gte: 14 },
              { fact: 'dash.professionalJudgement', eq: 'yes' },
              { fact: 'dash.incidentsLast12Months', gte: 3 },
              { fact: 'dash.previousMaracWithin12Months', eq: 'yes' },
            ],
          },
        },
      ],
    },
  ],
};
const answers = (yes: number, no: number) =>
  Object.fromEntries(Array.from({ length: yes + no }, (_, i) => [`q${i + 1}`, i < yes ? 'yes' : 'no']));
const verdict = (dash: Record<string, unknown>) =>
  evaluate(referral({ risks: { dash } }), catalogue, { now: NOW }).results[0]!;
const below = { professionalJudgement: [], incidentsLast12Months: 0, previousMaracReferralDate: null };

describe('DASH facts in the engine', () => {
  test('14 yes is enough even with questions left blank', () => {
    expect(verdict({ answers: answers(14, 0) }).verdict).toBe('eligible');
  });
  test('13 yes with every other criterion not met is ineligible once the count cannot reach 14', () => {
    expect(verdict({ ...below, answers: answers(13, 11) }).verdict).toBe('ineligible');
    expect(verdict({ ...below, answers: answers(13, 10) }).verdict).toBe('incomplete');
  });
  test('"not known" incidents or previous referral date make it a review, not incomplete', () => {
    const r = verdict({ ...below, answers: answers(2, 22), incidentsLast12Months: 'not-known' });
    expect(r.verdict).toBe('review');
    expect(verdict({ ...below, answers: answers(2, 22), previousMaracReferralDate: 'not-known' }).verdict).toBe(
      'review',
    );
  });
  test('a MARAC referral within the last 12 months counts; one 13 months ago does not', () => {
    expect(verdict({ ...below, answers: answers(0, 24), previousMaracReferralDate: '2026-01-10' }).verdict).toBe(
      'eligible',
    );
    expect(verdict({ ...below, answers: answers(0, 24), previousMaracReferralDate: '2025-10-10' }).verdict).toBe(
      'ineligible',
    );
  });
  test('no DASH at all: incomplete, asking for the checklist', () => {
    const r = evaluate(referral(), catalogue, { now: NOW }).results[0]!;
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact)).toEqual(
      expect.arrayContaining(['dash.yesCount', 'dash.professionalJudgement', 'dash.incidentsLast12Months']),
    );
  });
});
