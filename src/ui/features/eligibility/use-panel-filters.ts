// The panel's filters (eligible only, provider, a child's age, other areas) and the groups and services they let through.
import { useCallback, useMemo, useState } from 'react';
import { isOutOfArea } from '../../../domain';
import type { Catalogue, Service, ServiceResult } from '../../../domain';
import { servicesFittingAge } from './age-fit';
import { NO_FILTERS, samePanelPeople } from './eligibility-filters';
import type { Filters, PanelPerson } from './eligibility-filters';
import { personNames } from './panel-groups';
import type { Group } from './panel-groups';
import { useStable } from './use-stable-results';

export type PanelFilterInput = {
  readonly catalogue: Catalogue;
  readonly groups: readonly Group[];
  readonly results: ReadonlyMap<string, ServiceResult>;
  readonly childPeople: readonly PanelPerson[];
  readonly today: string;
  /** Shown whatever the filters say. */
  readonly revealed: string | undefined;
  readonly clearRevealed: () => void;
};

export type ShownGroup = Group & { readonly shown: readonly Service[] };

export function usePanelFilters(input: PanelFilterInput) {
  const { catalogue, results, childPeople, today, revealed, clearRevealed } = input;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // Services for other council areas are hidden until asked for; the choice lasts while the card is open.
  const [showOtherAreas, setShowOtherAreas] = useState(false);
  const outOfArea = useMemo(
    () => new Set(catalogue.services.filter((s) => isOutOfArea(s, results.get(s.id))).map((s) => s.id)),
    [catalogue, results],
  );
  const chosenChild = childPeople.find((c) => c.id === filters.childId);
  const childAge = chosenChild?.age;
  const fitting = useMemo(
    () => (childAge === undefined ? undefined : servicesFittingAge(catalogue, childAge, today)),
    [catalogue, childAge, today],
  );

  const changeFilters = useCallback(
    (next: Filters) => {
      setFilters(next);
      clearRevealed();
    },
    [clearRevealed],
  );

  const isShown = (s: Service): boolean =>
    s.id === revealed ||
    ((!filters.eligibleOnly || results.get(s.id)?.verdict === 'eligible') &&
      (!filters.providerId || s.providerId === filters.providerId) &&
      (!fitting || fitting.has(s.id)) &&
      (showOtherAreas || !outOfArea.has(s.id)));

  const visibleGroups: readonly ShownGroup[] = input.groups
    .map((g) => ({ ...g, shown: g.services.filter(isShown) }))
    .filter((g) => g.shown.length > 0);
  let shownCount = 0;
  for (const g of visibleGroups) shownCount += g.shown.length;
  const otherAreas = { count: outOfArea.size, shown: showOtherAreas, onShow: setShowOtherAreas };
  return { filters, changeFilters, chosenChild, visibleGroups, shownCount, otherAreas };
}

/** How people are named in the panel, and the children the age filter offers. */
export function usePanelPeople(people: readonly PanelPerson[]) {
  // The App may derive `people` afresh on every keystroke: keep the same objects while their content is the same.
  const stablePeople = useStable(people, samePanelPeople);
  const names = useMemo(() => personNames(stablePeople), [stablePeople]);
  const childPeople = useMemo(() => stablePeople.filter((p) => p.kind === 'child'), [stablePeople]);
  return { names, childPeople };
}
