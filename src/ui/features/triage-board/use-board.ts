// The board's store as React state, the team's names, and the rows as the list shows them (worked out once per row).
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Catalogue } from '../../../domain';
import { duplicateFlags, type DuplicateFlag } from './board-duplicates';
import type { BoardPerson, BoardPorts, BoardRow } from './board-ports';
import { createBoardStore, type BoardState, type BoardStore } from './board-store';
import { createViewMemo, toViewRow, type ViewRow } from './board-view';
import { storedDigest } from './use-opened-referral';

export type UseBoard = {
  readonly store: BoardStore;
  readonly state: BoardState;
  readonly rows: readonly ViewRow[];
  readonly members: readonly BoardPerson[];
  readonly names: ReadonlyMap<string, string>;
  readonly duplicates: ReadonlyMap<string, readonly DuplicateFlag[]>;
};

function useTeam(ports: BoardPorts): readonly BoardPerson[] {
  const [members, setMembers] = useState<readonly BoardPerson[]>([]);
  useEffect(() => {
    let live = true;
    // Without the team's names the board still works: allocation then lists nobody and says so.
    ports.teamMembers().then(
      (m) => live && setMembers(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ports]);
  return members;
}

export function useBoard(ports: BoardPorts, catalogue: Catalogue, now: () => Date): UseBoard {
  const store = useMemo(() => createBoardStore(ports, now), [ports, now]);
  useEffect(() => void store.start(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const members = useTeam(ports);
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  // A row's view is kept while the row object and the names are unchanged: a sync with no changes recomputes nothing.
  const serviceNames = useMemo(() => new Map(catalogue.services.map((s) => [s.id, s.name])), [catalogue]);
  const cache = useMemo(() => new WeakMap<BoardRow, ViewRow>(), [names, serviceNames]);
  const memo = useMemo(() => createViewMemo(), [catalogue, now]);
  const rows = useMemo(() => {
    const ctx = { now: now(), catalogue, names, memo };
    return Object.values(state.rows).map((row) => {
      let view = cache.get(row);
      if (!view) {
        view = toViewRow(row, ctx, serviceNames);
        cache.set(row, view);
      }
      return view;
    });
  }, [state.rows, catalogue, names, serviceNames, now, cache, memo]);
  const duplicates = useMemo(() => duplicateFlags(state.digests, now()), [state.digests, now]);
  return { store, state, rows, members, names, duplicates };
}

const NINETY_DAYS_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * Reads the referral files of the rows on screen received in the last 90 days, two at a time, once each, so the
 * duplicate check has something to compare. Returns what the list calls with the rows it shows.
 */
export function useVisibleDigests(
  ports: BoardPorts,
  store: BoardStore,
  state: BoardState,
  now: () => Date,
): (ids: readonly string[]) => void {
  const tried = useRef(new Set<string>());
  const queue = useRef<string[]>([]);
  const active = useRef(0);
  const latest = useRef(state);
  latest.current = state;
  const read = useCallback(
    async (id: string) => {
      const row = latest.current.rows[id];
      if (!row || now().getTime() - Date.parse(row.receivedAt) > NINETY_DAYS_MS) return;
      const opened = await ports.openReferral(id);
      if (opened.document.ok) store.rememberDigest(id, storedDigest(opened.document.document, now()));
    },
    [ports, store, now],
  );
  const pump = useCallback(() => {
    while (active.current < 2 && queue.current.length > 0) {
      const id = queue.current.shift()!;
      active.current += 1;
      void read(id)
        .catch(() => undefined)
        .finally(() => {
          active.current -= 1;
          pump();
        });
    }
  }, [read]);
  return useCallback(
    (ids) => {
      const fresh = ids.filter((id) => !(id in latest.current.digests) && !tried.current.has(id));
      for (const id of fresh) tried.current.add(id);
      queue.current = [...fresh, ...queue.current].slice(0, 40);
      pump();
    },
    [pump],
  );
}
