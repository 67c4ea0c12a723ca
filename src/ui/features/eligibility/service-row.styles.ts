import { makeStyles, tokens } from '@fluentui/react-components';

export const useServiceRowStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  advice: { fontStyle: 'italic' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  reason: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  reasonStatus: { fontWeight: tokens.fontWeightSemibold },
  source: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  block: { display: 'block' },
  // Sits at the end of the reason's text; still at least 24 px tall (WCAG 2.5.8).
  inlineButton: { minWidth: 'auto', verticalAlign: 'baseline', marginLeft: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  alternatives: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyleType: 'none' },
  warning: { color: tokens.colorStatusDangerForeground1 },
});
