// The board as a workflow with no framework: the cached rows first, then a sync from the mailbox, decisions, and the
// referral files read along the way. React subscribes (use-board.ts); tests drive it with their own ports.
import type { TriageMove } from '../../../domain';
import type { BoardPorts, BoardRow, BoardSyncState, DecisionOutcome, StoredDigest } from './board-ports';
import { boardProblemOf, type BoardProblem } from './board-words';

export type BoardStatus = 'starting' | 'syncing' | 'ready' | 'error';

export type BoardState = {
  readonly status: BoardStatus;
  /** Rows by message id. A new object whenever a row changes; unchanged rows keep their identity. */
  readonly rows: Readonly<Record<string, BoardRow>>;
  readonly digests: Readonly<Record<string, StoredDigest>>;
  /** Rows were shown from the cache and the mailbox has not answered yet. */
  readonly fromCache: boolean;
  readonly syncedAt?: Date;
  readonly problem?: BoardProblem;
};

export type BoardStore = {
  getState(): BoardState;
  subscribe(listener: () => void): () => void;
  /** Shows the cached board at once, then brings it up to date. */
  start(): Promise<void>;
  refresh(): Promise<void>;
  decide(messageId: string, move: TriageMove): Promise<DecisionOutcome>;
  rememberDigest(messageId: string, digest: StoredDigest): void;
};

/** The same rows, each the same object: nothing to redraw or save. */
function sameRows(a: Readonly<Record<string, BoardRow>>, b: Readonly<Record<string, BoardRow>>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

export function createBoardStore(ports: BoardPorts, now: () => Date): BoardStore {
  let state: BoardState = { status: 'starting', rows: {}, digests: {}, fromCache: false };
  let sync: BoardSyncState | undefined;
  let running: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: Partial<BoardState>) => {
    state = { ...state, ...next };
    for (const l of [...listeners]) l();
  };
  // The cache is a convenience: a failed write costs a full read next time, never the board.
  const save = () => {
    if (sync) void ports.cache.save({ sync, digests: state.digests }).catch(() => undefined);
  };
  const withRow = (row: BoardRow) => {
    const rows = { ...state.rows, [row.messageId]: row };
    if (sync) sync = { ...sync, rows };
    set({ rows });
    save();
  };

  const runSync = async () => {
    set({ status: 'syncing' });
    try {
      const before = sync;
      // The first read shows each page as it comes (a copy: the sync goes on adding to its own object).
      const next = await ports.sync(before, (partial) => {
        if (partial && !before) set({ rows: { ...partial.rows } });
      });
      const sameRowsAsBefore = before !== undefined && sameRows(before.rows, next.rows);
      sync = sameRowsAsBefore ? { ...next, rows: before.rows } : next;
      const { problem: _p, ...rest } = state;
      state = rest;
      set({ status: 'ready', rows: sync.rows, fromCache: false, syncedAt: now() });
      if (!sameRowsAsBefore || next.deltaLink !== before?.deltaLink) save();
    } catch (error) {
      set({ status: 'error', problem: boardProblemOf(error) });
    }
  };

  const refresh = () => {
    running ??= runSync().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      const cached = await ports.cache.load().catch(() => undefined);
      if (cached) {
        sync = cached.sync;
        set({ rows: cached.sync.rows, digests: cached.digests, fromCache: true });
      }
      await refresh();
    },
    refresh,
    async decide(messageId, move) {
      const outcome = await ports.decide(messageId, move, now());
      if (outcome.ok) withRow(outcome.row);
      else if (outcome.current) withRow(outcome.current);
      return outcome;
    },
    rememberDigest(messageId, digest) {
      set({ digests: { ...state.digests, [messageId]: digest } });
      save();
    },
  };
}
