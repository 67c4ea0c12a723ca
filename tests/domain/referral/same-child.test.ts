import { nameWords, sameChild, sameName } from '../../../src/domain/referral/same-child';
import type { ChildToCompare } from '../../../src/domain/referral/same-child';

describe('sameName', () => {
  it.each([
    ['Amira Hassan', 'Amira Hassan'],
    ['Amira Hassan', 'amira HASSAN'],
    ['Amira  Hassan', ' Amira Hassan '],
    ['Zoë Brontë', 'Zoe Bronte'],
    ['Zoë Brontë', 'Zoe\u0308 Bronte\u0308'],
    ['José Núñez', 'JOSE NUNEZ'],
    ["Mary-Jane O'Brien", 'mary jane obrien'],
    ['Mary-Jane O’Brien', "Mary Jane O'Brien"],
    ['Amira Noor Hassan', 'Amira Hassan'],
    ['Jürgen Strauß', 'Jurgen Strauss'],
    ['Amira', 'amira'],
  ])('%j and %j are the same name', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(sameName(b, a)).toBe(true);
  });

  it.each([
    ['Amira Hassan', 'Amira Hussain'],
    ['Amira Hassan', 'Amir Hassan'],
    ['Amira', 'Amira Hassan'],
    ['Amira Hassan', 'Hassan Amira'],
    ['', ''],
    ['  ', 'Amira'],
    ['--', '--'],
  ])('%j and %j are not', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it('splits on any punctuation and drops apostrophes', () => {
    expect(nameWords(" D'Souza-Smith,  Ana ")).toEqual(['dsouza', 'smith', 'ana']);
  });
});

const on = (child: ChildToCompare, date: string) => ({ child, on: date });
const AMIRA = { name: 'Amira Hassan', dateOfBirth: '2014-06-02' };

describe('sameChild', () => {
  it.each([
    ['the same date of birth', AMIRA, AMIRA, 'date-of-birth'],
    ['another date of birth', AMIRA, { ...AMIRA, dateOfBirth: '2014-06-03' }, undefined],
    ['another name', AMIRA, { ...AMIRA, name: 'Amira Khan' }, undefined],
    ['a date of birth and an age that agrees', AMIRA, { name: 'Amira Hassan', approximateAge: 12 }, 'approximate-age'],
    ['an age a year out', AMIRA, { name: 'Amira Hassan', approximateAge: 11 }, 'approximate-age'],
    ['an age two years out', AMIRA, { name: 'Amira Hassan', approximateAge: 14 }, undefined],
    [
      'two ages a year apart',
      { name: 'Amira', approximateAge: 5 },
      { name: 'amira', approximateAge: 6 },
      'approximate-age',
    ],
    ['two ages two years apart', { name: 'Amira', approximateAge: 5 }, { name: 'amira', approximateAge: 7 }, undefined],
    ['nothing known of the age on one side', AMIRA, { name: 'Amira Hassan' }, 'name-only'],
    [
      'a date of birth that is not a real date',
      AMIRA,
      { name: 'Amira Hassan', dateOfBirth: '2014-02-30' },
      'name-only',
    ],
    ['an age that is not a number', AMIRA, { name: 'Amira Hassan', approximateAge: Number.NaN }, 'name-only'],
    ['a negative age', AMIRA, { name: 'Amira Hassan', approximateAge: -3 }, 'name-only'],
  ] as const)('%s: %j', (_, a, b, expected) => {
    expect(sameChild(on(a, '2026-11-23'), on(b, '2026-11-03'))).toBe(expected);
    expect(sameChild(on(b, '2026-11-03'), on(a, '2026-11-23'))).toBe(expected);
  });

  it('measures a date of birth on the date of its own referral', () => {
    const baby = { name: 'Noor Hassan', dateOfBirth: '2025-12-01' };
    const typed = { name: 'Noor Hassan', approximateAge: 2 };
    expect(sameChild(on(baby, '2025-12-05'), on(typed, '2026-02-01'))).toBeUndefined();
    expect(sameChild(on(baby, '2026-12-05'), on(typed, '2026-12-05'))).toBe('approximate-age');
  });
});
