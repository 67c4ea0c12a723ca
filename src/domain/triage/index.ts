// Referral triage: the lifecycle state machine and the time standards as deadlines.
export { ROLES, actorSchema, roleSchema } from './role.schema';
export type { Actor, Role } from './role.schema';
export {
  TRIAGE_CITATIONS,
  TRIAGE_STATES,
  TRIAGE_TRANSITIONS,
  findTransition,
  movesFrom,
  triageStateSchema,
} from './triage-transitions';
export type { TriageNotifyTarget, TriageRequirement, TriageState, TriageTransition } from './triage-transitions';
export {
  TRIAGE_PRIORITIES,
  TRIAGE_TEXT_MAX,
  triageEventSchema,
  triageMoveSchema,
  triagePrioritySchema,
  triageRecordSchema,
} from './triage-record.schema';
export type { TriageEvent, TriageMove, TriagePriority, TriageRecord } from './triage-record.schema';
export {
  TRIAGE_HISTORY_LIMIT,
  applyTransition,
  boundedHistory,
  canTransition,
  canWithdraw,
  newTriageRecord,
} from './triage-machine';
export type { TriageErrorCode, TriageRefusal } from './triage-machine';
export {
  TIME_STANDARD_ANCHORS,
  TIME_STANDARD_UNITS,
  timeStandardAnchorSchema,
  timeStandardSchema,
  timeStandardUnitSchema,
} from './time-standard.schema';
export type { TimeStandard, TimeStandardAnchor, TimeStandardUnit } from './time-standard.schema';
export { ageInWorkingDays, appliesToService, deadlinesFor, missedSessionsBeforeClosureDiscussion } from './deadlines';
export type { DeadlineStatus, StandardDeadline } from './deadlines';
export {
  BUSY_WORDS,
  DAMAGED_RECORD_WORDS,
  TRIAGE_CATEGORIES,
  categoryFor,
  conflictWords,
  earlierEventsWords,
  isTriageCategory,
  priorityWords,
  statusMessageText,
  triageStateWords,
} from './triage-words';
