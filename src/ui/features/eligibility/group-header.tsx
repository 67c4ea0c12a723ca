// A provider's heading, which opens and closes its group of services, with what the group holds in words.
import { Button } from '@fluentui/react-components';
import { memo } from 'react';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';

export const GroupHeader = memo(function GroupHeader(props: {
  groupId: string;
  name: string;
  open: boolean;
  regionId: string;
  /** "5 services: 3 need more information, 2 not eligible". */
  counts: string;
  onToggle(groupId: string): void;
}) {
  const styles = useEligibilityPanelStyles();
  return (
    <div className={styles.groupHeader}>
      <h4 className={styles.groupTitle}>
        <Button
          appearance="subtle"
          aria-expanded={props.open}
          aria-controls={props.regionId}
          onClick={() => props.onToggle(props.groupId)}
        >
          <span aria-hidden="true">{props.open ? '▾' : '▸'}&nbsp;</span>
          {props.name}
        </Button>
      </h4>
      <span className={styles.groupCounts}>{props.counts}</span>
    </div>
  );
});
