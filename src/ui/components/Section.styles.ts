import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Out of view, not laid out or painted: a keystroke's frame costs what is on screen (issue #5). Only for sections
  // whose content changes while they are in view: content that grew while skipped would overlap what follows.
  skipOffscreen: { contentVisibility: 'auto', containIntrinsicSize: 'auto 480px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  description: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
});
