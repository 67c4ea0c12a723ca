// The triage board: the service mailbox's referrals, decisions on them, and the channel tab's set-up screen.
export { BoardRoot, type BoardHost } from './board-root';
export { BoardTabSetup, type BoardTabSetupProps } from './board-tab-setup';
export { createGraphBoardPorts, BOARD_SCOPES, type GraphBoardConfig } from './graph-board-ports';
export { indexedDbBoardCache } from './board-cache';
export type { BoardCache, BoardPorts, BoardRow, BoardSyncState, CachedBoard, OpenedReferral } from './board-ports';
