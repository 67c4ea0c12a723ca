// Filtering and sorting the board: what the person asked for, applied to the rows as they are shown.
import type { TriageState } from '../../../domain';
import type { DeadlineState, ViewRow } from './board-view';

export const SORT_KEYS = [
  'reference',
  'service',
  'referrer',
  'receivedAt',
  'ageDays',
  'status',
  'assignee',
  'priority',
  'deadline',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type BoardQuery = {
  /** Words matched against the reference, referrer, service and assignee. */
  readonly text: string;
  readonly state: TriageState | 'open' | 'all';
  readonly deadline: DeadlineState | 'all';
  readonly serviceId: string | 'all';
  readonly sort: SortKey;
  readonly descending: boolean;
};

/** Open referrals, most urgent deadline first: what a manager looks at on a Monday morning. */
export const DEFAULT_QUERY: BoardQuery = {
  text: '',
  state: 'open',
  deadline: 'all',
  serviceId: 'all',
  sort: 'deadline',
  descending: false,
};

const FINISHED: ReadonlySet<TriageState> = new Set(['declined', 'closed']);
const DEADLINE_ORDER: Readonly<Record<DeadlineState, number>> = { overdue: 0, 'due-today': 1, 'on-time': 2, none: 3 };

function matches(row: ViewRow, q: BoardQuery, words: readonly string[]): boolean {
  if (q.state === 'open' ? FINISHED.has(row.state) : q.state !== 'all' && row.state !== q.state) return false;
  if (q.deadline !== 'all' && row.deadline !== q.deadline) return false;
  if (q.serviceId !== 'all' && !row.serviceIds.includes(q.serviceId)) return false;
  if (words.length === 0) return true;
  const haystack = `${row.reference} ${row.referrer} ${row.service} ${row.assignee}`.toLocaleLowerCase('en-GB');
  return words.every((w) => haystack.includes(w));
}

function compare(a: ViewRow, b: ViewRow, key: SortKey): number {
  switch (key) {
    case 'ageDays':
      return a.ageDays - b.ageDays;
    case 'deadline':
      return (
        DEADLINE_ORDER[a.deadline] - DEADLINE_ORDER[b.deadline] || (a.dueDate ?? '').localeCompare(b.dueDate ?? '')
      );
    case 'priority':
      return a.priorityRank - b.priorityRank;
    default:
      return a[key].localeCompare(b[key], 'en-GB');
  }
}

/** The rows the query keeps, in its order; ties fall back to the oldest referral first. */
export function applyQuery(rows: readonly ViewRow[], q: BoardQuery): ViewRow[] {
  const words = q.text.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const kept = rows.filter((r) => matches(r, q, words));
  const sign = q.descending ? -1 : 1;
  return kept.sort(
    (a, b) =>
      sign * compare(a, b, q.sort) ||
      a.receivedAt.localeCompare(b.receivedAt) ||
      a.messageId.localeCompare(b.messageId),
  );
}
