import { londonDate } from '../../../src/domain/common/london';
import {
  addHours,
  addWeeks,
  deadlineAfterCalendarDays,
  deadlineAfterHours,
  deadlineAfterWeeks,
  deadlineFor,
} from '../../../src/domain/calendar/deadline';
import { endOfLondonDay, startOfLondonDay } from '../../../src/domain/calendar/london-day';

const iso = (d: Date) => d.toISOString();

describe('London days across daylight saving', () => {
  it('a winter day runs 00:00–23:59:59.999 UTC', () => {
    expect(iso(startOfLondonDay('2026-01-15'))).toBe('2026-01-15T00:00:00.000Z');
    expect(iso(endOfLondonDay('2026-01-15'))).toBe('2026-01-15T23:59:59.999Z');
  });

  it('a summer day is an hour ahead of UTC', () => {
    expect(iso(startOfLondonDay('2026-07-01'))).toBe('2026-06-30T23:00:00.000Z');
    expect(iso(endOfLondonDay('2026-07-01'))).toBe('2026-07-01T22:59:59.999Z');
  });

  it('29 March 2026 (clocks forward) lasts 23 hours; 25 October 2026 (clocks back) lasts 25', () => {
    expect(iso(startOfLondonDay('2026-03-29'))).toBe('2026-03-29T00:00:00.000Z');
    expect(iso(endOfLondonDay('2026-03-29'))).toBe('2026-03-29T22:59:59.999Z');
    expect(iso(startOfLondonDay('2026-10-25'))).toBe('2026-10-24T23:00:00.000Z');
    expect(iso(endOfLondonDay('2026-10-25'))).toBe('2026-10-25T23:59:59.999Z');
  });

  it('the London date of an instant near midnight', () => {
    expect(londonDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28'); // GMT
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // BST: 00:30 next day
    expect(londonDate(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25'); // back on GMT
  });
});

describe('deadlineFor', () => {
  it('a Saturday-night arrival before the clocks change starts on Monday and skips Easter', () => {
    const d = deadlineFor(new Date('2026-03-28T23:30:00Z'), 5);
    expect(d.dueDate).toBe('2026-04-08');
    expect(iso(d.dueAt)).toBe('2026-04-08T22:59:59.999Z');
  });

  it('uses the London date, not the UTC date, of a late summer evening', () => {
    // 23:30 UTC on Tuesday 30 June is 00:30 on Wednesday 1 July in London.
    expect(deadlineFor(new Date('2026-06-30T23:30:00Z'), 1).dueDate).toBe('2026-07-02');
  });

  it('ends at 23:59:59.999 London in GMT after the clocks go back', () => {
    const d = deadlineFor(new Date('2026-10-23T12:00:00Z'), 1);
    expect(d.dueDate).toBe('2026-10-26');
    expect(iso(d.dueAt)).toBe('2026-10-26T23:59:59.999Z');
    const sunday = deadlineFor(new Date('2026-10-25T23:30:00Z'), 0);
    expect(sunday.dueDate).toBe('2026-10-26');
  });

  it('skips the August bank holiday and Christmas substitute days', () => {
    expect(deadlineFor(new Date('2026-08-28T09:00:00Z'), 1).dueDate).toBe('2026-09-01');
    expect(deadlineFor(new Date('2027-12-24T09:00:00Z'), 1).dueDate).toBe('2027-12-29');
  });

  it('refuses an invalid instant', () => {
    expect(() => deadlineFor(new Date('nonsense'), 5)).toThrow(RangeError);
    expect(() => deadlineFor(new Date('2026-11-23T09:00:00Z'), -2)).toThrow(RangeError);
  });
});

describe('calendar-day, week and hour deadlines', () => {
  it('weeks are 7 calendar days, due at the end of the London day', () => {
    const d = deadlineAfterWeeks(new Date('2026-01-05T10:00:00Z'), 12);
    expect(d.dueDate).toBe('2026-03-30');
    expect(iso(d.dueAt)).toBe('2026-03-30T22:59:59.999Z');
    expect(addWeeks('2026-01-05', 2)).toBe('2026-01-19');
  });

  it('calendar days ignore weekends and bank holidays', () => {
    expect(deadlineAfterCalendarDays(new Date('2026-12-10T10:00:00Z'), 30).dueDate).toBe('2027-01-09');
  });

  it('hours are elapsed time, even across a clock change', () => {
    const d = deadlineAfterHours(new Date('2026-03-28T12:00:00Z'), 24);
    expect(iso(d.dueAt)).toBe('2026-03-29T12:00:00.000Z');
    expect(d.dueDate).toBe('2026-03-29');
    expect(iso(addHours(new Date('2026-10-25T00:30:00Z'), 1))).toBe('2026-10-25T01:30:00.000Z');
  });

  it('refuses negative amounts and invalid instants', () => {
    expect(() => deadlineAfterWeeks(new Date('2026-01-05T10:00:00Z'), -1)).toThrow(RangeError);
    expect(() => deadlineAfterHours(new Date(Number.NaN), 24)).toThrow(RangeError);
    expect(() => addHours(new Date('2026-01-05T10:00:00Z'), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
