import { bankHolidays, isBankHoliday } from '../../../src/domain/calendar/bank-holidays';
import type * as BankHolidaysModule from '../../../src/domain/calendar/bank-holidays';

// Expected dates are GOV.UK's published England and Wales bank holidays, not the library's output.
const dates = (year: number) => bankHolidays(year).map((h) => h.date);

describe('bankHolidays (England and Wales)', () => {
  it('2025 matches GOV.UK', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('2026 matches GOV.UK: Easter 3 and 6 April, Boxing Day substitute on 28 December', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(bankHolidays(2026).find((h) => h.date === '2026-04-03')?.name).toBe('Good Friday');
  });

  it('2027: Christmas and Boxing Day fall at the weekend, so 27 and 28 December are the holidays', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('includes one-off holidays: 2022 Jubilee and state funeral, 2023 Coronation', () => {
    expect(dates(2022)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    expect(dates(2023)).toContain('2023-05-08');
  });

  it('leaves out observances such as Easter Sunday and Mother’s Day', () => {
    expect(isBankHoliday('2026-04-05')).toBe(false);
    expect(isBankHoliday('2026-03-15')).toBe(false);
    expect(bankHolidays(2026).some((h) => /easter sunday|mother|father/i.test(h.name))).toBe(false);
  });

  it('answers isBankHoliday by date', () => {
    expect(isBankHoliday('2026-08-31')).toBe(true);
    expect(isBankHoliday('2026-08-28')).toBe(false);
    expect(isBankHoliday('2027-12-27')).toBe(true);
  });

  it('returns the same cached, frozen list on every call', () => {
    expect(bankHolidays(2026)).toBe(bankHolidays(2026));
    expect(Object.isFrozen(bankHolidays(2026))).toBe(true);
  });

  it('refuses years outside the calendar and invalid dates', () => {
    expect(() => bankHolidays(1969)).toThrow(RangeError);
    expect(() => bankHolidays(2200)).toThrow(RangeError);
    expect(() => bankHolidays(2026.5)).toThrow(RangeError);
    expect(() => isBankHoliday('2026-02-30')).toThrow(RangeError);
    expect(() => isBankHoliday('26-12-2026')).toThrow(RangeError);
  });

  it('does not depend on the machine’s time zone', () => {
    const original = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const fresh = require('../../../src/domain/calendar/bank-holidays') as typeof BankHolidaysModule;
          expect(fresh.bankHolidays(2027).map((h) => h.date)).toEqual(dates(2027));
        });
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
