import {
  currentPlanEndDate,
  londonDateTime,
  ukLongDate,
  type ExtensionRecord,
  type InterventionPlan,
} from '../../domain';
import type { ExtensionCardView } from '../../cards/extension.card';

const day = (iso: string) => ukLongDate(iso) ?? iso;

/** "8 December 2026 at 09:05", London time. */
export function whenWords(instantIso: string): string {
  const t = londonDateTime(new Date(instantIso));
  return `${day(t.date)} at ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

const ROLE_WORDS: Record<string, string> = {
  'team-manager': 'a team manager',
  'parenting-coordinator': 'a coordinator',
};
const byWhom = (r: ExtensionRecord) => ROLE_WORDS[r.decidedBy?.role ?? ''] ?? 'a manager';

/** Who decided, by role and time only: "Approved by a team manager on 8 December 2026 at 09:05." */
export function decisionWords(r: ExtensionRecord): string | undefined {
  if (r.status === 'pending' || !r.decidedAt) return undefined;
  return `${r.status === 'approved' ? 'Approved' : 'Declined'} by ${byWhom(r)} on ${whenWords(r.decidedAt)}.`;
}

/** What a second click is told: the request was already decided, by whom (role) and when. */
export function alreadyDecidedWords(r: ExtensionRecord): string {
  const what = r.status === 'approved' ? 'approved' : 'declined';
  return `This request was already ${what} by ${byWhom(r)} on ${r.decidedAt ? whenWords(r.decidedAt) : 'an earlier day'}.`;
}

/** The card's view of one request on a plan, as the plan stands now. */
export function extensionViewOf(
  target: { referralId: string; mailbox: string; reference: string },
  plan: InterventionPlan,
  record: ExtensionRecord,
  notice?: string,
): ExtensionCardView {
  // The end the plan ran to before this request: the current end, leaving this request out.
  const before = currentPlanEndDate({
    startDate: plan.startDate,
    extensions: plan.extensions.filter((e) => e.requestId !== record.requestId),
  });
  const decided = decisionWords(record);
  return {
    ...target,
    requestId: record.requestId,
    planStartedOn: day(plan.startDate),
    currentEnd: day(before),
    proposedEnd: day(record.proposedEndDate),
    requestedOn: day(record.requestedAt.slice(0, 10)),
    reason: record.reason,
    ...(record.progress ? { progress: record.progress } : {}),
    ...(record.leadProfessionalAgreement
      ? {
          leadProfessional: {
            who: record.leadProfessionalAgreement.leadProfessional,
            agreedOn: day(record.leadProfessionalAgreement.agreedOn),
          },
        }
      : {}),
    status: record.status,
    ...(decided ? { decisionWords: decided } : {}),
    ...(record.decisionReason ? { decisionComment: record.decisionReason } : {}),
    ...(notice ? { notice } : {}),
  };
}
