import { catalogue } from '../../../src/catalogues';

// The GFPO time standards are catalogue data (the Nottinghamshire provider file).
const GFPO_TIME_STANDARDS = catalogue.timeStandards;
import {
  ageInWorkingDays,
  deadlinesFor,
  missedSessionsBeforeClosureDiscussion,
} from '../../../src/domain/triage/deadlines';
import type { TimeStandard } from '../../../src/domain/triage/time-standard.schema';
import type { TriageEvent, TriageRecord } from '../../../src/domain/triage/triage-record.schema';

// Received Thursday 2 April 2026, the day before Good Friday: the clocks skip 3 and 6 April.
const base: TriageRecord = {
  referralId: 'RC-2026-0002',
  serviceId: 'notts.nvr-group',
  state: 'screening',
  version: 1,
  receivedAt: '2026-04-02T09:00:00.000Z',
  history: [],
};
const TM = { id: 'tm-1', role: 'team-manager' as const };
const event = (to: TriageEvent['to'], at: string, version = 2): TriageEvent => ({
  from: 'screening',
  to,
  at,
  by: TM,
  version,
});
const find = (list: ReturnType<typeof deadlinesFor>, id: string) => list.find((d) => d.standardId === id);

describe('deadlinesFor across Easter 2026', () => {
  it('screening is due 13 April and the planning meeting 20 April, at the end of the London day (BST)', () => {
    const list = deadlinesFor(base, GFPO_TIME_STANDARDS, new Date('2026-04-08T10:00:00Z'));
    expect(list.map((d) => d.standardId)).toEqual(['notts.screening', 'notts.planning-meeting']);
    expect(find(list, 'notts.screening')).toMatchObject({
      dueDate: '2026-04-13',
      status: 'on-track',
      workingDaysLeft: 3,
    });
    expect(find(list, 'notts.screening')?.dueAt.toISOString()).toBe('2026-04-13T22:59:59.999Z');
    expect(find(list, 'notts.planning-meeting')).toMatchObject({
      dueDate: '2026-04-20',
      status: 'on-track',
      workingDaysLeft: 8,
    });
    expect(find(list, 'notts.screening')?.citation.section).toBe('15 Intervention Team Quality Standards');
  });

  it('is due today on the due date, and overdue once the London day ends', () => {
    expect(
      find(deadlinesFor(base, GFPO_TIME_STANDARDS, new Date('2026-04-13T22:59:59.999Z')), 'notts.screening'),
    ).toMatchObject({
      status: 'due-today',
      workingDaysLeft: 0,
    });
    // 23:30 UTC on 13 April is 00:30 on 14 April in London.
    expect(
      find(deadlinesFor(base, GFPO_TIME_STANDARDS, new Date('2026-04-13T23:30:00Z')), 'notts.screening'),
    ).toMatchObject({
      status: 'overdue',
      workingDaysLeft: -1,
    });
  });

  it('screening is met by placing the referral on the waiting list in time, and missed when late', () => {
    const onTime = {
      ...base,
      state: 'waiting-list' as const,
      version: 2,
      history: [event('waiting-list', '2026-04-10T11:00:00.000Z')],
    };
    const met = find(deadlinesFor(onTime, GFPO_TIME_STANDARDS, new Date('2026-04-15T10:00:00Z')), 'notts.screening');
    expect(met).toMatchObject({ status: 'met' });
    expect(met?.metAt?.toISOString()).toBe('2026-04-10T11:00:00.000Z');
    expect(met?.workingDaysLeft).toBeUndefined();
    const late = { ...onTime, history: [event('waiting-list', '2026-04-14T08:00:00.000Z')] };
    expect(
      find(deadlinesFor(late, GFPO_TIME_STANDARDS, new Date('2026-04-15T10:00:00Z')), 'notts.screening'),
    ).toMatchObject({ status: 'missed' });
  });

  it('a standard recorded as met (the planning meeting) stops its clock', () => {
    const held = { ...base, standardsMet: { 'notts.planning-meeting': '2026-04-16T13:00:00.000Z' } };
    expect(
      find(deadlinesFor(held, GFPO_TIME_STANDARDS, new Date('2026-04-30T10:00:00Z')), 'notts.planning-meeting'),
    ).toMatchObject({ status: 'met' });
  });
});

describe('deadlinesFor: which standards apply', () => {
  const allocated: TriageRecord = {
    ...base,
    state: 'allocated',
    version: 2,
    allocatedTo: 'worker-7',
    allocatedAt: '2026-08-27T10:00:00.000Z',
    history: [event('allocated', '2026-08-27T10:00:00.000Z')],
  };

  it('service-specific standards start at allocation and apply only to their service', () => {
    const now = new Date('2026-08-28T10:00:00Z');
    expect(
      find(deadlinesFor(allocated, GFPO_TIME_STANDARDS, now), 'notts.sibling-young-carer-assessment'),
    ).toBeUndefined();
    const carer = deadlinesFor(
      { ...allocated, serviceId: 'notts.sibling-young-carer-assessment' },
      GFPO_TIME_STANDARDS,
      now,
    );
    // 30 working days from Thursday 27 August, skipping the August bank holiday (31 August).
    expect(find(carer, 'notts.sibling-young-carer-assessment')).toMatchObject({ dueDate: '2026-10-09' });
    const court = deadlinesFor(
      { ...allocated, serviceId: 'notts.parenting-order-assessment' },
      GFPO_TIME_STANDARDS,
      now,
    );
    expect(find(court, 'notts.pre-court-assessment')).toMatchObject({ dueDate: '2026-09-10' });
    const asf = deadlinesFor({ ...allocated, serviceId: 'notts.adoption-support-fund' }, GFPO_TIME_STANDARDS, now);
    expect(find(asf, 'notts.adoption-support-fund-application')).toMatchObject({ dueDate: '2026-09-26' });
  });

  it('a record without a service gets only the general standards', () => {
    const { serviceId: _s, ...noService } = allocated;
    const ids = deadlinesFor(noService, GFPO_TIME_STANDARDS, new Date('2026-08-28T10:00:00Z')).map((d) => d.standardId);
    expect(ids).not.toContain('notts.pre-court-assessment');
    expect(ids).toContain('notts.planning-meeting');
  });

  it('clocks that have not started are left out; plan, concern and dispute clocks run once recorded', () => {
    const started: TriageRecord = {
      ...allocated,
      planStartedAt: '2026-09-07T09:00:00.000Z',
      concernRaisedAt: '2026-10-24T12:00:00.000Z',
      disputeRaisedAt: '2026-10-23T16:00:00.000Z',
    };
    const list = deadlinesFor(started, GFPO_TIME_STANDARDS, new Date('2026-10-24T13:00:00Z'));
    expect(find(list, 'notts.plan-review')).toMatchObject({ dueDate: '2026-11-30' });
    // 24 elapsed hours across the clocks going back: 12:00 UTC (13:00 BST) → 12:00 UTC (12:00 GMT).
    const concern = find(list, 'notts.engagement-concern');
    expect(concern?.dueAt.toISOString()).toBe('2026-10-25T12:00:00.000Z');
    expect(concern).toMatchObject({ dueDate: '2026-10-25', status: 'on-track' });
    expect(concern?.workingDaysLeft).toBeUndefined();
    // A dispute raised on Friday is due by the end of Monday.
    expect(find(list, 'notts.dispute-resolution')).toMatchObject({
      dueDate: '2026-10-26',
      status: 'on-track',
      workingDaysLeft: 1,
    });
    expect(list.some((d) => d.standardId.startsWith('notts.closure-discussion'))).toBe(false);
    const times = list.map((d) => d.dueAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('a declined referral runs no clocks but keeps what it met', () => {
    const declined: TriageRecord = {
      ...base,
      state: 'declined',
      version: 2,
      declineReason: 'Out of area',
      history: [event('declined', '2026-04-07T09:00:00.000Z')],
    };
    const list = deadlinesFor(declined, GFPO_TIME_STANDARDS, new Date('2026-05-01T10:00:00Z'));
    expect(list.map((d) => [d.standardId, d.status])).toEqual([['notts.screening', 'met']]);
  });
});

describe('deadlinesFor never throws', () => {
  it('gives nothing for an invalid clock or record', () => {
    expect(deadlinesFor(base, GFPO_TIME_STANDARDS, new Date('nonsense'))).toEqual([]);
    expect(deadlinesFor({ ...base, version: -3 }, GFPO_TIME_STANDARDS, new Date('2026-04-08T10:00:00Z'))).toEqual([]);
    expect(
      deadlinesFor(undefined as unknown as TriageRecord, GFPO_TIME_STANDARDS, new Date('2026-04-08T10:00:00Z')),
    ).toEqual([]);
    expect(deadlinesFor(base, undefined as unknown as TimeStandard[], new Date('2026-04-08T10:00:00Z'))).toEqual([]);
  });

  it('skips malformed standards and clocks outside the calendar', () => {
    const junk = [{ id: 'x' }, null, 42] as unknown as TimeStandard[];
    expect(deadlinesFor(base, [...junk, ...GFPO_TIME_STANDARDS], new Date('2026-04-08T10:00:00Z'))).toHaveLength(2);
    expect(
      deadlinesFor(
        { ...base, receivedAt: '1900-01-01T00:00:00Z' },
        GFPO_TIME_STANDARDS,
        new Date('2026-04-08T10:00:00Z'),
      ),
    ).toEqual([]);
  });
});

describe('missedSessionsBeforeClosureDiscussion', () => {
  it('is 4 for intensive or one-to-one work and 2 otherwise', () => {
    expect(missedSessionsBeforeClosureDiscussion(GFPO_TIME_STANDARDS, 'notts.intensive-family-support')).toBe(4);
    expect(missedSessionsBeforeClosureDiscussion(GFPO_TIME_STANDARDS, 'notts.one-to-one-parenting')).toBe(4);
    expect(missedSessionsBeforeClosureDiscussion(GFPO_TIME_STANDARDS, 'notts.nvr-group')).toBe(2);
    // Nottinghamshire names the services each rule covers, so without a service there is no answer.
    expect(missedSessionsBeforeClosureDiscussion(GFPO_TIME_STANDARDS, undefined)).toBeUndefined();
    expect(missedSessionsBeforeClosureDiscussion([], 'notts.nvr-group')).toBeUndefined();
  });
});

describe('the Thursday before Easter: bank holidays do not count', () => {
  const screeningOf = (receivedAt: string, now: string) =>
    find(deadlinesFor({ ...base, receivedAt }, GFPO_TIME_STANDARDS, new Date(now)), 'notts.screening');

  it('Easter 2027 (clocks go forward that weekend): received Thursday 25 March, screening due Monday 5 April', () => {
    const d = screeningOf('2027-03-25T10:00:00Z', '2027-03-25T12:00:00Z');
    expect(d).toMatchObject({ dueDate: '2027-04-05', status: 'on-track', workingDaysLeft: 5 });
    // The end of the London day, now in summer time.
    expect(d?.dueAt.toISOString()).toBe('2027-04-05T22:59:59.999Z');
    const planning = deadlinesFor(
      { ...base, receivedAt: '2027-03-25T10:00:00Z' },
      GFPO_TIME_STANDARDS,
      new Date('2027-03-25T12:00:00Z'),
    );
    expect(find(planning, 'notts.planning-meeting')?.dueDate).toBe('2027-04-12');
  });

  it('Good Friday, the weekend and Easter Monday do not use up the five days', () => {
    const left = (now: string) => screeningOf('2026-04-02T09:00:00Z', now)?.workingDaysLeft;
    expect(left('2026-04-02T15:00:00Z')).toBe(5); // Thursday
    expect(left('2026-04-03T10:00:00Z')).toBe(5); // Good Friday
    expect(left('2026-04-04T10:00:00Z')).toBe(5); // Saturday
    expect(left('2026-04-06T10:00:00Z')).toBe(5); // Easter Monday
    expect(left('2026-04-07T10:00:00Z')).toBe(4); // Tuesday
  });

  it('late on Thursday in London is still Thursday; after midnight it is Good Friday and the clock starts on Tuesday', () => {
    // 22:30 UTC is 23:30 BST on Thursday 2 April.
    expect(screeningOf('2026-04-02T22:30:00Z', '2026-04-03T10:00:00Z')?.dueDate).toBe('2026-04-13');
    // 23:30 UTC is 00:30 BST on Good Friday: the first working day is Tuesday 7 April, so five days on is the 14th.
    expect(screeningOf('2026-04-02T23:30:00Z', '2026-04-03T10:00:00Z')?.dueDate).toBe('2026-04-14');
  });

  it('the referral’s age in working days skips the holidays too', () => {
    expect(ageInWorkingDays('2026-04-02T09:00:00Z', new Date('2026-04-02T16:00:00Z'))).toBe(0);
    expect(ageInWorkingDays('2026-04-02T09:00:00Z', new Date('2026-04-06T16:00:00Z'))).toBe(0);
    expect(ageInWorkingDays('2026-04-02T09:00:00Z', new Date('2026-04-07T16:00:00Z'))).toBe(1);
    expect(ageInWorkingDays('2026-04-02T09:00:00Z', new Date('2026-04-13T16:00:00Z'))).toBe(5);
    // A clock that runs backwards is not a negative age.
    expect(ageInWorkingDays('2026-04-13T09:00:00Z', new Date('2026-04-02T16:00:00Z'))).toBe(0);
    expect(ageInWorkingDays('nonsense', new Date('2026-04-02T16:00:00Z'))).toBeUndefined();
    expect(ageInWorkingDays('2026-04-02T09:00:00Z', new Date('x'))).toBeUndefined();
    expect(ageInWorkingDays('1900-01-01T00:00:00Z', new Date('2026-04-02T16:00:00Z'))).toBeUndefined();
  });
});
