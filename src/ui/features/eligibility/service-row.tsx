// One service in the panel. Memoised on its own props: the panel keeps a row's result object while its content is
// unchanged (use-stable-results.ts), so a keystroke re-renders only the rows whose verdict or reasons moved.
import { Button, Checkbox } from '@fluentui/react-components';
import { memo, useId } from 'react';
import type { Provider, Service, ServiceResult } from '../../../domain';
import { VERDICT_WORDS } from '../../../domain';
import { StatusIcon } from '../../components/status-icon';
import { useVisuallyHiddenStyles } from '../../components/visually-hidden.styles';
import { ContactLine } from './contact-line';
import { ReasonList } from './reason-list';
import { ServiceLinks } from './service-links';
import { VERDICT_TONE } from './verdict-tone';
import { useServiceRowStyles } from './service-row.styles';

export type Selection = 'none' | 'referral' | 'advice';
export type ToggleService = (serviceId: string, options?: { advice?: boolean }) => void;

export type ServiceRowProps = {
  readonly rowId: string;
  readonly service: Service;
  readonly provider: Provider | undefined;
  readonly result: ServiceResult | undefined;
  readonly selection: Selection;
  /** "Still needed" in words, people named (a string, so it compares by value). */
  readonly missingText: string;
  readonly nameOf: ReadonlyMap<string, string>;
  readonly onToggle: ToggleService;
  readonly onFocusService: (serviceId: string) => void;
};

/** Test-only hook: called each time a row renders, so tests can prove that memoisation holds. */
export const rowRenderProbe: { current?: (serviceId: string) => void } = {};

/** Every row has the same buttons, so each names its service to screen readers. */
function RowButton(props: { label: string; serviceName: string; onClick: () => void }) {
  const hiddenStyles = useVisuallyHiddenStyles();
  return (
    <Button onClick={props.onClick}>
      {props.label}
      <span className={hiddenStyles.hidden}> — {props.serviceName}</span>
    </Button>
  );
}

function SelectionControls(props: ServiceRowProps) {
  const styles = useServiceRowStyles();
  const hiddenStyles = useVisuallyHiddenStyles();
  const { service, selection, onToggle } = props;
  const verdict = props.result?.verdict;
  const hidden = <span className={hiddenStyles.hidden}> — {service.name}</span>;

  if (!service.mailbox) {
    // Advice requests go to the same mailbox as referrals, so with no mailbox neither can be filed.
    return (
      <div className={styles.actions}>
        <p className={styles.line}>
          <StatusIcon tone="unknown" />
          <span>
            No referral mailbox — contact: <ContactLine service={service} provider={props.provider} />
          </span>
        </p>
        {selection !== 'none' && (
          <RowButton label="Remove from referral" serviceName={service.name} onClick={() => onToggle(service.id)} />
        )}
      </div>
    );
  }
  if (selection === 'advice') {
    return (
      <div className={styles.actions}>
        <RowButton label="Cancel advice request" serviceName={service.name} onClick={() => onToggle(service.id)} />
      </div>
    );
  }
  if (verdict === 'ineligible') {
    return (
      <div className={styles.actions}>
        {selection === 'referral' && (
          <>
            <p className={`${styles.line} ${styles.warning}`}>
              <StatusIcon tone="no" />
              <span>
                Not eligible, so this cannot be filed as a referral. Remove it, then ask the service for advice if you
                wish.
              </span>
            </p>
            <RowButton label="Remove from referral" serviceName={service.name} onClick={() => onToggle(service.id)} />
          </>
        )}
        {selection === 'none' && (
          <RowButton
            label="Ask the service for advice"
            serviceName={service.name}
            onClick={() => onToggle(service.id, { advice: true })}
          />
        )}
      </div>
    );
  }
  return (
    <div className={styles.actions}>
      <Checkbox
        size="large"
        checked={selection === 'referral'}
        onChange={() => onToggle(service.id)}
        label={<>Add to referral{hidden}</>}
      />
    </div>
  );
}

function ServiceRowView(props: ServiceRowProps) {
  rowRenderProbe.current?.(props.service.id);
  const styles = useServiceRowStyles();
  const titleId = useId();
  const { service, result } = props;
  const alternatives = result?.alternatives ?? [];
  return (
    <article id={props.rowId} tabIndex={-1} aria-labelledby={titleId} className={styles.row}>
      <h4 id={titleId} className={styles.title}>
        {service.name}
      </h4>
      {result ? (
        <p className={`${styles.line} ${styles.verdict}`}>
          <StatusIcon tone={VERDICT_TONE[result.verdict]} />
          <span>{VERDICT_WORDS[result.verdict]}</span>
        </p>
      ) : (
        <p className={styles.line}>
          <StatusIcon tone="unknown" />
          <span>Not checked yet</span>
        </p>
      )}
      {props.selection === 'advice' && (
        <p className={`${styles.line} ${styles.advice}`}>
          <StatusIcon tone="judgement" />
          <span>Advice request: you are asking the service for advice, not referring.</span>
        </p>
      )}
      {result && <ReasonList reasons={result.reasons} />}
      {props.missingText && (
        <p className={styles.line}>
          <span>Still needed: {props.missingText}</span>
        </p>
      )}
      {alternatives.length > 0 && (
        <div>
          <p className={styles.line}>Consider instead:</p>
          <ServiceLinks
            ids={alternatives}
            nameOf={props.nameOf}
            onFocusService={props.onFocusService}
            className={styles.alternatives}
          />
        </div>
      )}
      <SelectionControls {...props} />
    </article>
  );
}

export const ServiceRow = memo(ServiceRowView);
