import fc from 'fast-check';
import { UK_DATE_EXAMPLE, parseUkDate } from '../../../src/domain/calendar/parse-uk-date';
import type { UkDateKind } from '../../../src/domain/calendar/parse-uk-date';
import { daysInMonth } from '../../../src/domain/common/iso-date';

const TODAY = '2026-11-23';
const other = (text: unknown, today = TODAY) => parseUkDate(text, { kind: 'other', today });
const birth = (text: unknown, today = TODAY) => parseUkDate(text, { kind: 'birth', today });

describe('parseUkDate: the forms people type', () => {
  it.each([
    '2/6/14',
    '02/06/14',
    '02/06/2014',
    '2 June 2014',
    '2 Jun 2014',
    '2 JUNE 2014',
    '2 june 2014',
    '2 jUn 14',
    '2nd June 2014',
    '2 June, 2014',
    '2 Jun. 2014',
    '2-Jun-2014',
    '2014-06-02',
    '2014-6-2',
    '2014/06/02',
    '2.6.2014',
    '2-6-2014',
    '2 6 2014',
    '  2 / 6 / 2014  ',
    '2/6-2014',
    '\t02.06.14\n',
  ])('reads %j as 2 June 2014', (text) => {
    expect(other(text)).toEqual({ ok: true, iso: '2014-06-02', long: '2 June 2014' });
    expect(birth(text)).toEqual({ ok: true, iso: '2014-06-02', long: '2 June 2014' });
  });

  it.each([
    ['2 Sept 2014', '2014-09-02'],
    ['2 sep 2014', '2014-09-02'],
    ['1st January 2000', '2000-01-01'],
    ['23rd Mar 2019', '2019-03-23'],
    ['31 december 1999', '1999-12-31'],
    ['29/2/2016', '2016-02-29'],
    ['29 Feb 00', '2000-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(other(text)).toMatchObject({ ok: true, iso });
  });

  it('shows the long form back with the day unpadded', () => {
    expect(other('03/11/2026')).toEqual({ ok: true, iso: '2026-11-03', long: '3 November 2026' });
  });

  // Everything the form's first parser took (D/M/YYYY with / . - or spaces) is still taken, to the same date.
  it('accepts whatever the earlier parser accepted', () => {
    const separator = fc.constantFrom('/', '.', '-', ' ', ' / ', ' - ');
    const date = fc
      .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
      .map(({ year, month, day }) => ({ year, month, day: 1 + (day % daysInMonth(year, month)) }));
    fc.assert(
      fc.property(date, separator, separator, fc.boolean(), ({ year, month, day }, a, b, padded) => {
        const p = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(other(`${p(day)}${a}${p(month)}${b}${year}`)).toMatchObject({ ok: true, iso });
      }),
    );
  });
});

describe('parseUkDate: two-digit years', () => {
  it.each([
    ['birth', '2/6/14', '2014-06-02'],
    ['birth', '2/6/26', '2026-06-02'],
    ['birth', '23/11/26', '2026-11-23'],
    ['birth', '24/11/26', '1926-11-24'],
    ['birth', '1/1/27', '1927-01-01'],
    ['birth', '1/1/99', '1999-01-01'],
    ['birth', '1/1/00', '2000-01-01'],
    ['other', '2/6/14', '2014-06-02'],
    ['other', '24/11/26', '2026-11-24'],
    ['other', '1/1/27', '2027-01-01'],
    ['other', '1/1/75', '2075-01-01'],
    ['other', '1/1/77', '1977-01-01'],
    ['other', '1/1/99', '1999-01-01'],
  ] as const)('a %s date typed %s is %s', (kind: UkDateKind, text, iso) => {
    expect(parseUkDate(text, { kind, today: TODAY })).toMatchObject({ ok: true, iso });
  });

  it('reads the nearest century across a new year', () => {
    expect(other('3/1/27', '2026-12-31')).toMatchObject({ ok: true, iso: '2027-01-03' });
    expect(other('30/12/26', '2027-01-02')).toMatchObject({ ok: true, iso: '2026-12-30' });
  });
});

describe('parseUkDate: refusals in words', () => {
  it.each([
    ['31/2/2014', 'There is no 31 February'],
    ['30 Feb 2016', 'There is no 30 February'],
    ['31/6/2014', 'There is no 31 June'],
    ['29/2/2014', 'There is no 29 February 2014'],
    ['29/2/1900', 'There is no 29 February 1900'],
    ['32/1/2014', 'There is no 32 January'],
    ['0/1/2014', 'There is no 0 January'],
    ['2/13/2014', 'There is no month 13: enter a month from 1 to 12'],
    ['2/0/2014', 'There is no month 0: enter a month from 1 to 12'],
    ['2/6/1899', 'Enter a year between 1900 and 2100'],
    ['2/6/2101', 'Enter a year between 1900 and 2100'],
    ['2/6/214', 'Enter the year as 2 or 4 digits, such as 2014'],
    ['2/6/2', 'Enter the year as 2 or 4 digits, such as 2014'],
    ['2 Jum 2014', 'Enter a month such as June or Jun'],
    ['2/6', 'Add the year, such as 2/6/2014'],
    ['2 June', 'Add the year, such as 2/6/2014'],
    ['', UK_DATE_EXAMPLE],
    ['   ', UK_DATE_EXAMPLE],
    ['yesterday', UK_DATE_EXAMPLE],
    ['June 2 2014', UK_DATE_EXAMPLE],
    ['020614', UK_DATE_EXAMPLE],
    ['2/6/2014/1', UK_DATE_EXAMPLE],
    ['02/06/14 10:00', UK_DATE_EXAMPLE],
    ['2/6/2014'.padEnd(41, ' '), UK_DATE_EXAMPLE],
    ['2x/6/2014', UK_DATE_EXAMPLE],
  ])('%j: %s', (text, message) => {
    expect(other(text)).toEqual({ ok: false, message });
  });

  it('is told "Enter a date such as 2/6/2014" for what is not text', () => {
    for (const odd of [undefined, null, 20140602, ['2/6/2014'], {}]) {
      expect(other(odd)).toEqual({ ok: false, message: 'Enter a date such as 2/6/2014' });
    }
  });

  it('refuses a date of birth in the future, and allows other future dates', () => {
    expect(birth('24/11/2026')).toEqual({ ok: false, message: 'A date of birth cannot be in the future' });
    expect(birth('1 January 2030')).toEqual({ ok: false, message: 'A date of birth cannot be in the future' });
    expect(birth('23/11/2026')).toMatchObject({ ok: true, iso: '2026-11-23' });
    expect(other('1 January 2030')).toMatchObject({ ok: true, iso: '2030-01-01' });
  });

  it('names the year of an impossible 29 February read from two digits', () => {
    expect(birth('29/2/23')).toEqual({ ok: false, message: 'There is no 29 February 2023' });
  });

  it.each(['', '2026-02-30', '23/11/2026', 'today'])('needs a real today, not %j', (today) => {
    expect(() => parseUkDate('2/6/2014', { kind: 'other', today })).toThrow(RangeError);
  });
});
