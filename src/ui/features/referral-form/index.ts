// The referral form feature: the form, its validation state, and the in-memory attachment store filing reads.
export { ReferralForm } from './referral-form';
export type { ReferralFormProps } from './referral-form';
export { useFieldValidation } from './validation/use-field-validation';
export type { FieldValidation } from './validation/use-field-validation';
export { fieldIssues } from './validation/validate-draft';
export type { FieldIssue } from './validation/validate-draft';
export { NO_SERVICE_NEEDS } from './validation/filing-requirements';
export type { ServiceNeeds } from './validation/filing-requirements';
export { createAttachmentStore } from './attachments/attachment-store';
export type { AttachmentSource, AttachmentStore } from './attachments/attachment-store';
