// Extensions of GFPO intervention plans beyond 12 weeks (GFPO §9).
export {
  EXTENSION_STATUSES,
  extensionDecisionSchema,
  extensionRecordSchema,
  extensionRequestSchema,
  interventionPlanSchema,
  leadProfessionalAgreementSchema,
} from './extension.schema';
export type {
  ExtensionDecision,
  ExtensionRecord,
  ExtensionRequest,
  InterventionPlan,
  LeadProfessionalAgreement,
} from './extension.schema';
export {
  EXTENSION_CITATIONS,
  EXTENSION_DECIDER_ROLES,
  EXTENSION_REQUESTER_ROLES,
  PLAN_REVIEW_WEEKS,
  currentPlanEndDate,
  decideExtension,
  isPastCurrentEnd,
  planReviewDate,
  requestExtension,
} from './extension-rules';
export type {
  ExtensionCitation,
  ExtensionErrorCode,
  ExtensionNotification,
  ExtensionRefusal,
  ExtensionResult,
} from './extension-rules';
export { PLAN_REMINDER_WEEKS, planReminder, planReminderDue, type PlanReminder } from './plan-reminder';
