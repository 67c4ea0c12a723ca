import { makeStyles, tokens } from '@fluentui/react-components';
import { column, heading, plainList, wrappingRow } from '../layout.styles';

export const useFiledReferralViewStyles = makeStyles({
  root: { ...column(tokens.spacingVerticalS), color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere' },
  h1: heading(tokens.fontSizeBase500, tokens.lineHeightBase500),
  h2: { ...heading(tokens.fontSizeBase400, tokens.lineHeightBase400), marginBlockStart: tokens.spacingVerticalM },
  h3: heading(tokens.fontSizeBase300, tokens.lineHeightBase300),
  text: { margin: 0, fontSize: tokens.fontSizeBase300 },
  marking: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  notice: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  fields: { margin: 0, ...column(tokens.spacingVerticalXS) },
  fieldRow: { ...wrappingRow(tokens.spacingHorizontalS, '0') },
  label: { fontWeight: tokens.fontWeightSemibold, minWidth: '10rem' },
  value: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // A wide table scrolls sideways on its own in a narrow pane instead of widening the page.
  tableBox: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  files: plainList(tokens.spacingVerticalXS),
  file: wrappingRow(tokens.spacingHorizontalS, tokens.spacingVerticalXXS),
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  failed: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});
