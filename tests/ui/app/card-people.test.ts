import fc from 'fast-check';
import { catalogue } from '../../../src/catalogues';
import { factRegistryFor, isRealIsoDate } from '../../../src/domain';
import { cardPeople } from '../../../src/ui/app/card-people';

const TODAY = '2026-11-23';
const child = (extra: Record<string, unknown>) => ({ id: 'c1', kind: 'child', name: 'Baby Example', ...extra });
const only = (person: Record<string, unknown>, today = TODAY) => {
  const people = cardPeople([person], today);
  expect(people).toHaveLength(1);
  return people[0]!;
};

describe('cardPeople: ages', () => {
  it('gives a born child its age in whole years, turning on the birthday itself', () => {
    expect(only(child({ dateOfBirth: '2019-11-24' }))).toEqual({
      id: 'c1',
      kind: 'child',
      name: 'Baby Example',
      age: 6,
    });
    expect(only(child({ dateOfBirth: '2019-11-23' })).age).toBe(7);
    expect(only(child({ dateOfBirth: TODAY })).age).toBe(0);
  });

  it('reads a child with an expected date and no date of birth as not yet born, keeping the due date', () => {
    expect(only(child({ expectedDate: '2027-03-03' }))).toEqual({
      id: 'c1',
      kind: 'child',
      name: 'Baby Example',
      age: -1,
      due: '2027-03-03',
    });
  });

  it('keeps a past expected date as not yet born, as the engine does, so the panel can say "was due"', () => {
    expect(only(child({ expectedDate: '2026-10-01' }))).toMatchObject({ age: -1, due: '2026-10-01' });
    expect(only(child({ expectedDate: '2026-10-01' })).dueFromDateOfBirth).toBeUndefined();
  });

  it('reads a date of birth after today as not yet born and marks it as coming from the date of birth', () => {
    expect(only(child({ dateOfBirth: '2026-11-24' }))).toMatchObject({
      age: -1,
      due: '2026-11-24',
      dueFromDateOfBirth: true,
    });
  });

  it('prefers a real date of birth over an expected date when both are there', () => {
    const p = only(child({ dateOfBirth: '2020-01-01', expectedDate: '2027-03-03' }));
    expect(p.age).toBe(6);
    expect(p.due).toBeUndefined();
  });

  it('falls back to the expected date when the date of birth is not a real date', () => {
    expect(only(child({ dateOfBirth: '2026-02-30', expectedDate: '2027-03-03' }))).toMatchObject({
      age: -1,
      due: '2027-03-03',
    });
  });

  it.each([
    ['neither date', {}],
    ['an expected date that does not exist', { expectedDate: '2027-02-30' }],
    ['an expected date typed in UK order', { expectedDate: '03/03/2027' }],
    ['an expected date that is a number', { expectedDate: 20270303 }],
    ['an expected date that is null', { expectedDate: null }],
    ['an empty date of birth and expected date', { dateOfBirth: '', expectedDate: '' }],
    ['an impossible date of birth and no expected date', { dateOfBirth: '2026-13-01' }],
  ])('leaves the age unknown with %s', (_, dates) => {
    const p = only(child(dates));
    expect(p.age).toBeUndefined();
    expect(p.due).toBeUndefined();
    expect(p.dueFromDateOfBirth).toBeUndefined();
  });

  it('never gives an adult a negative age or an expected date', () => {
    const adult = { id: 'a1', kind: 'adult', name: 'Parent' };
    expect(only({ ...adult, dateOfBirth: '1990-06-01' }).age).toBe(36);
    expect(only({ ...adult, dateOfBirth: '2027-01-01' })).toEqual({ id: 'a1', kind: 'adult', name: 'Parent' });
    expect(only({ ...adult, expectedDate: '2027-01-01' })).toEqual({ id: 'a1', kind: 'adult', name: 'Parent' });
  });
});

describe('cardPeople: untrusted input', () => {
  it('skips entries that are not people and blanks a name that is not text', () => {
    expect(cardPeople('not a list', TODAY)).toEqual([]);
    expect(cardPeople(undefined, TODAY)).toEqual([]);
    const people = cardPeople(
      [null, 7, [], { id: 1, kind: 'child' }, { id: 'x', kind: 'pet' }, { id: 'c2', kind: 'child', name: 42 }],
      TODAY,
    );
    expect(people).toEqual([{ id: 'c2', kind: 'child', name: '' }]);
  });
});

describe('cardPeople agrees with the engine', () => {
  const ageFact = factRegistryFor(catalogue).facts.get('child.age')!;
  const engineAge = (person: Record<string, unknown>, today: string): number | undefined => {
    const r = ageFact.read({ people: [person] }, { today, person });
    return r.state === 'known' ? (r.value as number) : undefined;
  };
  const date = fc
    .record({
      y: fc.integer({ min: 1990, max: 2035 }),
      m: fc.integer({ min: 1, max: 13 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const value = fc.oneof(date, fc.constant(undefined), fc.constant(''), fc.string(), fc.integer(), fc.constant(null));

  it("reads a child's age exactly as the engine's child.age fact, for any pair of dates", () => {
    fc.assert(
      fc.property(value, value, date.filter(isRealIsoDate), (dateOfBirth, expectedDate, today) => {
        const person = { id: 'c1', kind: 'child', name: 'Baby', dateOfBirth, expectedDate };
        const [p] = cardPeople([person], today);
        expect(p?.age).toBe(engineAge(person, today));
        // A child reads as not yet born exactly when it carries the date that says so.
        expect(p?.due !== undefined).toBe(p?.age === -1);
      }),
      { numRuns: 500 },
    );
  });
});
