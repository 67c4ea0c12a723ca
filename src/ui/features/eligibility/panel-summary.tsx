// What the filters show, in a line and to screen readers, and a way out when they show nothing.
import { Button } from '@fluentui/react-components';
import { useVisuallyHiddenStyles } from '../../components/visually-hidden.styles';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';
import { useEligibleAnnouncement } from './use-eligible-announcement';

export type PanelSummaryProps = {
  readonly counts: { readonly shown: number; readonly total: number; readonly eligible: number };
  /** The child the services are filtered for, described, if any. */
  readonly childText: string | undefined;
  readonly onClearFilters: () => void;
};

export function PanelSummary(props: PanelSummaryProps) {
  const styles = useEligibilityPanelStyles();
  const { shown, total, eligible } = props.counts;
  const hiddenStyles = useVisuallyHiddenStyles();
  const announcement = useEligibleAnnouncement(eligible, total);
  return (
    <>
      <p className={styles.summary}>
        Showing {shown} of {total} services. {eligible} eligible
        {props.childText ? `; suitable for ${props.childText}` : ''}.
      </p>
      <div role="status" aria-live="polite" aria-atomic="true" className={hiddenStyles.hidden}>
        {announcement}
      </div>
      {shown === 0 && (
        <div className={styles.groupHeader}>
          <p className={styles.line}>No services match these filters.</p>
          <Button onClick={props.onClearFilters}>Clear filters</Button>
        </div>
      )}
    </>
  );
}
