import { makeStyles, tokens } from '@fluentui/react-components';

export const useAddressLookupStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  choose: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  select: { maxWidth: '100%', minWidth: '16rem' },
  chosen: { margin: 0, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300 },
});
