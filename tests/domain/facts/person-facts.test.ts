import { CORE_FACTS } from '../../../src/domain/facts/core-facts';
import { familyOrAnyAdult } from '../../../src/domain/facts/person-facts';
import { referral } from '../fixtures/referrals';

const TODAY = '2026-11-23';
const fact = (id: string) => {
  const def = CORE_FACTS.get(id);
  if (!def) throw new Error(`no fact ${id}`);
  return def;
};
const read = (id: string, input: unknown, person?: Record<string, unknown>) =>
  fact(id).read(input, { today: TODAY, ...(person ? { person } : {}) });
const adult = (extra: Record<string, unknown>) => ({
  id: 'a',
  kind: 'adult',
  name: 'A',
  role: 'parent',
  relationship: 'parent',
  ...extra,
});

describe('family-level answers read from each adult', () => {
  test.each([
    { family: undefined, adults: ['yes', 'no'], reading: { state: 'known', value: 'yes' } },
    { family: 'no', adults: ['yes'], reading: { state: 'known', value: 'yes' } },
    { family: 'no', adults: [undefined], reading: { state: 'known', value: 'no' } },
    { family: undefined, adults: ['no', 'no'], reading: { state: 'known', value: 'no' } },
    { family: undefined, adults: ['no', undefined], reading: { state: 'missing' } },
    { family: undefined, adults: ['no', 'not-known'], reading: { state: 'not-known' } },
    { family: 'not-known', adults: [undefined], reading: { state: 'not-known' } },
    { family: 'not-known', adults: ['no'], reading: { state: 'known', value: 'no' } },
    { family: undefined, adults: [], reading: { state: 'missing' } },
    { family: 'maybe', adults: [42], reading: { state: 'missing' } },
  ])('family $family, adults $adults', ({ family, adults, reading }) => {
    expect(familyOrAnyAdult(family, adults)).toEqual(reading);
  });

  test('"a parent or carer" counts the adults in the household, not one who lives elsewhere', () => {
    const input = referral({
      risks: { activeSubstanceMisuse: undefined },
      people: [
        adult({ livesInHousehold: 'yes', activeSubstanceMisuse: 'no' }),
        adult({ id: 'b', livesInHousehold: 'no', activeSubstanceMisuse: 'yes' }),
      ],
    });
    expect(read('risks.activeSubstanceMisuse', input)).toEqual({ state: 'known', value: 'no' });
  });

  test('criminal justice involvement is asked of the person who used abusive behaviour', () => {
    const harm = adult({ abuseRole: 'person-causing-harm' });
    const victim = adult({ id: 'v', abuseRole: 'victim-survivor', criminalJusticeInvolvement: 'yes' });
    const input = referral({ risks: { criminalJusticeInvolvement: 'no' }, people: [harm, victim] });
    expect(read('risks.criminalJusticeInvolvement', input)).toEqual({ state: 'known', value: 'no' });
    // The family-level question is about them, so it answers for them until their own answer is given.
    expect(read('adult.criminalJusticeInvolvement', input, harm)).toEqual({ state: 'known', value: 'no' });
    expect(read('adult.criminalJusticeInvolvement', input, { ...harm, criminalJusticeInvolvement: 'yes' })).toEqual({
      state: 'known',
      value: 'yes',
    });
    expect(read('adult.criminalJusticeInvolvement', input, adult({ abuseRole: 'none' }))).toEqual({ state: 'missing' });
  });
});

describe('statutory status is a list', () => {
  test.each([
    {
      raw: ['child-protection-plan', 'care-proceedings'],
      reading: { state: 'known', value: ['child-protection-plan', 'care-proceedings'] },
    },
    { raw: ['none'], reading: { state: 'known', value: ['none'] } },
    { raw: ['not-known'], reading: { state: 'not-known' } },
    { raw: [], reading: { state: 'missing' } },
    { raw: ['made-up'], reading: { state: 'missing' } },
    { raw: 'plo', reading: { state: 'known', value: ['plo'] } },
    { raw: 7, reading: { state: 'missing' } },
  ])('$raw', ({ raw, reading }) => {
    expect(read('context.statutoryStatus', referral({ context: { statutoryStatus: raw } }))).toEqual(reading);
  });
});

describe('a child whose date of birth is not known', () => {
  const child = (extra: Record<string, unknown>) => ({ id: 'c', kind: 'child', name: 'C', ...extra });
  test.each([
    { person: child({ dateOfBirth: '2014-06-01' }), reading: { state: 'known', value: 12 } },
    { person: child({ dateOfBirthNotKnown: true, approximateAge: 9 }), reading: { state: 'known', value: 9 } },
    { person: child({ approximateAge: 9 }), reading: { state: 'known', value: 9 } },
    { person: child({ dateOfBirthNotKnown: true }), reading: { state: 'not-known' } },
    { person: child({ dateOfBirthNotKnown: true, approximateAge: -3 }), reading: { state: 'not-known' } },
    { person: child({ approximateAge: 9.5 }), reading: { state: 'missing' } },
    { person: child({}), reading: { state: 'missing' } },
  ])('$person', ({ person, reading }) => {
    expect(read('child.age', referral(), person)).toEqual(reading);
  });
});

describe('previous support, by service', () => {
  test.each([
    {
      input: { support: { previous: [{ service: 'x', serviceId: 'notts.drop-in-clinic' }, { service: 'free text' }] } },
      reading: { state: 'known', value: ['notts.drop-in-clinic'] },
    },
    { input: { support: { previous: [] } }, reading: { state: 'known', value: [] } },
    { input: { support: {} }, reading: { state: 'missing' } },
    {
      input: { support: {}, answers: { 'notts.prior-support': ['webinar', 'nonsense', 3] } },
      reading: { state: 'known', value: ['notts.online-resources'] },
    },
    { input: { support: { previous: 'oops' } }, reading: { state: 'missing' } },
  ])('$input', ({ input, reading }) => {
    expect(read('support.previousServices', referral(input))).toEqual(reading);
  });
});
