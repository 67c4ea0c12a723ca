// The drafts feature's public face: the app composes these; other features never import them.
export { DraftsMenu } from './drafts-menu';
export type { DraftsMenuProps } from './drafts-menu';
export { AUTOSAVE_DELAY_MS, DRAFTS_DB_NAME, clearFiledDraft, useDrafts } from './use-drafts';
export type { DraftsState } from './use-drafts';
export { openDraftStore } from './draft-store';
export type { DraftStore, DraftStoreOptions } from './draft-store';
export { DraftStoreError } from './draft-store-errors';
export type { DraftStoreErrorCode } from './draft-store-errors';
export { draftTitle, isBlankDraft } from './draft-summary';
export type { DraftSummary } from './draft-summary';
export { draftsOf, isDraftOf, removeDraftsOf } from './user-drafts';
