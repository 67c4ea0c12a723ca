// Which provider groups are folded, and jumping to a service: unfold its group, keep it in view, focus its row.
import { useCallback, useEffect, useState } from 'react';
import type { Catalogue } from '../../../domain';
import { groupIdOf } from './panel-groups';

export type PanelNavigation = {
  readonly collapsed: ReadonlySet<string>;
  /** A service jumped to from an alternative or a package finding stays in view whatever the filters say. */
  readonly revealed: string | undefined;
  readonly clearRevealed: () => void;
  readonly focusService: (serviceId: string) => void;
  readonly toggleGroup: (groupId: string) => void;
};

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}

export function usePanelNavigation(catalogue: Catalogue, rowIdOf: (serviceId: string) => string): PanelNavigation {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState<string | undefined>(undefined);
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);

  const focusService = useCallback(
    (serviceId: string) => {
      const service = catalogue.services.find((s) => s.id === serviceId);
      if (!service) return;
      setRevealed(serviceId);
      setCollapsed((c) => without(c, groupIdOf(catalogue, service)));
      setPendingFocus(serviceId);
    },
    [catalogue],
  );

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(rowIdOf(pendingFocus))?.focus();
    setPendingFocus(undefined);
  }, [pendingFocus, rowIdOf]);

  const clearRevealed = useCallback(() => setRevealed(undefined), []);
  const toggleGroup = useCallback(
    (id: string) => setCollapsed((c) => (c.has(id) ? without(c, id) : new Set(c).add(id))),
    [],
  );
  return { collapsed, revealed, clearRevealed, focusService, toggleGroup };
}
