import { planReminder, planReminderDue, PLAN_REMINDER_WEEKS } from '../../../src/domain/extension';
import { requestExtension } from '../../../src/domain/extension/extension-rules';
import type { InterventionPlan } from '../../../src/domain/extension/extension.schema';

const plan = (startDate: string, extensions: InterventionPlan['extensions'] = []) => ({ startDate, extensions });

describe('the 10-week reminder', () => {
  it('falls 10 calendar weeks after the start, on that day when it is a working day', () => {
    expect(PLAN_REMINDER_WEEKS).toBe(10);
    // Monday 5 January 2026 + 70 days = Monday 16 March 2026.
    expect(planReminder(plan('2026-01-05'))).toEqual({ reachedOn: '2026-03-16', postOn: '2026-03-16' });
  });

  it('is posted on the next working day when the day is a bank holiday, and the weeks do not move', () => {
    // Monday 19 October 2026 + 70 days = Monday 28 December, the Boxing Day substitute bank holiday.
    expect(planReminder(plan('2026-10-19'))).toEqual({ reachedOn: '2026-12-28', postOn: '2026-12-29' });
    // Good Friday 3 April 2026 then Easter Monday 6 April: posted on Tuesday 7 April.
    expect(planReminder(plan('2026-01-23'))).toEqual({ reachedOn: '2026-04-03', postOn: '2026-04-07' });
  });

  it('moves a weekend to the Monday', () => {
    // Saturday 3 January 2026 + 70 = Saturday 14 March → Monday 16 March.
    expect(planReminder(plan('2026-01-03')).postOn).toBe('2026-03-16');
  });

  it('is due from the posting day on, only while no extension has been asked for', () => {
    const p = plan('2026-10-19');
    expect(planReminderDue(p, '2026-12-28')).toBeUndefined();
    expect(planReminderDue(p, '2026-12-29')).toEqual({ reachedOn: '2026-12-28', postOn: '2026-12-29' });
    expect(planReminderDue(p, '2027-01-04')).toBeDefined();
    const asked = requestExtension(
      { planId: 'p', startDate: '2026-10-19', version: 0, extensions: [] },
      {
        requestId: 'r',
        expectedVersion: 0,
        requestedBy: { id: 'w', role: 'worker' },
        proposedEndDate: '2027-02-08',
        reason: 'More time.',
        progress: 'Some.',
        leadProfessionalAgreement: { leadProfessional: 'SW', agreedOn: '2026-12-01' },
      },
      new Date('2026-12-02T10:00:00Z'),
    );
    if (!asked.ok) throw new Error(asked.message);
    expect(planReminderDue(asked.plan, '2026-12-29')).toBeUndefined();
  });

  it('refuses a year whose bank holidays it does not know rather than guessing', () => {
    expect(() => planReminder(plan('2199-01-05'))).toThrow();
  });
});
