import fc from 'fast-check';
import { addCalendarDays } from '../../../src/domain/common/london';
import { bankHolidays } from '../../../src/domain/calendar/bank-holidays';
import {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../../src/domain/calendar/working-days';

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-02', true], // Thursday before Easter
    ['2026-04-03', false], // Good Friday
    ['2026-04-04', false], // Saturday
    ['2026-04-05', false], // Easter Sunday
    ['2026-04-06', false], // Easter Monday
    ['2026-04-07', true],
    ['2026-05-04', false], // early May
    ['2026-05-25', false], // spring
    ['2026-08-31', false], // August
    ['2026-12-28', false], // Boxing Day substitute
    ['2027-12-27', false], // Christmas substitute
    ['2027-12-28', false], // Boxing Day substitute
    ['2027-12-29', true],
  ] as const)('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('skips Easter 2026', () => {
    expect(addWorkingDays('2026-04-01', 1)).toBe('2026-04-02');
    expect(addWorkingDays('2026-04-01', 2)).toBe('2026-04-07');
    expect(addWorkingDays('2026-03-30', 5)).toBe('2026-04-08');
  });

  it('skips Christmas, including the 2027 substitute days, and New Year', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    expect(addWorkingDays('2027-12-23', 1)).toBe('2027-12-24');
    expect(addWorkingDays('2027-12-23', 2)).toBe('2027-12-29');
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('skips the May and August bank holidays', () => {
    expect(addWorkingDays('2026-05-01', 1)).toBe('2026-05-05');
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
    expect(addWorkingDays('2026-08-28', 1)).toBe('2026-09-01');
  });

  it('n = 0 is the day itself on a working day, else the next working day', () => {
    expect(addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
    expect(addWorkingDays('2026-04-04', 0)).toBe('2026-04-07');
    expect(workingDayOnOrAfter('2027-12-25')).toBe('2027-12-29');
  });

  it('starts the clock on the next working day for a weekend arrival', () => {
    expect(addWorkingDays('2026-11-21', 5)).toBe(addWorkingDays('2026-11-23', 5));
    expect(addWorkingDays('2026-11-21', 5)).toBe('2026-11-30');
  });

  it('refuses negative or fractional counts and bad dates', () => {
    expect(() => addWorkingDays('2026-11-23', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('1969-12-31', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('is 0 on the same day and counts days after `from` up to and including `to`', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1); // Friday → Monday
    expect(workingDaysBetween('2026-04-02', '2026-04-07')).toBe(1); // across Easter
    expect(workingDaysBetween('2027-12-24', '2027-12-29')).toBe(1); // across Christmas 2027
    expect(workingDaysBetween('2026-08-28', '2026-09-01')).toBe(1); // across August bank holiday
  });

  it('is negative when `to` is before `from`', () => {
    expect(workingDaysBetween('2026-04-07', '2026-04-02')).toBe(-1);
    expect(workingDaysBetween('2026-11-30', '2026-11-23')).toBe(-5);
    expect(workingDaysBetween('2026-11-22', '2026-11-21')).toBe(0); // Sunday → Saturday: 0, not -0
  });

  it('counts 253 working days in 2026 (261 weekdays less 8 bank holidays)', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(253);
  });

  const dateArb = fc.integer({ min: 0, max: 365 * 6 }).map((offset) => addCalendarDays('2024-01-01', offset));

  function naiveBetween(from: string, to: string): number {
    let count = 0;
    for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count += 1;
    return count;
  }

  it('agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 120 }), (from, span) => {
        const to = addCalendarDays(from, span);
        expect(workingDaysBetween(from, to)).toBe(naiveBetween(from, to));
        expect(workingDaysBetween(to, from)).toBe(0 - workingDaysBetween(from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('inverts addWorkingDays from a working day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), (date, n) => {
        const start = workingDayOnOrAfter(date);
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('never lands on a bank holiday', () => {
    for (const year of [2025, 2026, 2027]) {
      for (const h of bankHolidays(year)) {
        expect(addWorkingDays(addCalendarDays(h.date, -1), 1)).not.toBe(h.date);
      }
    }
  });
});
