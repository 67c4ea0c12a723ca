export { FiledReferralView } from './filed-referral-view';
export type { FiledReferralViewProps } from './filed-referral-view';
export type { FiledAttachment } from './attachment-list';
