import { makeStyles, tokens } from '@fluentui/react-components';

export const useLoadNoticeStyles = makeStyles({
  text: { margin: 0, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300 },
  failed: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});
