import type { GraphFailure } from '../errors/graph-failure';
import { toGraphFailure } from '../errors/to-graph-failure';
import { ROW_EXPAND, ROW_SELECT, rowFrom, type BoardSyncState } from './board-row';
import { mailboxRoot, type Gateway } from './read-row';

export type SyncOptions = {
  /** Rows per page asked of Graph (Prefer: odata.maxpagesize). */
  maxPageSize?: number;
  /** After each page: how many rows the board has so far, and the rows themselves (to draw the first page early). */
  onPage?(n: number, partial: BoardSyncState): void;
};

const DEFAULT_PAGE_SIZE = 200;
// A round that never ends (a service bug) must not hold the board for ever.
const MAX_PAGES = 10_000;
// Graph's answers when a delta link is too old or unknown: the sync starts over from a full read.
const EXPIRED_CODES = new Set(['SyncStateNotFound', 'SyncStateInvalid', 'resyncRequired', 'InvalidSyncState']);

type DeltaPage = { value?: unknown; '@odata.nextLink'?: unknown; '@odata.deltaLink'?: unknown };

/**
 * Brings the board's rows up to date with the service mailbox's Inbox by delta query: the first call (or one after the
 * delta link expired) reads every message; later calls read only what changed. Change notifications cannot watch a
 * shared mailbox with delegated `.Shared` scopes, so the board syncs this way. Only referral and advice messages
 * become rows; a message deleted, moved out or no longer ours leaves the board.
 */
export async function syncBoard(
  g: Gateway,
  mailbox: string,
  previous?: BoardSyncState,
  opts: SyncOptions = {},
): Promise<BoardSyncState> {
  const start = previous?.deltaLink ? previous : undefined;
  try {
    return await deltaRound(g, mailbox, start, opts);
  } catch (error) {
    const failure = toGraphFailure(error, { mailbox });
    if (start && isExpiredDelta(failure)) return deltaRound(g, mailbox, undefined, opts);
    throw failure;
  }
}

export function isExpiredDelta(failure: GraphFailure): boolean {
  return failure.detail.status === 410 || EXPIRED_CODES.has(failure.detail.code ?? '');
}

async function deltaRound(
  g: Gateway,
  mailbox: string,
  start: BoardSyncState | undefined,
  opts: SyncOptions,
): Promise<BoardSyncState> {
  const rows = { ...(start?.rows ?? {}) };
  const prefer = `odata.maxpagesize=${Math.max(1, Math.floor(opts.maxPageSize ?? DEFAULT_PAGE_SIZE))}`;
  let request = start?.deltaLink
    ? g.client.api(start.deltaLink)
    : g.client
        .api(`${mailboxRoot(mailbox)}/mailFolders/inbox/messages/delta`)
        .select(ROW_SELECT)
        .expand(ROW_EXPAND);
  for (let pages = 0; pages < MAX_PAGES; pages += 1) {
    const page = (await request.header('Prefer', prefer).get()) as DeltaPage;
    applyPage(rows, page, mailbox);
    const partial: BoardSyncState = { rows };
    opts.onPage?.(Object.keys(rows).length, partial);
    const next = page['@odata.nextLink'];
    const delta = page['@odata.deltaLink'];
    if (typeof delta === 'string') return { deltaLink: delta, rows };
    if (typeof next !== 'string') break;
    request = g.client.api(next);
  }
  // No delta link came: the rows are as good as what was read, but the next sync must start over.
  return { rows };
}

function applyPage(rows: BoardSyncState['rows'], page: DeltaPage, mailbox: string): void {
  const items = Array.isArray(page.value) ? (page.value as unknown[]) : [];
  for (const item of items) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    const row = '@removed' in (item as object) ? undefined : rowFrom(item, mailbox);
    if (row) rows[id] = row;
    else delete rows[id];
  }
}
