import { makeStyles, tokens } from '@fluentui/react-components';
import { screenStyles } from '../../components/screen.styles';

/** Below this the board's rows stack their cells, one labelled line each (a phone, a narrow Teams pane). */
export const NARROW_QUERY = '(max-width: 799px)';
const NARROW = `@media ${NARROW_QUERY}`;

const focusRing = { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' };

export const COLUMNS =
  'minmax(8rem, 1.1fr) minmax(8rem, 1.6fr) minmax(7rem, 1.2fr) 7rem 4.5rem minmax(7rem, 1.1fr) minmax(6rem, 1fr) 5rem 7.5rem';

export const useBoardStyles = makeStyles({
  ...screenStyles,
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '100vh',
    boxSizing: 'border-box',
    [NARROW]: { padding: tokens.spacingHorizontalS },
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
  },
  /** A filter's control fills its column, however long its options (a service's full name). */
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  headerRow: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { display: 'none' },
  },
  headerCell: { padding: `${tokens.spacingVerticalXS} 0`, fontWeight: tokens.fontWeightSemibold },
  sortButton: { minWidth: 0, justifyContent: 'flex-start', paddingLeft: tokens.spacingHorizontalXS },
  scroller: {
    height: '65vh',
    minHeight: '18rem',
    overflowY: 'auto',
    position: 'relative',
    ':focus-visible': focusRing,
  },
  body: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    alignItems: 'center',
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    [NARROW]: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'stretch',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    },
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  cellLabel: {
    display: 'none',
    color: tokens.colorNeutralForeground2,
    [NARROW]: { display: 'inline' },
  },
  referenceButton: {
    fontFamily: tokens.fontFamilyMonospace,
    minWidth: 0,
    textAlign: 'left',
    justifyContent: 'flex-start',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  dueToday: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  flag: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    [NARROW]: { gridTemplateColumns: '1fr' },
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  definition: { margin: 0, color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere' },
  warning: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  decisions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  trail: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground1 },
});
