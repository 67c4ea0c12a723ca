// Filing, outside any screen: the coordinator, its ports, the plan by mailbox, the job and its state machine, and the
// one table of words for failures. Hosts supply the ports; src/ui subscribes to the coordinator.
export { FilingCoordinator, createFilingCoordinator } from './coordinator';
export type { FileRequest, FilingEvent, FilingListener, FilingPorts } from './coordinator';
export { JobStoreError, noLock } from './ports';
export type { Clock, DocumentRenderer, FilingWait, GraphFiler, JobLock, JobStore } from './ports';
export { filingJobSchema, isJobDone, parseFilingJob } from './filing-job.schema';
export type { FilingJob, JobAttachment, MailboxJob } from './filing-job.schema';
export { contactFor, planFiling } from './filing-plan';
export type { FilingPlan } from './filing-plan';
export { INITIAL_FILING, filingReducer } from './filing-state';
export type { AttachmentView, FilingAction, FilingPhase, FilingState, MailboxView } from './filing-state';
export { FAILURE_KINDS, FILING_STEPS, FilingFailure } from './filing-types';
export type {
  FailureDetails,
  FailureKind,
  FilingAttachment,
  FilingKind,
  FilingProgress,
  FilingService,
  FilingStep,
  MailboxFiled,
  MailboxFiler,
  MailboxFilingRequest,
  MailboxPlan,
  RefusedService,
} from './filing-types';
export type { FiledMessage } from './filed-message';
export { failureWords, readFailureWords, waitWords } from './failure-words';
export type { FailureWords } from './failure-words';
export { runJob } from './run-filing';
export type { JobEvent, JobOutcome, RunDeps } from './run-filing';
export { isJobOf, jobsOf, removeJobsOf, servicesStillToFile } from './jobs-of';
