// The panel's filters (eligible only, provider, a child's age, other areas, a name searched for) and what they let
// through, in the panel's order: the chosen services, then the ones suggested for the family (eligible or for the
// service to decide, in the family's area), then the rest by provider. Filters other than the child and the search
// are remembered on this device.
import { useCallback, useMemo, useState } from 'react';
import { isOutOfArea } from '../../../domain';
import type { Catalogue, Service, ServiceResult } from '../../../domain';
import { servicesFittingAge } from './age-fit';
import { NO_FILTERS, samePanelPeople } from './eligibility-filters';
import type { Filters, PanelPerson } from './eligibility-filters';
import { personNames } from './panel-groups';
import type { Group } from './panel-groups';
import { readPanelMemory, writePanelMemory } from './panel-memory';
import type { Selection } from './service-row';
import { useStable } from './use-stable-results';

export type PanelFilterInput = {
  readonly catalogue: Catalogue;
  readonly groups: readonly Group[];
  readonly results: ReadonlyMap<string, ServiceResult>;
  readonly selection: ReadonlyMap<string, Selection>;
  readonly childPeople: readonly PanelPerson[];
  readonly today: string;
  /** Shown whatever the filters say. */
  readonly revealed: string | undefined;
  readonly clearRevealed: () => void;
};

export type ShownGroup = Group & { readonly shown: readonly Service[] };

export type PanelLists = {
  readonly chosen: readonly Service[];
  readonly suggested: readonly Service[];
  readonly others: readonly ShownGroup[];
  /** While a name is searched for: every service that matches, instead of the suggestions and the groups. */
  readonly matches: readonly Service[] | undefined;
  readonly shownCount: number;
};

const SUGGESTED = new Set(['eligible', 'review']);

function initialFilters(): Filters {
  const { eligibleOnly, providerId } = readPanelMemory();
  return { ...NO_FILTERS, eligibleOnly, providerId };
}

/** The words a search looks in: the service's name and its provider's. */
const searchText = (s: Service, groups: readonly Group[]) =>
  `${s.name} ${groups.find((g) => g.id === s.providerId)?.name ?? ''}`.toLowerCase();

export function usePanelFilters(input: PanelFilterInput) {
  const { catalogue, results, childPeople, today, clearRevealed } = input;
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const [search, setSearch] = useState('');
  // Services for other council areas are hidden until asked for.
  const [showOtherAreas, setShowOtherAreas] = useState(() => readPanelMemory().showOtherAreas);
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
      writePanelMemory({ eligibleOnly: next.eligibleOnly, providerId: next.providerId });
      clearRevealed();
    },
    [clearRevealed],
  );
  const changeShowOtherAreas = useCallback((show: boolean) => {
    setShowOtherAreas(show);
    writePanelMemory({ showOtherAreas: show });
  }, []);

  const passes = (s: Service): boolean =>
    (!filters.eligibleOnly || results.get(s.id)?.verdict === 'eligible') &&
    (!filters.providerId || s.providerId === filters.providerId) &&
    (!fitting || fitting.has(s.id)) &&
    (showOtherAreas || !outOfArea.has(s.id));
  const lists = panelLists(input, (s) => s.id === input.revealed || passes(s), outOfArea, search);
  const otherAreas = { count: outOfArea.size, shown: showOtherAreas, onShow: changeShowOtherAreas };
  return { filters, changeFilters, search, setSearch, chosenChild, lists, otherAreas };
}

/** The panel's lists from what the filters let through. */
function panelLists(
  input: PanelFilterInput,
  shown: (s: Service) => boolean,
  outOfArea: ReadonlySet<string>,
  search: string,
): PanelLists {
  const { results, selection, groups } = input;
  const isChosen = (s: Service) => (selection.get(s.id) ?? 'none') !== 'none';
  const chosen = input.catalogue.services.filter(isChosen);
  const rest = input.catalogue.services.filter((s) => !isChosen(s) && shown(s));
  const words = search.trim().toLowerCase();
  if (words) {
    const matches = rest.filter((s) => searchText(s, groups).includes(words));
    return { chosen, suggested: [], others: [], matches, shownCount: chosen.length + matches.length };
  }
  const isSuggested = (s: Service) => SUGGESTED.has(results.get(s.id)?.verdict ?? '') && !outOfArea.has(s.id);
  const suggested = rest.filter(isSuggested);
  const others = groups
    .map((g) => ({ ...g, shown: g.services.filter((s) => !isChosen(s) && shown(s) && !isSuggested(s)) }))
    .filter((g) => g.shown.length > 0);
  return { chosen, suggested, others, matches: undefined, shownCount: chosen.length + rest.length };
}

/** How people are named in the panel, and the children the age filter offers. */
export function usePanelPeople(people: readonly PanelPerson[]) {
  // The App may derive `people` afresh on every keystroke: keep the same objects while their content is the same.
  const stablePeople = useStable(people, samePanelPeople);
  const names = useMemo(() => personNames(stablePeople), [stablePeople]);
  const childPeople = useMemo(() => stablePeople.filter((p) => p.kind === 'child'), [stablePeople]);
  return { names, childPeople };
}
