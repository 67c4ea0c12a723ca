// What the board needs from where it runs: the shared mailbox through Graph, the team's people, and a cache that
// outlives the page. The browser's ports are in graph-board-ports.ts and board-cache.ts; tests pass their own.
import type { ReferralDocumentRead } from '../../../graph';
import type { BoardRow, BoardSyncState, DecisionOutcome } from '../../../graph';
import type { EarlierReferral, InterventionPlan, TriageMove } from '../../../domain';
import type { ExtensionMessage } from '../../../graph/extension';
import type { FiledAttachment } from '../../components/filed-referral-view';

export type { BoardRow, BoardSyncState, DecisionOutcome };

/** Someone the board can name: a member of the service's team, or whoever made a change. */
export type BoardPerson = { readonly id: string; readonly name: string };

/** A referral opened from the board: its checked referral.json (or why it is quarantined) and its files. */
export type OpenedReferral = {
  readonly document: ReferralDocumentRead;
  readonly attachments: readonly FiledAttachment[];
};

/** Survives closing the tab: the delta link and the rows, and the digests of the referral files read. */
export type BoardCache = {
  load(): Promise<CachedBoard | undefined>;
  save(board: CachedBoard): Promise<void>;
};

export type CachedBoard = {
  readonly sync: BoardSyncState;
  readonly digests: Readonly<Record<string, StoredDigest>>;
};

/** What the duplicate rule needs of a referral file already read, kept without the rest of the file. */
export type StoredDigest = {
  readonly reference: string;
  readonly children: readonly { readonly initials: string; readonly age?: number }[];
  readonly forDuplicates: EarlierReferral;
};

export type BoardPorts = {
  /** Brings the rows up to date from `previous` (a full read without it); `onPage` sees the rows so far. */
  sync(
    previous: BoardSyncState | undefined,
    onPage: (partial: BoardSyncState | undefined) => void,
  ): Promise<BoardSyncState>;
  readRow(messageId: string): Promise<BoardRow>;
  decide(messageId: string, move: TriageMove, now: Date): Promise<DecisionOutcome>;
  openReferral(messageId: string): Promise<OpenedReferral>;
  download(messageId: string, attachment: FiledAttachment): Promise<void>;
  /** The service team's members: the workers a referral can be allocated to. */
  teamMembers(): Promise<readonly BoardPerson[]>;
  /** A person's name by directory id, for "Alex changed this"; undefined when the directory does not say. */
  personName(id: string): Promise<string | undefined>;
  /** The plan recorded with a referral, undefined when there is none; without it the plan form still works. */
  readPlan?(messageId: string): Promise<InterventionPlan | undefined>;
  /** Sends the plan form's message from the signed-in person's own mailbox; without it no plan form is shown. */
  sendPlanMessage?(message: ExtensionMessage, serviceIds: readonly string[]): Promise<void>;
  cache: BoardCache;
};
