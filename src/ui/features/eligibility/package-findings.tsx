// Rules about the package as a whole (e.g. "at most three items", "siblings cannot join the same group"),
// shown above the list with the services they apply to and their seed citation.
import { memo, useId } from 'react';
import type { Finding } from '../../../domain';
import { CitedStatement } from './cited-statement';
import { ServiceLinks } from './service-links';
import { useEligibilityPanelStyles } from './eligibility-panel.styles';

const SEVERITY_TEXT = { blocking: 'Must be put right before filing', advice: 'Advice' } as const;

function FindingItem(props: {
  finding: Finding;
  missingText: string;
  nameOf: ReadonlyMap<string, string>;
  onFocusService(id: string): void;
}) {
  const styles = useEligibilityPanelStyles();
  const { finding } = props;
  return (
    <li className={styles.finding}>
      <CitedStatement
        tone={finding.severity === 'blocking' ? 'no' : 'judgement'}
        label={SEVERITY_TEXT[finding.severity]}
        message={finding.message}
        citation={finding.citation}
      />
      {props.missingText && <p className={styles.line}>Still needed: {props.missingText}</p>}
      {finding.serviceIds.length > 0 && (
        <div className={styles.inlineList}>
          <span>Applies to:</span>
          <ServiceLinks
            ids={finding.serviceIds}
            nameOf={props.nameOf}
            onFocusService={props.onFocusService}
            className={styles.inlineList}
          />
        </div>
      )}
    </li>
  );
}

export const PackageFindings = memo(function PackageFindings(props: {
  findings: readonly Finding[];
  missingTextOf(finding: Finding): string;
  nameOf: ReadonlyMap<string, string>;
  onFocusService(id: string): void;
}) {
  const styles = useEligibilityPanelStyles();
  const headingId = useId();
  if (props.findings.length === 0) return null;
  // Blocking findings first: they stop the package being filed.
  const ordered = [...props.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1,
  );
  return (
    <section aria-labelledby={headingId} className={styles.findings}>
      <h3 id={headingId} className={styles.groupTitle}>
        About the services you chose
      </h3>
      <ul className={styles.list}>
        {ordered.map((f, i) => (
          <FindingItem
            key={`${f.code}-${i}`}
            finding={f}
            missingText={props.missingTextOf(f)}
            nameOf={props.nameOf}
            onFocusService={props.onFocusService}
          />
        ))}
      </ul>
    </section>
  );
});
