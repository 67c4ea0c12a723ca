// One provider's services in the eligibility panel: a header that folds them, and a row per service shown.
import type { Service, ServiceResult } from '../../../domain';
import { GroupHeader } from './group-header';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import { missingText } from './panel-groups';
import type { Group } from './panel-groups';
import { ServiceRow } from './service-row';
import type { Selection, ToggleService } from './service-row';

/** What every row in every group needs: the same for all groups. */
export type RowContext = {
  readonly results: ReadonlyMap<string, ServiceResult>;
  readonly selection: ReadonlyMap<string, Selection>;
  readonly names: ReadonlyMap<string, string>;
  readonly nameOf: ReadonlyMap<string, string>;
  readonly rowIdOf: (serviceId: string) => string;
  readonly onToggle: ToggleService;
  readonly onFocusService: (serviceId: string) => void;
};

export type ProviderGroupProps = {
  readonly group: Group & { readonly shown: readonly Service[] };
  readonly open: boolean;
  readonly regionId: string;
  readonly onToggleGroup: (groupId: string) => void;
  readonly rows: RowContext;
};

export function ProviderGroup(props: ProviderGroupProps) {
  const styles = useEligibilityPanelStyles();
  const { group, rows } = props;
  const { results, names } = rows;
  const eligibleHere = group.shown.filter((s) => results.get(s.id)?.verdict === 'eligible').length;
  return (
    <div className={styles.group}>
      <GroupHeader
        groupId={group.id}
        name={group.name}
        open={props.open}
        regionId={props.regionId}
        shown={group.shown.length}
        eligible={eligibleHere}
        onToggle={props.onToggleGroup}
      />
      <div id={props.regionId} hidden={!props.open} className={styles.rows}>
        {props.open &&
          group.shown.map((s) => {
            const result = results.get(s.id);
            return (
              <ServiceRow
                key={s.id}
                rowId={rows.rowIdOf(s.id)}
                service={s}
                provider={group.provider}
                result={result}
                selection={rows.selection.get(s.id) ?? 'none'}
                missingText={result ? missingText(result.missing, names) : ''}
                nameOf={rows.nameOf}
                onToggle={rows.onToggle}
                onFocusService={rows.onFocusService}
              />
            );
          })}
      </div>
    </div>
  );
}
