import fc from 'fast-check';
import { evaluate, validateCatalogue } from '../../../src/domain';
import { catalogue } from '../../../src/catalogues';
import { miniCatalogue } from '../fixtures/mini-catalogue';
import { baseReferral, NOW } from '../fixtures/referrals';

// Random referrals, valid and invalid, must never make evaluate throw; every verdict has a reason.
const answer = fc.constantFrom('yes', 'no', 'not-known');
const date = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const oddDate = fc.oneof(date, fc.constantFrom('2026-02-30', '2026-13-01', '', 'yesterday'), fc.string());
const child = fc.record(
  {
    id: fc.constantFrom('c1', 'c2', 'c3'),
    kind: fc.constant('child'),
    name: fc.string(),
    dateOfBirth: fc.option(oddDate, { nil: undefined }),
    livesInBorough: fc.option(answer, { nil: undefined }),
    schoolInBorough: fc.option(answer, { nil: undefined }),
  },
  { requiredKeys: ['id', 'kind'] },
);
const adult = fc.record(
  {
    id: fc.constantFrom('p1', 'p2'),
    kind: fc.constant('adult'),
    name: fc.string(),
    role: fc.constantFrom('parent', 'carer', 'kinship-carer', 'nonsense'),
    gender: fc.option(fc.constantFrom('female', 'male', 'not-known', 42), { nil: undefined }),
    abuseRole: fc.option(fc.constantFrom('victim-survivor', 'person-causing-harm', 'none'), { nil: undefined }),
  },
  { requiredKeys: ['id', 'kind'] },
);
const serviceIds = [...catalogue.services, ...miniCatalogue.services].map((s) => s.id);
const structured = fc
  .record(
    {
      people: fc.array(fc.oneof(child, adult, fc.anything({ maxDepth: 2 })), { maxLength: 6 }),
      context: fc.record(
        {
          p2pLevel: fc.option(fc.constantFrom(1, 2, 3, 4, 'not-known', 7, '3'), { nil: undefined }),
          statutoryStatus: fc.option(fc.constantFrom('none', 'child-protection-plan', 'care-proceedings', 'bogus'), {
            nil: undefined,
          }),
          openToSocialCare: fc.option(answer, { nil: undefined }),
          courtProceedings: fc.option(fc.constantFrom('none', 'likely', 'under-way', 'not-known'), { nil: undefined }),
          leadProfessional: fc.option(fc.constantFrom(null, { name: 'L', role: 'SW' }, 'x'), { nil: undefined }),
        },
        { requiredKeys: [] },
      ),
      risks: fc.record(
        {
          perpetratorInHome: fc.option(answer, { nil: undefined }),
          activeSubstanceMisuse: fc.option(answer, { nil: undefined }),
          dash: fc.option(
            fc.record(
              {
                answers: fc.dictionary(
                  fc.constantFrom(...Array.from({ length: 26 }, (_, i) => `q${i}`)),
                  fc.oneof(answer, fc.anything({ maxDepth: 2 })),
                ),
                incidentsLast12Months: fc.option(fc.oneof(fc.nat(20), fc.double()), { nil: undefined }),
                previousMaracReferralDate: fc.option(fc.oneof(oddDate, fc.constant(null)), { nil: undefined }),
                professionalJudgement: fc.option(fc.array(fc.constantFrom('stalking', 'threats-to-kill', 'junk')), {
                  nil: undefined,
                }),
              },
              { requiredKeys: [] },
            ),
            { nil: undefined },
          ),
        },
        { requiredKeys: [] },
      ),
      needs: fc.record(
        {
          gfpoPrimaryNeed: fc.option(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.string()), { nil: undefined }),
          challenges: fc.option(
            fc.array(
              fc.oneof(
                fc.constantFrom('disruptive-daily-life', 'verbal-physical-aggression'),
                fc.anything({ maxDepth: 2 }),
              ),
            ),
            { nil: undefined },
          ),
        },
        { requiredKeys: [] },
      ),
      services: fc.array(
        fc.record({
          serviceId: fc.oneof(fc.constantFrom(...serviceIds), fc.string()),
          personIds: fc.array(fc.constantFrom('c1', 'c2', 'p1', 'zz')),
          advice: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { maxLength: 5 },
      ),
      answers: fc.dictionary(fc.string(), fc.oneof(answer, fc.integer(), fc.string(), fc.anything({ maxDepth: 2 }))),
    },
    { requiredKeys: [] },
  )
  .map((patch) => ({ ...baseReferral(), ...patch }));

const VERDICTS = new Set(['eligible', 'ineligible', 'review', 'incomplete']);
const anyInput = fc.oneof(
  { weight: 4, arbitrary: structured },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });

describe('evaluate is total', () => {
  test('the built-in catalogue is valid', () => {
    const r = validateCatalogue(catalogue);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  test.each([
    ['the built-in catalogue', catalogue],
    ['the test catalogue', miniCatalogue],
  ])('10,000 random referrals against %s', (_name, cat) => {
    fc.assert(
      fc.property(anyInput, instant, (input, now) => {
        // Plain checks, not expect(): this body runs 10,000 times.
        const e = evaluate(input, cat, { now });
        if (e.results.length !== cat.services.length) return false;
        return e.results.every(
          (r) =>
            r.reasons.length > 0 && VERDICTS.has(r.verdict) && (r.verdict !== 'incomplete' || r.missing.length > 0),
        );
      }),
      { numRuns: 10_000 },
    );
  });

  test('evaluation does not change its input', () => {
    fc.assert(
      fc.property(structured, (input) => {
        const before = JSON.stringify(input);
        evaluate(input, miniCatalogue, { now: NOW });
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});
