// The referrals as a table that renders only the rows in view, so thousands of referrals scroll smoothly. Arrow
// keys, Home and End move between the rows' "open" buttons; the column headers sort.
import { Button } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { ukLongDate } from '../../../domain';
import type { BoardQuery, SortKey } from './board-query';
import { DEADLINE_WORDS, type ViewRow } from './board-view';
import { useBoardStyles } from './triage-board.styles';

type Column = { readonly key: SortKey; readonly title: string };

export const BOARD_COLUMNS: readonly Column[] = [
  { key: 'reference', title: 'Reference' },
  { key: 'service', title: 'Service' },
  { key: 'referrer', title: 'Referrer' },
  { key: 'receivedAt', title: 'Received' },
  { key: 'ageDays', title: 'Age' },
  { key: 'status', title: 'Status' },
  { key: 'assignee', title: 'Allocated to' },
  { key: 'priority', title: 'Priority' },
  { key: 'deadline', title: 'Deadline' },
];

export type BoardListProps = {
  readonly rows: readonly ViewRow[];
  readonly query: BoardQuery;
  readonly narrow: boolean;
  readonly flagged: ReadonlySet<string>;
  readonly onSort: (key: SortKey) => void;
  readonly onOpen: (messageId: string) => void;
  /** The rows on screen, for reading their referral files in the background. */
  readonly onVisible?: (messageIds: readonly string[]) => void;
  /** Focus returns to this row's button (back from a referral). */
  readonly focusId?: string;
};

const dateWords = (date: string) => (date ? (ukLongDate(date) ?? date) : 'Unknown');
const ageWords = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;

function SortHeader({ column, query, onSort }: { column: Column; query: BoardQuery; onSort: (k: SortKey) => void }) {
  const s = useBoardStyles();
  const active = query.sort === column.key;
  const sort = active ? (query.descending ? 'descending' : 'ascending') : 'none';
  return (
    <div role="columnheader" aria-sort={sort} className={s.headerCell}>
      <Button appearance="subtle" size="small" className={s.sortButton} onClick={() => onSort(column.key)}>
        {column.title}
        {active ? (query.descending ? ' ↓' : ' ↑') : ''}
      </Button>
    </div>
  );
}

function Cell({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  const s = useBoardStyles();
  return (
    <div role="cell" className={className ? `${s.cell} ${className}` : s.cell}>
      <span className={s.cellLabel} aria-hidden="true">
        {label}:{' '}
      </span>
      {children}
    </div>
  );
}

function RowCells({ row, flagged, onOpen }: { row: ViewRow; flagged: boolean; onOpen: (id: string) => void }) {
  const s = useBoardStyles();
  const deadlineClass = row.deadline === 'overdue' ? s.overdue : row.deadline === 'due-today' ? s.dueToday : undefined;
  return (
    <>
      <div role="cell" className={s.cell}>
        <Button
          appearance="transparent"
          className={s.referenceButton}
          data-row-button={row.messageId}
          onClick={() => onOpen(row.messageId)}
        >
          {row.reference}
        </Button>
        {flagged && <span className={s.flag}> Possible duplicate</span>}
      </div>
      <Cell label="Service">{row.service}</Cell>
      <Cell label="Referrer">{row.referrer}</Cell>
      <Cell label="Received">{dateWords(row.receivedOn)}</Cell>
      <Cell label="Age">{ageWords(row.ageDays)}</Cell>
      <Cell label="Status">{row.damaged ? `${row.status} (record damaged)` : row.status}</Cell>
      <Cell label="Allocated to">{row.assignee || 'Nobody yet'}</Cell>
      <Cell label="Priority">{row.priority || 'Not set'}</Cell>
      <Cell label="Deadline" {...(deadlineClass ? { className: deadlineClass } : {})}>
        {DEADLINE_WORDS[row.deadline]}
        {row.dueDate && row.deadline !== 'none' ? ` (${dateWords(row.dueDate)})` : ''}
      </Cell>
    </>
  );
}

function useRowKeys(rows: readonly ViewRow[], scrollTo: (i: number) => void) {
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      const id = target.getAttribute('data-row-button');
      if (!id) return;
      const at = rows.findIndex((r) => r.messageId === id);
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
      if (to === undefined || to < 0 || to >= rows.length) return;
      event.preventDefault();
      scrollTo(to);
    },
    [rows, scrollTo],
  );
}

export function BoardList({ rows, query, narrow, flagged, onSort, onOpen, onVisible, focusId }: BoardListProps) {
  const s = useBoardStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (narrow ? 230 : 48),
    overscan: 8,
    getItemKey: (i) => rows[i]?.messageId ?? i,
    // Before the first measurement (and where nothing is laid out) a screenful of rows is drawn.
    initialRect: { width: 1024, height: 800 },
  });
  const focusRow = useCallback(
    (i: number) => {
      virtualizer.scrollToIndex(i, { align: 'auto' });
      const id = rows[i]?.messageId;
      // The row may render only after the scroll: look for its button on the next frames.
      const tryFocus = (left: number) => {
        const buttons = scroller.current?.querySelectorAll<HTMLElement>('[data-row-button]') ?? [];
        const el = Array.from(buttons).find((b) => b.getAttribute('data-row-button') === id);
        if (el) el.focus();
        else if (left > 0) requestAnimationFrame(() => tryFocus(left - 1));
      };
      tryFocus(10);
    },
    [rows, virtualizer],
  );
  const onKeyDown = useRowKeys(rows, focusRow);
  const items = virtualizer.getVirtualItems();
  const visibleKey = items.map((i) => rows[i.index]?.messageId).join(',');
  useEffect(() => {
    if (onVisible && visibleKey) onVisible(visibleKey.split(','));
  }, [onVisible, visibleKey]);
  useEffect(() => {
    const at = focusId ? rows.findIndex((r) => r.messageId === focusId) : -1;
    if (at >= 0) focusRow(at);
    // Only when coming back from a referral, not on every sync: focusRow changes with the rows.
  }, [focusId]);
  return (
    <div role="table" aria-label="Referrals" aria-rowcount={rows.length + 1} className={s.table}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={s.headerRow}>
          {BOARD_COLUMNS.map((c) => (
            <SortHeader key={c.key} column={c} query={query} onSort={onSort} />
          ))}
        </div>
      </div>
      <div ref={scroller} className={s.scroller} onKeyDown={onKeyDown}>
        <div role="rowgroup" className={s.body} style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={s.row}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <RowCells row={row} flagged={flagged.has(row.messageId)} onOpen={onOpen} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
