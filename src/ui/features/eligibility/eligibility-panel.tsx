// Live eligibility for every service, grouped by provider, with the council's own reasons and citations.
import { memo, useCallback, useId, useMemo } from 'react';
import type { Catalogue, Citation, Evaluation } from '../../../domain';
import { citationWords } from '../../../domain';
import { CitationWordsContext } from './citation-words-context';
import { EligibilityFilters, NO_FILTERS, describeChild } from './eligibility-filters';
import type { PanelPerson } from './eligibility-filters';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import { PackageFindings } from './package-findings';
import { PanelSummary } from './panel-summary';
import { groupsOf } from './panel-groups';
import { ProviderGroup } from './provider-group';
import type { RowContext } from './provider-group';
import { usePanelFilters, usePanelPeople } from './use-panel-filters';
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
  const results = useStableResults(evaluation.results);
  const { names, childPeople } = usePanelPeople(people);
  const providers = useMemo(() => groups.flatMap((g) => (g.provider ? [g.provider] : [])), [groups]);
  const { findings, missingTextOf } = usePackageFindings(evaluation.package, names);

  const { selection, onToggle } = useServiceSelection(props.services, props.onToggle);
  const { collapsed, revealed, clearRevealed, focusService, toggleGroup } = usePanelNavigation(catalogue, rowIdOf);
  const { filters, changeFilters, chosenChild, visibleGroups, shownCount, otherAreas } = usePanelFilters({
    catalogue,
    groups,
    results,
    childPeople,
    today,
    revealed,
    clearRevealed,
  });

  const total = catalogue.services.length;
  let eligibleCount = 0;
  for (const r of results.values()) if (r.verdict === 'eligible') eligibleCount += 1;

  const clearFilters = useCallback(() => changeFilters(NO_FILTERS), [changeFilters]);

  const rows: RowContext = { results, selection, names, nameOf, rowIdOf, onToggle, onFocusService: focusService };
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
        providers={providers}
        childPeople={childPeople}
        today={today}
        onChange={changeFilters}
        otherAreasCount={otherAreas.count}
        showOtherAreas={otherAreas.shown}
        onShowOtherAreas={otherAreas.onShow}
      />
      <PanelSummary
        counts={{ shown: shownCount, total, eligible: eligibleCount }}
        childText={chosenChild && describeChild(chosenChild, childPeople.indexOf(chosenChild), today)}
        onClearFilters={clearFilters}
      />
      {visibleGroups.map((g) => (
        <ProviderGroup
          key={g.id}
          group={g}
          open={!collapsed.has(g.id)}
          regionId={`${panelId}-group-${g.id}`}
          onToggleGroup={toggleGroup}
          rows={rows}
        />
      ))}
    </section>
  );
}
