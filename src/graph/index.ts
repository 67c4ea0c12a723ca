// The Graph gateway and the filing protocol: draft, attachments, upload sessions, send, find-filed, My referrals reads.
// Failures are typed codes (GraphFailure kinds); it knows nothing of eligibility and has no words for people.
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
  DEFAULT_SENT_COPY_WAIT,
  MESSAGE_STEPS,
  type SentCopyWait,
  type MessageOptions,
  type MessageProgress,
  type MessageResult,
  type MessageStep,
} from './filing/message-progress';
export { DEFAULT_SIZE_LIMITS, type SizeLimits } from './filing/size-limits';
export { fileToMailbox, type FilingEnv } from './filing/file-to-mailbox';
export { listMyReferrals, type ListOptions } from './my-referrals/list-my-referrals';
export type { SentReferral, ReportedStatus } from './my-referrals/sent-referral';
export {
  readDetails,
  type DetailsCache,
  type DetailsResult,
  type ReadDetailsOptions,
  type ReferralDetails,
} from './my-referrals/read-details';
export {
  QUARANTINE_REASONS,
  REFERRAL_JSON_MAX_BYTES,
  checkedFile,
  mailboxPath,
  readReferralDocument,
  type MailboxRef,
  type QuarantineReason,
  type ReferralDocumentRead,
} from './referral-document/read-referral-document';
export { listFiledFiles, readFiledFile, type FiledFile } from './referral-document/filed-files';
export {
  REFERRER_MESSAGE_CATEGORIES,
  applyReferrerMessages,
  decide,
  readRow,
  sendInformationAnswer,
  sendStatusMessage,
  sendWithdrawal,
  syncBoard,
  type BoardRow,
  type BoardSyncState,
  type DecisionInput,
  type DecisionOutcome,
  type ReferrerMessageInput,
  type SyncOptions,
} from './triage';
