import { dateProblem, formatUkDate, parseUkDate } from '../../../src/ui/components/uk-date';

describe('UK dates', () => {
  test.each([
    ['27/03/2019', '2019-03-27'],
    ['7/3/2019', '2019-03-07'],
    [' 29.02.2024 ', '2024-02-29'],
    ['31-12-2026', '2026-12-31'],
  ])('%s is read as %s', (typed, iso) => expect(parseUkDate(typed)).toEqual({ ok: true, iso }));

  test('impossible dates are refused in words', () => {
    expect(parseUkDate('30/02/2026')).toEqual({ ok: false, message: 'February 2026 has 28 days: enter a real date' });
    expect(parseUkDate('29/02/2025')).toEqual({ ok: false, message: 'February 2025 has 28 days: enter a real date' });
    expect(parseUkDate('31/04/2026')).toEqual({ ok: false, message: 'April 2026 has 30 days: enter a real date' });
    expect(parseUkDate('00/01/2026')).toMatchObject({ ok: false });
    expect(parseUkDate('12/13/2026')).toEqual({ ok: false, message: 'The month must be between 1 and 12' });
    expect(parseUkDate('12/01/0026')).toEqual({ ok: false, message: 'Enter a year between 1900 and 2100' });
  });

  test('text that is not a date, or a US/ISO order, is refused', () => {
    for (const bad of ['', 'tomorrow', '2026-03-27', '27/03/26', '27/03', '<b>1/1/2020</b>']) {
      expect(parseUkDate(bad)).toEqual({
        ok: false,
        message: 'Enter the date as day, month and year, like 27/03/2019',
      });
    }
  });

  test('stored dates are shown DD/MM/YYYY; anything else as typed', () => {
    expect(formatUkDate('2019-03-27')).toBe('27/03/2019');
    expect(formatUkDate('30/02/2026')).toBe('30/02/2026');
    expect(formatUkDate('2026-02-30')).toBe('2026-02-30');
    expect(formatUkDate(undefined)).toBe('');
    expect(formatUkDate(42)).toBe('');
  });

  test('dateProblem names the problem with a stored value, and nothing for a real or empty one', () => {
    expect(dateProblem('2019-03-27')).toBeUndefined();
    expect(dateProblem(undefined)).toBeUndefined();
    expect(dateProblem('30/02/2026')).toBe('February 2026 has 28 days: enter a real date');
    expect(dateProblem(12)).toBe('Enter the date as day, month and year, like 27/03/2019');
  });
});
