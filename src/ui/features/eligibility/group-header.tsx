// A provider's heading, which opens and closes its group of services ("collapsible groups").
import { Button } from '@fluentui/react-components';
import { memo } from 'react';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';

export const GroupHeader = memo(function GroupHeader(props: {
  groupId: string;
  name: string;
  open: boolean;
  regionId: string;
  shown: number;
  eligible: number;
  onToggle(groupId: string): void;
}) {
  const styles = useEligibilityPanelStyles();
  return (
    <div className={styles.groupHeader}>
      <h3 className={styles.groupTitle}>
        <Button
          appearance="subtle"
          aria-expanded={props.open}
          aria-controls={props.regionId}
          onClick={() => props.onToggle(props.groupId)}
        >
          <span aria-hidden="true">{props.open ? '▾' : '▸'}&nbsp;</span>
          {props.name}
        </Button>
      </h3>
      <span className={styles.groupCounts}>
        {props.shown} shown, {props.eligible} eligible
      </span>
    </div>
  );
});
