// The Graph gateway and the filing protocol (DESIGN.md §2 graph/; issue #6). Knows nothing of eligibility.
export {
  createGraphGateway,
  GRAPH_BASE_URL,
  type GraphGateway,
  type GraphGatewayConfig,
} from './gateway/graph-gateway';
export type { RetryPolicy, ThrottleWait } from './gateway/retry-policy';
export type { WireEvent } from './gateway/wire-handler';
export { MailboxLimiter } from './gateway/mailbox-limiter';
export {
  GraphFailure,
  GRAPH_FAILURE_KINDS,
  isGraphFailure,
  type GraphFailureDetail,
  type GraphFailureKind,
} from './errors/graph-failure';
export { toGraphFailure } from './errors/to-graph-failure';
export {
  REFERRAL_KINDS,
  REFERRAL_PROPERTY_IDS,
  REFERRAL_PROPERTY_SET,
  expandProperties,
  propertyFilter,
  readReferralProperties,
  referralPropertiesFor,
  type ReferralKind,
  type ReferralProperties,
} from './filing/referral-properties';
export type { FilingFile, FilingRequest } from './filing/filing-request.schema';
export {
  FILING_STEPS,
  type FilingOptions,
  type FilingProgress,
  type FilingResult,
  type FilingStep,
} from './filing/filing-progress';
export { DEFAULT_SIZE_LIMITS, type SizeLimits } from './filing/size-limits';
export { fileToMailbox, type FilingEnv } from './filing/file-to-mailbox';
export { fileToMailboxes, type MailboxOutcome } from './filing/file-to-mailboxes';
export { groupByMailbox, type MailboxGroup } from './filing/mailbox-groups';
export { listMyReferrals, type ListOptions } from './my-referrals/list-my-referrals';
export type { MyReferral, ReportedStatus } from './my-referrals/my-referral';
