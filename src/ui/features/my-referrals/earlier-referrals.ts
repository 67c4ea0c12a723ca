// The referrer's own referrals of the last 90 days as the duplicate rule reads them: from Sent Items, each message's
// referral.json read once and kept (the same details My referrals shows), so a second check downloads nothing new.
import { addCalendarDays, londonDate } from '../../../domain/common/london';
import { DUPLICATE_WINDOW_DAYS, earlierReferralOf } from '../../../domain';
import type { EarlierReferral } from '../../../domain';
import type { MyReferralsSource } from './my-referrals-source';

/** Earlier referrals sent in the duplicate window up to `now`; a message whose details cannot be read is left out. */
export async function earlierReferrals(
  source: Pick<MyReferralsSource, 'list' | 'details'>,
  now: Date,
): Promise<EarlierReferral[]> {
  // A day's margin: the rule itself decides on Europe/London dates.
  const from = addCalendarDays(londonDate(now), -(DUPLICATE_WINDOW_DAYS + 1));
  const recent = (await source.list()).filter((m) => m.messageId && londonDate(new Date(m.sentAt)) >= from);
  const details = await source.details(recent.flatMap((m) => m.messageId ?? []));
  return [...details.values()].flatMap((d) => (d.ok ? [earlierReferralOf(d.document)] : []));
}
