// One provider's other services in the eligibility panel: a header with counts that opens and closes the group.
import type { Service, ServiceResult, Verdict } from '../../../domain';
import { GroupHeader } from './group-header';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import type { Group } from './panel-groups';
import { ServiceList } from './service-list';
import type { RowContext } from './service-list';

export type { RowContext } from './service-list';

export type ProviderGroupProps = {
  readonly group: Group & { readonly shown: readonly Service[] };
  readonly open: boolean;
  readonly regionId: string;
  readonly onToggleGroup: (groupId: string) => void;
  readonly rows: RowContext;
};

const COUNT_WORDS: readonly [Verdict, string][] = [
  ['eligible', 'eligible'],
  ['review', 'for the service to decide'],
  ['incomplete', 'need more information'],
  ['ineligible', 'not eligible'],
];

/** "5 services: 3 need more information, 2 not eligible". */
export function groupCounts(services: readonly Service[], results: ReadonlyMap<string, ServiceResult>): string {
  const total = `${services.length} ${services.length === 1 ? 'service' : 'services'}`;
  const parts = COUNT_WORDS.flatMap(([verdict, words]) => {
    const n = services.filter((s) => results.get(s.id)?.verdict === verdict).length;
    return n ? [`${n} ${words}`] : [];
  });
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}

export function ProviderGroup(props: ProviderGroupProps) {
  const styles = useEligibilityPanelStyles();
  const { group, rows } = props;
  return (
    <div className={styles.group}>
      <GroupHeader
        groupId={group.id}
        name={group.name}
        open={props.open}
        regionId={props.regionId}
        counts={groupCounts(group.shown, rows.results)}
        onToggle={props.onToggleGroup}
      />
      <div id={props.regionId} hidden={!props.open}>
        {props.open && <ServiceList services={group.shown} rows={rows} />}
      </div>
    </div>
  );
}
