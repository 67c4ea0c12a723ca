import fc from 'fast-check';
import { ageInYears, intlLondonDateTime, londonDate, londonDateTime } from '../../../src/domain';

describe('Europe/London dates', () => {
  test.each([
    ['2026-03-29T00:59:59Z', '2026-03-29', 0], // last second of GMT
    ['2026-03-29T01:00:00Z', '2026-03-29', 2], // clocks go forward: 01:00 UTC is 02:00 BST
    ['2026-06-30T23:00:00Z', '2026-07-01', 0],
    ['2026-10-25T00:59:59Z', '2026-10-25', 1], // still BST
    ['2026-10-25T01:00:00Z', '2026-10-25', 1], // clocks go back: 01:00 UTC is 01:00 GMT
    ['2026-12-31T23:59:59Z', '2026-12-31', 23],
    ['1990-07-01T23:30:00Z', '1990-07-02', 0], // before the 1996 rule: from the time-zone database
  ])('%s is %s, hour %i, in London', (iso, date, hour) => {
    expect(londonDateTime(new Date(iso))).toMatchObject({ date, hour });
  });

  test('the fast rule agrees with the time-zone database at every instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1996-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => {
          expect(londonDateTime(d)).toEqual(intlLondonDateTime(d));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  test('around every clock change from 2020 to 2035 the two agree to the second', () => {
    for (let year = 2020; year <= 2035; year += 1) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0, 1));
        const change = last.getTime() - last.getUTCDay() * 86_400_000;
        for (const delta of [-1000, 0, 1000, -3_600_000, 3_600_000]) {
          const at = new Date(change + delta);
          expect(londonDateTime(at)).toEqual(intlLondonDateTime(at));
        }
      }
    }
  });

  test('ages in whole years, with a birthday counted on the day', () => {
    expect(ageInYears('2016-11-23', '2026-11-23')).toBe(10);
    expect(ageInYears('2016-11-24', '2026-11-23')).toBe(9);
    expect(ageInYears('2027-01-01', '2026-11-23')).toBe(-1);
    expect(ageInYears('2016-02-29', '2026-02-28')).toBe(9);
    expect(ageInYears('2016-02-29', '2026-03-01')).toBe(10);
    expect(londonDate(new Date('2026-11-23T10:00:00Z'))).toBe('2026-11-23');
  });
});
