// The running count, the risk band and the four SafeLives MARAC criteria, each met / not met / not yet known
// (reference/referral-domain.md §2). Unknown is never shown as "not met".
import { memo } from 'react';
import type { MaracAssessment, RiskBand, Tri } from '../../../domain';
import { DASH_QUESTIONS, MARAC_CRITERIA, MEDIUM_RISK_YES_COUNT, VISIBLE_HIGH_RISK_YES_COUNT } from '../../../domain';
import { StatusIcon } from '../../components/status-icon';
import type { StatusTone } from '../../components/status-icon';
import { useDashStyles } from './dash-checklist.styles';

export const TRI_TEXT: Readonly<Record<Tri, string>> = { met: 'Met', 'not-met': 'Not met', unknown: 'Not yet known' };
const TRI_TONE: Readonly<Record<Tri, StatusTone>> = { met: 'yes', 'not-met': 'no', unknown: 'unknown' };

export const BAND_TEXT: Readonly<Record<RiskBand, string>> = {
  standard: `Standard risk (fewer than ${MEDIUM_RISK_YES_COUNT} "yes")`,
  medium: `Medium risk (${MEDIUM_RISK_YES_COUNT} to ${VISIBLE_HIGH_RISK_YES_COUNT - 1} "yes")`,
  high: `High risk (${VISIBLE_HIGH_RISK_YES_COUNT} or more "yes")`,
};

/** The running count, read out politely as it changes. */
export const DashCount = memo(function DashCount(props: { assessment: MaracAssessment }) {
  const styles = useDashStyles();
  const { yesCount, answered, band } = props.assessment;
  const total = DASH_QUESTIONS.length;
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className={styles.summary}>
      {answered === 0
        ? `No questions answered yet (0 of ${total}).`
        : `"Yes" answers: ${yesCount} of ${total} (${answered} answered; "not known" is not counted). ${BAND_TEXT[band]}.`}
    </p>
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
