import { makeStyles, tokens } from '@fluentui/react-components';
import { screenStyles } from '../../components/screen.styles';
import { heading } from '../../components/layout.styles';

export const useFilingScreenStyles = makeStyles({
  ...screenStyles,
  subHeading: {
    ...heading(tokens.fontSizeBase400),
    color: tokens.colorNeutralForeground1,
  },
  bullets: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
  },
  filed: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteGreenBorder2}` },
  failed: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  notice: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  reference: {
    ...heading(tokens.fontSizeHero800, tokens.lineHeightHero800),
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground1,
    userSelect: 'all',
    wordBreak: 'break-all',
  },
});
