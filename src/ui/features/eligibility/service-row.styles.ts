import { makeStyles, tokens } from '@fluentui/react-components';
import { bareList, column, heading, iconLine, plainList, wrappingRow } from '../../components/layout.styles';

export const useServiceRowStyles = makeStyles({
  row: {
    ...column(tokens.spacingVerticalS),
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  title: heading(tokens.fontSizeBase400, tokens.lineHeightBase400),
  line: iconLine,
  verdict: { fontWeight: tokens.fontWeightSemibold },
  advice: { fontStyle: 'italic' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: plainList(tokens.spacingVerticalXS),
  reason: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  reasonStatus: { fontWeight: tokens.fontWeightSemibold },
  source: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  block: { display: 'block' },
  // Sits at the end of the reason's text; still at least 24 px tall (WCAG 2.5.8).
  inlineButton: { minWidth: 'auto', verticalAlign: 'baseline', marginLeft: tokens.spacingHorizontalXS },
  actions: wrappingRow(tokens.spacingHorizontalS, tokens.spacingVerticalXS),
  alternatives: { ...wrappingRow(tokens.spacingHorizontalXS, tokens.spacingVerticalXS), ...bareList },
  warning: { color: tokens.colorStatusDangerForeground1 },
});
