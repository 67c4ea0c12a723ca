import type { Draft } from '../../state/draft';
import type { DraftStoreError } from './draft-store-errors';
import type { DraftSummary } from './draft-summary';

/** Drafts kept on this device. Methods reject with a `DraftStoreError` (a code and plain words), never a raw DOM error. */
export interface DraftStore {
  /** 'memory' when IndexedDB could not be used: drafts last only while the page stays open. */
  readonly kind: 'indexeddb' | 'memory';
  /** Why drafts are kept in memory only, in words; undefined when IndexedDB works. */
  readonly notice?: DraftStoreError;
  /** Newest first by `updatedAt`. Damaged records are left out and reported through `onProblem`. */
  list(): Promise<DraftSummary[]>;
  /** The draft, or undefined when there is none (or it is damaged: reported through `onProblem`). */
  get(id: string): Promise<Draft | undefined>;
  /** Saves the draft unless the stored copy is newer by `updatedAt` (last write wins across tabs). */
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
  close(): void;
}

export type DraftStoreOptions = {
  /** Told about damaged records that were skipped; never given their content. */
  readonly onProblem?: (problem: DraftStoreError) => void;
  /** How long to wait for IndexedDB to open before keeping drafts in memory (some browsers hang). Default 4000. */
  readonly openTimeoutMs?: number;
};

/** True when `a` was changed after `b`. */
export const isNewer = (a: Draft, b: Draft): boolean => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

export const newestFirst = (a: { updatedAt: string }, b: { updatedAt: string }): number =>
  Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
