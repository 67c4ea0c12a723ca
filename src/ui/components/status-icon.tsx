// A small status glyph that always sits beside words: verdicts and criteria never rely on colour or icon alone
// (WCAG 1.4.1: no information by colour alone).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export type StatusTone = 'yes' | 'no' | 'judgement' | 'unknown';

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: '16px', height: '16px', verticalAlign: 'text-bottom' },
  yes: { color: tokens.colorStatusSuccessForeground1 },
  no: { color: tokens.colorStatusDangerForeground1 },
  judgement: { color: tokens.colorStatusWarningForeground1 },
  unknown: { color: tokens.colorNeutralForeground2 },
});

/** The mark inside the outline, one per tone. */
const MARKS: Readonly<Record<StatusTone, { d: string; strokeWidth: string; strokeLinejoin?: 'round' }>> = {
  yes: { d: 'm4.8 8.2 2.2 2.2 4.2-4.6', strokeWidth: '1.6', strokeLinejoin: 'round' },
  no: { d: 'm5.5 5.5 5 5m0-5-5 5', strokeWidth: '1.6' },
  judgement: { d: 'M8 6v4.2M8 12.2v.3', strokeWidth: '1.6' },
  unknown: { d: 'M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.6v.3', strokeWidth: '1.5' },
};

/** Decorative: hidden from assistive technology, so the words next to it carry the meaning. */
export function StatusIcon(props: { tone: StatusTone; className?: string }) {
  const styles = useStyles();
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={mergeClasses(styles.icon, styles[props.tone], props.className)}
    >
      {props.tone === 'judgement' ? (
        <path d="M8 1.5 15 14.5H1Z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      ) : (
        <circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
      )}
      <path {...MARKS[props.tone]} fill="none" stroke="currentColor" strokeLinecap="round" />
    </svg>
  );
}
