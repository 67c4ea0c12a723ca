// The triage layer: the board's rows by delta, decisions written on the referral message, status messages to the
// referrer, and the referrer's answers and withdrawals. The same calls serve the board (delegated) and the bot
// (application token): every path is /users/{mailbox}.
export { ROW_EXPAND, ROW_SELECT, rowFrom, type BoardRow, type BoardSyncState } from './board-row';
export { decide, writeTriage, type DecisionInput, type DecisionOutcome } from './decide';
export { readRow } from './read-row';
export {
  REFERRER_MESSAGE_CATEGORIES,
  applyReferrerMessages,
  sendInformationAnswer,
  sendWithdrawal,
  type ReferrerMessageInput,
} from './referrer-messages';
export { sendStatusMessage, statusSubject } from './status-message';
export { isExpiredDelta, syncBoard, type SyncOptions } from './sync-board';
export { TRIAGE_JSON_MAX_CHARS, fittedRecord, triageProperties } from './triage-properties';
