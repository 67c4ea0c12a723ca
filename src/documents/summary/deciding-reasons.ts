// Which reasons decided a verdict: the summary shows those, and referral.json keeps every one.
import type { FiledVerdict, ReasonStatus, Verdict } from '../../domain';

type FiledReason = FiledVerdict['reasons'][number];

// The statuses that decide each verdict: one criterion not met makes a service ineligible whatever else holds;
// missing facts and open judgements are what stand between an incomplete referral and a verdict.
const DECIDING: Readonly<Record<Verdict, readonly ReasonStatus[]>> = {
  eligible: ['met'],
  ineligible: ['not-met'],
  incomplete: ['missing', 'review'],
  review: ['review'],
};

/** The reasons that decided the verdict; all of them when a file from elsewhere has none of the deciding kind. */
export function decidingReasons(verdict: FiledVerdict): readonly FiledReason[] {
  const statuses = DECIDING[verdict.verdict] ?? [];
  const deciding = verdict.reasons.filter((r) => statuses.includes(r.status));
  return deciding.length ? deciding : verdict.reasons;
}
