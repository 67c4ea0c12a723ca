import { makeStyles, tokens } from '@fluentui/react-components';
import { bareList, column, heading, iconLine, plainList, wrappingRow } from '../../components/layout.styles';

export const useEligibilityPanelStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  title: heading(tokens.fontSizeBase500, tokens.lineHeightBase500),
  filters: { ...wrappingRow(tokens.spacingHorizontalL, tokens.spacingVerticalS), alignItems: 'flex-end' },
  field: {
    ...column(tokens.spacingVerticalXXS),
    minWidth: '200px',
    flexGrow: 1,
  },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
  findings: {
    ...column(tokens.spacingVerticalS),
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  finding: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: plainList(tokens.spacingVerticalS),
  inlineList: { ...wrappingRow(tokens.spacingHorizontalXS, tokens.spacingVerticalXS), ...bareList },
  line: iconLine,
  strong: { fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  groupHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  partTitle: heading(tokens.fontSizeBase400, tokens.lineHeightBase400),
  groupTitle: heading(tokens.fontSizeBase300, tokens.lineHeightBase300),
  groupCounts: { color: tokens.colorNeutralForeground2 },
  // One column in a 320 px task pane, two when the pane or tab is wide.
  rows: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});
