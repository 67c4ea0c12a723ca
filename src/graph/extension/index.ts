// Plan extensions on the referral message: the worker's request travels as a message with a JSON attachment from
// their own mailbox; the bot applies it, records decisions with a version-checked write, and sends the decision back.
export { applyPlanMessages, type AppliedPlanMessage, type RequesterRole } from './apply-plan-messages';
export {
  addressOf,
  decidePlanExtension,
  sendDecisionMail,
  type ExtensionDecisionInput,
  type ExtensionDecisionOutcome,
} from './decide-plan-extension';
export { sendExtensionRequest, type ExtensionRequestInput } from './extension-mail';
export {
  EXTENSION_DECISION_FILE,
  EXTENSION_REQUEST_FILE,
  extensionDecisionFileSchema,
  extensionMessageSchema,
  type ExtensionDecisionFile,
  type ExtensionMessage,
} from './extension-message.schema';
export { PLAN_PROPERTY_IDS, storedPlanOf, type StoredPlan } from './plan-properties';
export { readPlan, updatePlan, type PlanRead } from './plan-store';
