import fc from 'fast-check';
import { baseReferral } from '../fixtures/referrals';

// Random referrals for the property tests, valid and invalid: half-filled drafts, odd values, junk.

const answer = fc.constantFrom('yes', 'no', 'not-known');
const date = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const oddDate = fc.oneof(date, fc.constantFrom('2026-02-30', '2026-13-01', '', 'yesterday'), fc.string());
const council = fc.constantFrom('E09000023', 'E09000022', 'E09000002', 'E06000057', 'E07000170', 'E06000018', 'X1');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const child = fc.record(
  {
    id: fc.constantFrom('c1', 'c2', 'c3'),
    kind: fc.constant('child'),
    name: fc.oneof(fc.string(), fc.constantFrom('Jo', ' Sam ', '')),
    dateOfBirth: maybe(oddDate),
    livesInBorough: maybe(answer),
    schoolInBorough: maybe(answer),
    councilCode: maybe(council),
    schoolCouncilCode: maybe(council),
    affectedByDomesticAbuse: maybe(answer),
    additionalNeeds: maybe(answer),
    diagnoses: maybe(fc.array(fc.constantFrom('autism', 'adhd', 'junk'), { maxLength: 2 })),
  },
  { requiredKeys: ['id', 'kind'] },
);
export const adult = fc.record(
  {
    id: fc.constantFrom('p1', 'p2'),
    kind: fc.constant('adult'),
    name: fc.string(),
    role: fc.constantFrom('parent', 'carer', 'kinship-carer', 'nonsense'),
    gender: maybe(fc.constantFrom('female', 'male', 'not-known', 42)),
    abuseRole: maybe(fc.constantFrom('victim-survivor', 'person-causing-harm', 'none')),
    livesInHousehold: maybe(answer),
  },
  { requiredKeys: ['id', 'kind'] },
);

const dash = fc.record(
  {
    answers: fc.dictionary(
      fc.constantFrom(...Array.from({ length: 26 }, (_, i) => `q${i}`)),
      fc.oneof(answer, fc.anything({ maxDepth: 2 })),
    ),
    incidentsLast12Months: maybe(fc.oneof(fc.nat(20), fc.double())),
    previousMaracReferralDate: maybe(fc.oneof(oddDate, fc.constant(null))),
    professionalJudgement: maybe(fc.array(fc.constantFrom('stalking', 'threats-to-kill', 'junk'))),
  },
  { requiredKeys: [] },
);

const context = fc.record(
  {
    p2pLevel: maybe(fc.constantFrom(1, 2, 3, 4, 'not-known', 7, '3')),
    statutoryStatus: maybe(fc.constantFrom('none', 'child-protection-plan', 'care-proceedings', 'bogus')),
    openToSocialCare: maybe(answer),
    courtProceedings: maybe(fc.constantFrom('none', 'likely', 'under-way', 'not-known')),
    leadProfessional: maybe(fc.constantFrom(null, { name: 'L', role: 'SW' }, 'x')),
  },
  { requiredKeys: [] },
);

const needs = fc.record(
  {
    gfpoPrimaryNeed: maybe(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.string())),
    challenges: maybe(
      fc.array(
        fc.oneof(fc.constantFrom('disruptive-daily-life', 'verbal-physical-aggression'), fc.anything({ maxDepth: 2 })),
      ),
    ),
    behaviours: maybe(fc.array(fc.constantFrom('externalising', 'internalising', 'anger-episodes'), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

/** Answers to catalogue questions: the generated overlay's, and anything else. */
const answers = fc.oneof(
  fc.record(
    {
      'gen-waiting-list': answer,
      'gen-household-size': fc.oneof(fc.integer({ min: 0, max: 12 }), fc.string()),
      'gen-tenure': fc.constantFrom('council', 'private', 'owner', 'temporary', 'junk'),
      'gen-languages': fc.array(fc.constantFrom('english', 'polish', 'other')),
      'gen-last-contact': oddDate,
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.string(), fc.oneof(answer, fc.integer(), fc.string(), fc.anything({ maxDepth: 2 }))),
);

/** A referral with every part random, on top of a complete one, for services named by `serviceIds`. */
export function structuredReferral(serviceIds: readonly string[]) {
  return fc
    .record(
      {
        family: fc.record({
          councilCode: maybe(council),
          councilName: maybe(fc.constantFrom('Lewisham', 'Elsewhere')),
        }),
        people: fc.array(fc.oneof(child, adult, fc.anything({ maxDepth: 2 })), { maxLength: 6 }),
        context,
        risks: fc.record(
          { perpetratorInHome: maybe(answer), activeSubstanceMisuse: maybe(answer), dash: maybe(dash) },
          { requiredKeys: [] },
        ),
        needs,
        consent: maybe(fc.record({ given: fc.boolean() })),
        services: fc.array(
          fc.record({
            serviceId: fc.oneof(fc.constantFrom(...serviceIds), fc.string()),
            personIds: fc.array(fc.constantFrom('c1', 'c2', 'p1', 'zz')),
            advice: maybe(fc.boolean()),
          }),
          { maxLength: 5 },
        ),
        answers,
      },
      { requiredKeys: [] },
    )
    .map((patch) => ({ ...baseReferral(), ...patch }));
}

/** Anything at all, mostly referral-shaped. */
export const anyInput = (serviceIds: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: structuredReferral(serviceIds) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.jsonValue() },
  );

export const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });

type Json = Record<string, unknown>;
export type Change = Readonly<Record<string, unknown>>;

const risks = fc.record({ perpetratorInHome: answer, activeSubstanceMisuse: answer }, { requiredKeys: [] });
const family = fc.record({ councilCode: maybe(council) });
const people = fc.oneof(child, adult);
const chosen = (serviceIds: readonly string[]) =>
  fc.array(
    fc.record({ serviceId: fc.constantFrom(...serviceIds), personIds: fc.array(fc.constantFrom('c1', 'c2', 'p1')) }),
    { maxLength: 3 },
  );

/** One change of the kind a keystroke or a choice makes: one part, one person, or the people chosen for services. */
export const change = (serviceIds: readonly string[]): fc.Arbitrary<Change> =>
  fc.oneof(
    fc.record({ at: fc.constant('risks'), patch: risks }),
    fc.record({ at: fc.constant('context'), patch: context }),
    fc.record({ at: fc.constant('needs'), patch: needs }),
    fc.record({ at: fc.constant('answers'), patch: answers }),
    fc.record({ at: fc.constant('family'), patch: family }),
    fc.record({ person: fc.nat(5), patch: people }),
    fc.record({ drop: fc.nat(5) }),
    fc.record({ services: chosen(serviceIds) }),
  );

const objectAt = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** The referral after one change; the referral given is left as it was. */
export function applyChange(referral: Json, c: Change): Json {
  const people = Array.isArray(referral.people) ? [...(referral.people as unknown[])] : [];
  if (typeof c.at === 'string') return { ...referral, [c.at]: { ...objectAt(referral[c.at]), ...objectAt(c.patch) } };
  if (typeof c.person === 'number') {
    const at = c.person % (people.length + 1);
    people[at] = { ...objectAt(people[at]), ...objectAt(c.patch) };
    return { ...referral, people };
  }
  if (typeof c.drop === 'number') {
    people.splice(c.drop, 1);
    return { ...referral, people };
  }
  return { ...referral, services: c.services };
}
