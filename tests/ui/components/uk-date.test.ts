import { dateProblem, formatUkDate, formatUkLongDate, readUkDate } from '../../../src/ui/components/uk-date';

const TODAY = '2026-11-23';

describe('UK dates', () => {
  test.each([
    ['27/03/2019', '2019-03-27'],
    ['7/3/2019', '2019-03-07'],
    [' 29.02.2024 ', '2024-02-29'],
    ['31-12-2026', '2026-12-31'],
    ['2 June 2014', '2014-06-02'],
    ['2014-06-02', '2014-06-02'],
  ])('%s is read as %s', (typed, iso) => expect(readUkDate(typed, 'other', TODAY)).toMatchObject({ ok: true, iso }));

  test('a two-digit year is the latest past one for a birth date and the nearest one otherwise', () => {
    expect(readUkDate('2/6/30', 'birth', TODAY)).toMatchObject({ ok: true, iso: '1930-06-02' });
    expect(readUkDate('2/6/30', 'other', TODAY)).toMatchObject({ ok: true, iso: '2030-06-02' });
  });

  test('a date of birth after today is kept, not refused: the card reads it as not yet born', () => {
    expect(readUkDate('02/06/2030', 'birth', TODAY)).toEqual({ ok: true, iso: '2030-06-02', long: '2 June 2030' });
  });

  test('impossible dates and text that is not a date are refused in words, whatever the kind', () => {
    expect(readUkDate('30/02/2026', 'birth', TODAY)).toEqual({ ok: false, message: 'There is no 30 February' });
    expect(readUkDate('29/02/2025', 'other', TODAY)).toEqual({ ok: false, message: 'There is no 29 February 2025' });
    expect(readUkDate('12/13/2026', 'other', TODAY)).toMatchObject({ ok: false, message: /There is no month 13/ });
    expect(readUkDate('tomorrow', 'birth', TODAY)).toEqual({ ok: false, message: 'Enter a date such as 2/6/2014' });
    expect(readUkDate('<b>1/1/2020</b>', 'other', TODAY)).toMatchObject({ ok: false });
  });

  test('stored dates are shown DD/MM/YYYY; anything else as typed', () => {
    expect(formatUkDate('2019-03-27')).toBe('27/03/2019');
    expect(formatUkDate('30/02/2026')).toBe('30/02/2026');
    expect(formatUkDate('2026-02-30')).toBe('2026-02-30');
    expect(formatUkDate(undefined)).toBe('');
    expect(formatUkDate(42)).toBe('');
    expect(formatUkLongDate('2027-03-03')).toBe('3 March 2027');
    expect(formatUkLongDate('2027-02-30')).toBeUndefined();
  });

  test('dateProblem names the problem with a stored value, and nothing for a real or empty one', () => {
    expect(dateProblem('2019-03-27', TODAY)).toBeUndefined();
    expect(dateProblem(undefined, TODAY)).toBeUndefined();
    expect(dateProblem('30/02/2026', TODAY)).toBe('There is no 30 February');
    expect(dateProblem(12, TODAY)).toBe('Enter a date such as 2/6/2014');
    expect(dateProblem('31/4/2026')).toBe('There is no 31 April');
  });
});
