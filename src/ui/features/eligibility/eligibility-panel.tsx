// Live eligibility for every service, with the council's own reasons and citations: the chosen services first, then
// those suggested for the family, then the rest folded by provider.
import { memo, useCallback, useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Catalogue, Citation, Evaluation, Provider } from '../../../domain';
import { citationWords } from '../../../domain';
import { CitationWordsContext } from './citation-words-context';
import { EligibilityFilters, NO_FILTERS, describeChild } from './eligibility-filters';
import type { PanelPerson } from './eligibility-filters';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import { PackageFindings } from './package-findings';
import { PanelSummary } from './panel-summary';
import { groupsOf } from './panel-groups';
import { ProviderGroup } from './provider-group';
import { ServiceList } from './service-list';
import type { RowContext } from './service-list';
import { usePanelFilters, usePanelPeople } from './use-panel-filters';
import type { PanelLists } from './use-panel-filters';
import { usePanelNavigation } from './use-panel-navigation';
import { useServiceSelection } from './use-service-selection';
import type { RequestedService } from './use-service-selection';
import { usePackageFindings } from './use-package-findings';
import { useStableResults } from './use-stable-results';

export type { RequestedService } from './use-service-selection';

export type EligibilityPanelProps = {
  catalogue: Catalogue;
  evaluation: Evaluation;
  services: readonly RequestedService[];
  people: readonly PanelPerson[];
  /** Europe/London date, YYYY-MM-DD. */
  today: string;
  onToggle(serviceId: string, options?: { advice?: boolean }): void;
};

/** Memoised: the App hands it the same props while a keystroke changes nothing it shows. */
export const EligibilityPanel = memo(function EligibilityPanel(props: EligibilityPanelProps) {
  const { catalogue } = props;
  // Every citation below is named from this catalogue's documents.
  const citationText = useMemo(() => (c: Citation) => citationWords(c, catalogue), [catalogue]);
  return (
    <CitationWordsContext.Provider value={citationText}>
      <PanelBody {...props} />
    </CitationWordsContext.Provider>
  );
});

function PanelBody(props: EligibilityPanelProps) {
  const styles = useEligibilityPanelStyles();
  const { catalogue, evaluation, people, today } = props;
  const panelId = useId();
  const headingId = useId();
  const rowIdOf = useCallback((serviceId: string) => `${panelId}-service-${serviceId}`, [panelId]);

  const groups = useMemo(() => groupsOf(catalogue), [catalogue]);
  const nameOf = useMemo(() => new Map(catalogue.services.map((s) => [s.id, s.name])), [catalogue]);
  const providers = useMemo(() => new Map(catalogue.providers.map((p): [string, Provider] => [p.id, p])), [catalogue]);
  const results = useStableResults(evaluation.results);
  const { names, childPeople } = usePanelPeople(people);
  const { findings, missingTextOf } = usePackageFindings(evaluation.package, names);

  const { selection, onToggle } = useServiceSelection(props.services, props.onToggle);
  const { open, revealed, clearRevealed, focusService, toggleGroup } = usePanelNavigation(catalogue, rowIdOf);
  const { filters, changeFilters, search, setSearch, chosenChild, lists, otherAreas } = usePanelFilters({
    catalogue,
    groups,
    results,
    selection,
    childPeople,
    today,
    revealed,
    clearRevealed,
  });

  let eligibleCount = 0;
  for (const r of results.values()) if (r.verdict === 'eligible') eligibleCount += 1;
  const clearFilters = useCallback(() => {
    changeFilters(NO_FILTERS);
    setSearch('');
  }, [changeFilters, setSearch]);

  const rows: RowContext = {
    results,
    selection,
    names,
    nameOf,
    providers,
    rowIdOf,
    onToggle,
    onFocusService: focusService,
  };
  return (
    <section aria-labelledby={headingId} className={styles.panel}>
      <h2 id={headingId} className={styles.title}>
        Services and eligibility
      </h2>
      <PackageFindings
        findings={findings}
        missingTextOf={missingTextOf}
        nameOf={nameOf}
        onFocusService={focusService}
      />
      <EligibilityFilters
        filters={filters}
        providers={catalogue.providers.filter((p) => groups.some((g) => g.id === p.id))}
        childPeople={childPeople}
        today={today}
        onChange={changeFilters}
        search={search}
        onSearch={setSearch}
        otherAreasCount={otherAreas.count}
        showOtherAreas={otherAreas.shown}
        onShowOtherAreas={otherAreas.onShow}
      />
      <PanelSummary
        counts={{ shown: lists.shownCount, total: catalogue.services.length, eligible: eligibleCount }}
        childText={chosenChild && describeChild(chosenChild, childPeople.indexOf(chosenChild), today)}
        onClearFilters={clearFilters}
      />
      <PanelLists lists={lists} rows={rows} open={open} panelId={panelId} onToggleGroup={toggleGroup} />
    </section>
  );
}

type PanelListsProps = {
  readonly lists: PanelLists;
  readonly rows: RowContext;
  readonly open: ReadonlySet<string>;
  readonly panelId: string;
  readonly onToggleGroup: (groupId: string) => void;
};

function PanelLists({ lists, rows, open, panelId, onToggleGroup }: PanelListsProps) {
  return (
    <>
      {lists.chosen.length > 0 && (
        <ListPart id={`${panelId}-chosen`} title={`Chosen for this referral (${lists.chosen.length})`}>
          <ServiceList services={lists.chosen} rows={rows} />
        </ListPart>
      )}
      {lists.matches && (
        <ListPart id={`${panelId}-matches`} title={`Services matching your search (${lists.matches.length})`}>
          <ServiceList services={lists.matches} rows={rows} />
        </ListPart>
      )}
      {lists.suggested.length > 0 && (
        <ListPart id={`${panelId}-suggested`} title={`Suggested for this family (${lists.suggested.length})`}>
          <ServiceList services={lists.suggested} rows={rows} />
        </ListPart>
      )}
      {lists.others.length > 0 && (
        <ListPart id={`${panelId}-others`} title="Other services, by provider">
          {lists.others.map((g) => (
            <ProviderGroup
              key={g.id}
              group={g}
              open={open.has(g.id)}
              regionId={`${panelId}-group-${g.id}`}
              onToggleGroup={onToggleGroup}
              rows={rows}
            />
          ))}
        </ListPart>
      )}
    </>
  );
}

function ListPart({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const styles = useEligibilityPanelStyles();
  return (
    <div role="group" aria-labelledby={id} className={styles.group}>
      <h3 id={id} className={styles.partTitle}>
        {title}
      </h3>
      {children}
    </div>
  );
}
