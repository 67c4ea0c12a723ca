import fc from 'fast-check';
import { kindOf } from '../../../src/domain';
import type { Catalogue, Criterion, CriterionEnv, Judged, Target } from '../../../src/domain';
import { evaluateCondition, truthTest, waitingOn } from '../../../src/domain/criteria/condition';
import type { Condition } from '../../../src/domain/criteria/condition';
import { compilePlan } from '../../../src/domain/eligibility/engine/compile-plan';
import { keepNothing, startRound } from '../../../src/domain/eligibility/engine/run-services';
import { peopleIn } from '../../../src/domain/eligibility/engine-parts';
import { catalogue as builtIn } from '../../../src/catalogues';
import { generateScaleCatalogue } from '../../../src/catalogues/oruk/generate';
import { structuredReferral } from '../eligibility/referral-arbitraries';

// A group weighs every person by status alone and words only the person its reasons name, so each kind's status
// (`statusOfPerson`, `statusOf`) must say what its words (`evaluatePerson`, `evaluate`) say: the same status and
// the same missing facts, for every criterion of the built-in catalogue and of a generated one, on random referrals.
// (The engine's results as a whole are compared with the reference engine in eligibility/equivalence.test.ts.)

const NOW = '2026-11-23';
const generated = generateScaleCatalogue({ services: 300, seed: 7 }).catalogue;

const criteriaOf = (cat: Catalogue): Criterion[] => {
  const all = [...cat.ruleSets.flatMap((r) => r.criteria), ...cat.services.flatMap((s) => s.criteria)];
  return [...new Map(all.map((c) => [JSON.stringify({ ...c, id: undefined, citation: undefined }), c])).values()];
};

const plainOf = (j: Judged) => ({ status: j.status, missing: [...j.missing] });

/** The engine's reader over one referral, with everyone as the targets. */
function envFor(cat: Catalogue, input: unknown): { env: CriterionEnv; people: readonly Target[] } {
  const people = peopleIn(input);
  const round = startRound(
    compilePlan(cat),
    { input, today: NOW, people, peopleKey: '', requested: [] },
    keepNothing(),
  );
  return { env: round.env, people };
}

/** Every criterion's status against its words, person by person where it is about one person. */
function agrees(cat: Catalogue, criteria: readonly Criterion[], input: unknown): boolean {
  const { env, people } = envFor(cat, input);
  for (const c of criteria) {
    const kind = kindOf(c);
    const who = kind.personScope?.(c);
    if (who && kind.statusOfPerson && kind.evaluatePerson) {
      for (const person of people.filter((p) => p.kind === who)) {
        expect(plainOf(kind.statusOfPerson(c, env, person))).toEqual(plainOf(kind.evaluatePerson(c, env, person)));
      }
    }
    if (kind.statusOf) expect(plainOf(kind.statusOf(c, env))).toEqual(plainOf(kind.evaluate(c, env)));
  }
  return true;
}

describe("each kind's status says what its words say", () => {
  const ids = (cat: Catalogue) => cat.services.map((s) => s.id);

  test.each([
    ['the built-in catalogue', builtIn, 400],
    ['a generated Open Referral UK catalogue', generated, 200],
  ] as const)('%s, on random referrals', (_name, cat, numRuns) => {
    const criteria = criteriaOf(cat);
    expect(criteria.some((c) => kindOf(c).statusOfPerson)).toBe(true);
    expect(criteria.some((c) => kindOf(c).statusOf)).toBe(true);
    fc.assert(
      fc.property(structuredReferral(ids(cat)), (input) => agrees(cat, criteria, input)),
      { numRuns },
    );
  });

  test("a condition's test gives evaluateCondition's value and missing facts, for every condition and random readings", () => {
    const conditions: Condition[] = [...criteriaOf(builtIn), ...criteriaOf(generated)].flatMap((c) =>
      'test' in c ? [c.test as Condition] : [],
    );
    expect(conditions.length).toBeGreaterThan(20);
    const reading = fc.oneof(
      fc.constant({ state: 'missing' as const }),
      fc.constant({ state: 'not-known' as const }),
      fc
        .oneof(
          fc.constantFrom('yes', 'no', '1', '2', 'autism'),
          fc.integer({ min: -2, max: 30 }),
          fc.array(fc.constantFrom('1', '2', 'autism', 'adhd')),
        )
        .map((value) => ({ state: 'known' as const, value })),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), reading),
        fc.array(reading, { minLength: 8, maxLength: 8 }),
        (_d, pool) => {
          let n = 0;
          const seen = new Map<string, (typeof pool)[number]>();
          const lookup = (fact: string) => {
            if (!seen.has(fact)) seen.set(fact, pool[n++ % pool.length]!);
            return seen.get(fact)!;
          };
          for (const c of conditions) {
            const full = evaluateCondition(c, lookup);
            expect(truthTest(c)({ read: lookup })).toBe(full.value);
            if (full.value === 'missing') expect(waitingOn(c, { read: lookup })).toEqual(full.missing);
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
