// Live eligibility for every service, grouped by provider, with the council's own reasons and citations.
import { Button } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Catalogue, Evaluation, Finding, MissingFact, Provider, Service } from '../../../domain';
import { servicesFittingAge } from './age-fit';
import { EligibilityFilters, NO_FILTERS, describeChild, samePanelPeople } from './eligibility-filters';
import type { Filters, PanelPerson } from './eligibility-filters';
import { useVisuallyHiddenStyles } from '../../components/visually-hidden.styles';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import { PackageFindings } from './package-findings';
import { ServiceRow } from './service-row';
import type { Selection, ToggleService } from './service-row';
import { GroupHeader } from './group-header';
import { useEligibleAnnouncement } from './use-eligible-announcement';
import { sameFields, sameItems, useStable, useStableResults } from './use-stable-results';

export type RequestedService = {
  readonly serviceId: string;
  readonly personIds: readonly string[];
  readonly advice?: boolean;
};

export type EligibilityPanelProps = {
  catalogue: Catalogue;
  evaluation: Evaluation;
  services: readonly RequestedService[];
  people: readonly PanelPerson[];
  /** Europe/London date, YYYY-MM-DD. */
  today: string;
  onToggle(serviceId: string, options?: { advice?: boolean }): void;
};

type Group = {
  readonly id: string;
  readonly name: string;
  readonly provider: Provider | undefined;
  readonly services: readonly Service[];
};

const OTHER_GROUP = '\u0000other';

/** Providers in catalogue order, each with its services; services naming an unknown provider go last. */
function groupsOf(catalogue: Catalogue): readonly Group[] {
  const byProvider = new Map<string, Service[]>();
  for (const s of catalogue.services) {
    const list = byProvider.get(s.providerId) ?? [];
    list.push(s);
    byProvider.set(s.providerId, list);
  }
  const groups: Group[] = catalogue.providers
    .filter((p) => byProvider.has(p.id))
    .map((p) => ({ id: p.id, name: p.name, provider: p, services: byProvider.get(p.id) ?? [] }));
  const known = new Set(catalogue.providers.map((p) => p.id));
  const orphans = catalogue.services.filter((s) => !known.has(s.providerId));
  if (orphans.length) groups.push({ id: OTHER_GROUP, name: 'Other services', provider: undefined, services: orphans });
  return groups;
}

/** How a person is named in "Still needed": their name, or their place in the family while it is blank. */
function personNames(people: readonly PanelPerson[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  let children = 0;
  let adults = 0;
  for (const p of people) {
    const n = p.kind === 'child' ? ++children : ++adults;
    names.set(p.id, p.name.trim() || `${p.kind === 'child' ? 'child' : 'adult'} ${n}, no name yet`);
  }
  return names;
}

function missingText(missing: readonly MissingFact[], names: ReadonlyMap<string, string>): string {
  return missing
    .map((m) =>
      m.personId ? `${m.label} (${names.get(m.personId) ?? 'a person no longer in the referral'})` : m.label,
    )
    .join('; ');
}

const sameFinding = sameFields<Finding>(['code', 'severity', 'status', 'message']);
const sameMissing = sameFields<Finding['missing'][number]>(['fact', 'personId']);

/** Whether two lists of package findings show the same. */
const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  sameItems(
    a,
    b,
    (f, g) =>
      sameFinding(f, g) && sameItems(f.serviceIds, g.serviceIds) && sameItems(f.missing, g.missing, sameMissing),
  );

/** Memoised: the App hands it the same props while a keystroke changes nothing it shows. */
export const EligibilityPanel = memo(function EligibilityPanel(props: EligibilityPanelProps) {
  const styles = useEligibilityPanelStyles();
  const hiddenStyles = useVisuallyHiddenStyles();
  const { catalogue, evaluation, people, today } = props;
  const panelId = useId();
  const headingId = useId();
  const rowIdOf = useCallback((serviceId: string) => `${panelId}-service-${serviceId}`, [panelId]);

  const groups = useMemo(() => groupsOf(catalogue), [catalogue]);
  const nameOf = useMemo(() => new Map(catalogue.services.map((s) => [s.id, s.name])), [catalogue]);
  const results = useStableResults(evaluation.results);
  // The App may derive `people` afresh on every keystroke: keep the same objects while their content is the same.
  const stablePeople = useStable(people, samePanelPeople);
  const names = useMemo(() => personNames(stablePeople), [stablePeople]);
  const childPeople = useMemo(() => stablePeople.filter((p) => p.kind === 'child'), [stablePeople]);
  const providers = useMemo(() => groups.flatMap((g) => (g.provider ? [g.provider] : [])), [groups]);
  const findings = useStable(evaluation.package, sameFindings);

  const selection = useMemo(() => {
    const map = new Map<string, Selection>();
    for (const s of props.services) map.set(s.serviceId, s.advice ? 'advice' : 'referral');
    return map;
  }, [props.services]);

  // The App may hand a new callback each render; rows keep one stable function so their memo holds.
  const toggleRef = useRef<ToggleService>(props.onToggle);
  toggleRef.current = props.onToggle;
  const onToggle = useCallback<ToggleService>((id, options) => toggleRef.current(id, options), []);

  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  // A service jumped to from an alternative or a package finding stays in view whatever the filters say.
  const [revealed, setRevealed] = useState<string | undefined>(undefined);
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);

  const chosenChild = childPeople.find((c) => c.id === filters.childId);
  const childAge = chosenChild?.age;
  const fitting = useMemo(
    () => (childAge === undefined ? undefined : servicesFittingAge(catalogue, childAge, today)),
    [catalogue, childAge, today],
  );

  const isShown = (s: Service): boolean =>
    s.id === revealed ||
    ((!filters.eligibleOnly || results.get(s.id)?.verdict === 'eligible') &&
      (!filters.providerId || s.providerId === filters.providerId) &&
      (!fitting || fitting.has(s.id)));

  const total = catalogue.services.length;
  let eligibleCount = 0;
  for (const r of results.values()) if (r.verdict === 'eligible') eligibleCount += 1;
  const announcement = useEligibleAnnouncement(eligibleCount, total);

  const focusService = useCallback(
    (serviceId: string) => {
      const service = catalogue.services.find((s) => s.id === serviceId);
      if (!service) return;
      setRevealed(serviceId);
      setCollapsed((c) => {
        const group = catalogue.providers.some((p) => p.id === service.providerId) ? service.providerId : OTHER_GROUP;
        if (!c.has(group)) return c;
        const next = new Set(c);
        next.delete(group);
        return next;
      });
      setPendingFocus(serviceId);
    },
    [catalogue],
  );

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(rowIdOf(pendingFocus))?.focus();
    setPendingFocus(undefined);
  }, [pendingFocus, rowIdOf]);

  const changeFilters = useCallback((next: Filters) => {
    setFilters(next);
    setRevealed(undefined);
  }, []);
  const toggleGroup = useCallback(
    (id: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const missingTextOf = useCallback((f: Finding) => missingText(f.missing, names), [names]);
  let shownCount = 0;
  const visibleGroups = groups
    .map((g) => ({ ...g, shown: g.services.filter(isShown) }))
    .filter((g) => g.shown.length > 0);
  for (const g of visibleGroups) shownCount += g.shown.length;

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
      />
      <p className={styles.summary}>
        Showing {shownCount} of {total} services. {eligibleCount} eligible
        {chosenChild ? `; suitable for ${describeChild(chosenChild, childPeople.indexOf(chosenChild), today)}` : ''}.
      </p>
      <div role="status" aria-live="polite" aria-atomic="true" className={hiddenStyles.hidden}>
        {announcement}
      </div>
      {visibleGroups.length === 0 && (
        <div className={styles.groupHeader}>
          <p className={styles.line}>No services match these filters.</p>
          <Button onClick={() => changeFilters(NO_FILTERS)}>Clear filters</Button>
        </div>
      )}
      {visibleGroups.map((g) => {
        const open = !collapsed.has(g.id);
        const regionId = `${panelId}-group-${g.id}`;
        const eligibleHere = g.shown.filter((s) => results.get(s.id)?.verdict === 'eligible').length;
        return (
          <div key={g.id} className={styles.group}>
            <GroupHeader
              groupId={g.id}
              name={g.name}
              open={open}
              regionId={regionId}
              shown={g.shown.length}
              eligible={eligibleHere}
              onToggle={toggleGroup}
            />
            <div id={regionId} hidden={!open} className={styles.rows}>
              {open &&
                g.shown.map((s) => {
                  const result = results.get(s.id);
                  return (
                    <ServiceRow
                      key={s.id}
                      rowId={rowIdOf(s.id)}
                      service={s}
                      provider={g.provider}
                      result={result}
                      selection={selection.get(s.id) ?? 'none'}
                      missingText={result ? missingText(result.missing, names) : ''}
                      nameOf={nameOf}
                      onToggle={onToggle}
                      onFocusService={focusService}
                    />
                  );
                })}
            </div>
          </div>
        );
      })}
    </section>
  );
});
