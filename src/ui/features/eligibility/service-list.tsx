// Rows of services, one grid: the chosen ones, the suggested ones, a search's matches or one provider's group.
import type { Provider, Service, ServiceResult } from '../../../domain';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import { missingText } from './panel-groups';
import { ServiceRow } from './service-row';
import type { Selection, ToggleService } from './service-row';

/** What every row in every list needs: the same for all lists. */
export type RowContext = {
  readonly results: ReadonlyMap<string, ServiceResult>;
  readonly selection: ReadonlyMap<string, Selection>;
  readonly names: ReadonlyMap<string, string>;
  readonly nameOf: ReadonlyMap<string, string>;
  readonly providers: ReadonlyMap<string, Provider>;
  readonly rowIdOf: (serviceId: string) => string;
  readonly onToggle: ToggleService;
  readonly onFocusService: (serviceId: string) => void;
};

export function ServiceList({ services, rows }: { readonly services: readonly Service[]; readonly rows: RowContext }) {
  const styles = useEligibilityPanelStyles();
  return (
    <div className={styles.rows}>
      {services.map((s) => {
        const result = rows.results.get(s.id);
        return (
          <ServiceRow
            key={s.id}
            rowId={rows.rowIdOf(s.id)}
            service={s}
            provider={rows.providers.get(s.providerId)}
            result={result}
            selection={rows.selection.get(s.id) ?? 'none'}
            missingText={result ? missingText(result.missing, rows.names) : ''}
            nameOf={rows.nameOf}
            onToggle={rows.onToggle}
            onFocusService={rows.onFocusService}
          />
        );
      })}
    </div>
  );
}
