// The worker's plan form: the plan's start and a request for an extension, sent from their own mailbox.
export { ExtensionRequestForm, type ExtensionRequestFormProps } from './extension-request-form';
export { checkExtensionForm, toExtensionMessage, type ExtensionFormValues } from './extension-request-values';
export { PlanSection, type PlanSectionProps } from './plan-section';
export { PlanFromNotice, type PlanFromNoticeProps } from './plan-from-notice';
export type { NoticePorts } from './notice-ports';
