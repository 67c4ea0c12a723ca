import { makeStyles, tokens } from '@fluentui/react-components';

export const useSignOutStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  warning: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  problem: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});
