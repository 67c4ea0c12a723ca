// Which provider groups are open (remembered on this device), and jumping to a service: open its group, keep it in
// view, focus its row.
import { useCallback, useEffect, useState } from 'react';
import type { Catalogue } from '../../../domain';
import { groupIdOf } from './panel-groups';
import { readPanelMemory, writePanelMemory } from './panel-memory';

export type PanelNavigation = {
  /** The provider groups the referrer opened; the others show only their name and counts. */
  readonly open: ReadonlySet<string>;
  /** A service jumped to from an alternative or a package finding stays in view whatever the filters say. */
  readonly revealed: string | undefined;
  readonly clearRevealed: () => void;
  readonly focusService: (serviceId: string) => void;
  readonly toggleGroup: (groupId: string) => void;
};

export function usePanelNavigation(catalogue: Catalogue, rowIdOf: (serviceId: string) => string): PanelNavigation {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(readPanelMemory().open));
  const [revealed, setRevealed] = useState<string | undefined>(undefined);
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);

  const changeOpen = useCallback((change: (before: ReadonlySet<string>) => ReadonlySet<string>) => {
    setOpen((before) => {
      const after = change(before);
      if (after !== before) writePanelMemory({ open: [...after] });
      return after;
    });
  }, []);

  const focusService = useCallback(
    (serviceId: string) => {
      const service = catalogue.services.find((s) => s.id === serviceId);
      if (!service) return;
      const group = groupIdOf(catalogue, service);
      setRevealed(serviceId);
      changeOpen((o) => (o.has(group) ? o : new Set(o).add(group)));
      setPendingFocus(serviceId);
    },
    [catalogue, changeOpen],
  );

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(rowIdOf(pendingFocus))?.focus();
    setPendingFocus(undefined);
  }, [pendingFocus, rowIdOf]);

  const clearRevealed = useCallback(() => setRevealed(undefined), []);
  const toggleGroup = useCallback(
    (id: string) =>
      changeOpen((o) => {
        const next = new Set(o);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [changeOpen],
  );
  return { open, revealed, clearRevealed, focusService, toggleGroup };
}
