// The running count, the high-risk signs that call for professional judgement, and the four SafeLives MARAC
// criteria, each met / not met / not yet known. Unknown is never shown as "not met".
import { memo } from 'react';
import type { DashSummary, MaracAssessment, Tri } from '../../../domain';
import { MARAC_CRITERIA } from '../../../domain';
import { StatusIcon } from '../../components/status-icon';
import type { StatusTone } from '../../components/status-icon';
import { useDashStyles } from './dash-checklist.styles';

export const TRI_TEXT: Readonly<Record<Tri, string>> = { met: 'Met', 'not-met': 'Not met', unknown: 'Not yet known' };
const TRI_TONE: Readonly<Record<Tri, StatusTone>> = { met: 'yes', 'not-met': 'no', unknown: 'unknown' };

/** The count, and its band only when the answers allow one; read out politely as it changes. */
export const DashCount = memo(function DashCount(props: { summary: DashSummary }) {
  const styles = useDashStyles();
  const { countText, bandText } = props.summary;
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className={styles.summary}>
      {bandText ? `${countText} ${bandText}` : countText}
    </p>
  );
});

/** The high-risk signs answered "yes": a prompt to professional judgement, whatever the count. */
export const HighRiskPrompt = memo(function HighRiskPrompt(props: { prompt: string | undefined }) {
  const styles = useDashStyles();
  // Always in the page, so the prompt is read out when it first appears and each time its words change.
  return (
    <div aria-live="polite" aria-atomic="true">
      {props.prompt && (
        <p className={styles.prompt}>
          <StatusIcon tone="judgement" />
          <span>
            <span className={styles.strong}>Signs of high risk:</span> {props.prompt}
          </span>
        </p>
      )}
    </div>
  );
});

export const MaracCriteria = memo(function MaracCriteria(props: { assessment: MaracAssessment; headingId: string }) {
  const styles = useDashStyles();
  const { criteria, meetsThreshold } = props.assessment;
  return (
    <section aria-labelledby={props.headingId} className={styles.checklist}>
      <h3 id={props.headingId} className={styles.subtitle}>
        MARAC referral criteria
      </h3>
      <p className={styles.line}>
        <StatusIcon tone={TRI_TONE[meetsThreshold]} />
        <span>
          <span className={styles.strong}>Meets the criteria for a MARAC referral:</span>{' '}
          {meetsThreshold === 'met' ? 'Yes' : meetsThreshold === 'not-met' ? 'No' : 'Not yet known'}. Any one of the
          four is enough.
        </span>
      </p>
      <ul className={styles.list}>
        {MARAC_CRITERIA.map((c) => (
          <li key={c.id}>
            <p className={styles.line}>
              <StatusIcon tone={TRI_TONE[criteria[c.id]]} />
              <span>
                <span className={styles.strong}>{c.title}:</span> {TRI_TEXT[criteria[c.id]]}
              </span>
            </p>
            <p className={styles.hint}>{c.explanation}</p>
          </li>
        ))}
      </ul>
    </section>
  );
});
