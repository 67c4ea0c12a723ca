import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-components';
import { card, heading, plainList } from './layout.styles';

/** The parts every full screen of the card shares (filing, My referrals): spread into each screen's makeStyles. */
export const screenStyles = {
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: {
    ...heading(tokens.fontSizeBase500, tokens.lineHeightBase500),
    color: tokens.colorNeutralForeground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  text: { margin: 0, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: plainList(tokens.spacingVerticalM),
  card: card(tokens.spacingVerticalS),
  problem: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, userSelect: 'all' },
} satisfies Record<string, GriffelStyle>;
