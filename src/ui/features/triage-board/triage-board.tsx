// The triage board: every referral in one service mailbox, filtered and sorted, each opened to decide on it.
import { Button } from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Catalogue, Role } from '../../../domain';
import type { TriageMailboxConfig } from '../../../auth/auth-config.schema';
import { boardCsv } from './board-csv';
import { BoardFilters } from './board-filters';
import { BoardList } from './board-list';
import type { BoardPorts } from './board-ports';
import { applyQuery, DEFAULT_QUERY, type BoardQuery, type SortKey } from './board-query';
import type { BoardState } from './board-store';
import { ReferralDetail } from './referral-detail';
import { useBoardStyles, NARROW_QUERY } from './triage-board.styles';
import { useBoard, useVisibleDigests } from './use-board';

export type TriageBoardProps = {
  readonly mailbox: TriageMailboxConfig;
  readonly ports: BoardPorts;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
  /** Saves a file on the person's device (the CSV export). */
  readonly saveFile: (name: string, data: Blob) => void;
  /** Other mailboxes the person can switch to (the personal tab and the browser page). */
  readonly switcher?: React.ReactNode;
};

const TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' });

function statusWords(state: BoardState, shown: number, total: number): string {
  const count = `Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} referrals.`;
  if (state.status === 'starting') return 'Opening the board…';
  if (state.status === 'syncing')
    return state.fromCache ? `${count} Checking the mailbox for changes…` : `${count} Reading the mailbox…`;
  if (state.status === 'error') return `${count} Not up to date.`;
  return `${count} Up to date at ${TIME.format(state.syncedAt ?? new Date(0))}.`;
}

function useNarrow(): boolean {
  const query = typeof window === 'undefined' || !window.matchMedia ? undefined : window.matchMedia(NARROW_QUERY);
  const [narrow, setNarrow] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const on = () => setNarrow(query.matches);
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  }, [query]);
  return narrow;
}

type BoardHeaderProps = {
  readonly title: string;
  readonly state: BoardState;
  readonly shown: number;
  readonly total: number;
  readonly onRefresh: () => void;
  readonly onExport: () => void;
  readonly switcher?: React.ReactNode;
};

function BoardHeader({ title, state, shown, total, onRefresh, onExport, switcher }: BoardHeaderProps) {
  const s = useBoardStyles();
  return (
    <>
      <div className={s.top}>
        <h1 className={s.heading}>{title}</h1>
        <div className={s.actions}>
          {switcher}
          <Button onClick={onRefresh} disabledFocusable={state.status === 'syncing'}>
            Refresh
          </Button>
          <Button onClick={onExport} disabledFocusable={shown === 0}>
            Export this view (CSV)
          </Button>
        </div>
      </div>
      <p role="status" className={s.muted}>
        {statusWords(state, shown, total)}
      </p>
      {state.problem && (
        <div className={s.problem} role="alert">
          <p className={s.text}>{state.problem.what}</p>
          <p className={s.text}>{state.problem.todo}</p>
          {state.problem.requestId && (
            <p className={s.muted}>
              Request id (for the service desk): <span className={s.code}>{state.problem.requestId}</span>
            </p>
          )}
        </div>
      )}
    </>
  );
}

export function TriageBoard({ mailbox, ports, catalogue, now, saveFile, switcher }: TriageBoardProps) {
  const s = useBoardStyles();
  const board = useBoard(ports, catalogue, now);
  const { store, state } = board;
  const [query, setQuery] = useState<BoardQuery>(DEFAULT_QUERY);
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => applyQuery(board.rows, deferred), [board.rows, deferred]);
  const [opened, setOpened] = useState<string | undefined>();
  const [returnTo, setReturnTo] = useState<string | undefined>();
  const narrow = useNarrow();
  const role = mailbox.deciderRole as Role;
  const services = useMemo(() => {
    const ids = new Set(board.rows.flatMap((r) => r.serviceIds));
    return catalogue.services.filter((svc) => ids.has(svc.id)).map((svc) => ({ id: svc.id, name: svc.name }));
  }, [board.rows, catalogue]);
  const flagged = useMemo(() => new Set(board.duplicates.keys()), [board.duplicates]);
  const onVisible = useVisibleDigests(ports, store, state, now);
  const onSort = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, descending: q.sort === key ? !q.descending : false }));
  const exportCsv = () => {
    const rowsById = new Map(Object.entries(state.rows));
    const csv = boardCsv(shown, rowsById, board.names);
    saveFile(`referrals-${now().toISOString().slice(0, 10)}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  };
  const openRow = opened ? state.rows[opened] : undefined;
  const openView = opened ? board.rows.find((r) => r.messageId === opened) : undefined;
  if (openRow && openView)
    return (
      <main className={s.page}>
        <ReferralDetail
          row={openRow}
          view={openView}
          catalogue={catalogue}
          role={role}
          members={board.members}
          names={board.names}
          duplicates={board.duplicates.get(openRow.messageId) ?? []}
          now={now}
          open={ports.openReferral}
          download={ports.download}
          decide={(move) => store.decide(openRow.messageId, move)}
          personName={ports.personName}
          {...(ports.readPlan ? { readPlan: ports.readPlan } : {})}
          {...(ports.sendPlanMessage ? { sendPlan: ports.sendPlanMessage } : {})}
          onDigest={store.rememberDigest}
          onOpenOther={setOpened}
          onBack={() => {
            setReturnTo(openRow.messageId);
            setOpened(undefined);
          }}
        />
      </main>
    );
  return (
    <main className={s.page}>
      <BoardHeader
        title={`Referrals to ${mailbox.displayName}`}
        state={state}
        shown={shown.length}
        total={board.rows.length}
        onRefresh={() => void store.refresh()}
        onExport={exportCsv}
        switcher={switcher}
      />
      <BoardFilters query={query} services={services} onChange={setQuery} />
      <BoardList
        rows={shown}
        query={deferred}
        narrow={narrow}
        flagged={flagged}
        onSort={onSort}
        onOpen={setOpened}
        onVisible={onVisible}
        {...(returnTo ? { focusId: returnTo } : {})}
      />
    </main>
  );
}
