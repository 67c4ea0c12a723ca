import { workingDayOnOrAfter } from '../calendar/working-days';
import { addCalendarDays } from '../common/london';
import type { InterventionPlan } from './extension.schema';

/** Two weeks before the 12-week review, a plan with no extension request gets a reminder in its thread. */
export const PLAN_REMINDER_WEEKS = 10;

export type PlanReminder = {
  /** The date the plan reaches 10 calendar weeks (YYYY-MM-DD). */
  readonly reachedOn: string;
  /** The day the reminder is posted: that date, or the next working day when it is a weekend or bank holiday. */
  readonly postOn: string;
};

/** When the plan's 10-week reminder falls: weeks are calendar weeks; a bank holiday only moves the posting day. */
export function planReminder(plan: Pick<InterventionPlan, 'startDate'>): PlanReminder {
  const reachedOn = addCalendarDays(plan.startDate, PLAN_REMINDER_WEEKS * 7);
  return { reachedOn, postOn: workingDayOnOrAfter(reachedOn) };
}

/** The reminder due on `today` (a London date), or undefined: only for a plan with no extension request yet. */
export function planReminderDue(
  plan: Pick<InterventionPlan, 'startDate' | 'extensions'>,
  today: string,
): PlanReminder | undefined {
  if (plan.extensions.length > 0) return undefined;
  const reminder = planReminder(plan);
  return today >= reminder.postOn ? reminder : undefined;
}
