import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '1280px',
    marginInline: 'auto',
    boxSizing: 'border-box',
  },
  // Wide: the card is exactly the window's height; the form and the services each scroll on their own inside it.
  rootWide: { height: '100vh', paddingBottom: tokens.spacingVerticalS },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  wide: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    columnGap: tokens.spacingHorizontalXL,
    flexGrow: 1,
    minHeight: 0,
  },
  // One side of the wide card: its own scrolling area, and under the form the action bar.
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0, minWidth: 0 },
  scroll: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
    minHeight: 0,
    minWidth: 0,
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    paddingInline: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalM,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // A wrapper the narrow layout keeps only so the panels inside stay where the wide layout has them.
  contents: { display: 'contents' },
  panel: { minWidth: 0, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});
