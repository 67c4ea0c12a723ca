import { makeStyles, tokens } from '@fluentui/react-components';
import { column, heading, startupPage } from './layout.styles';

export const useStartupMessageStyles = makeStyles({
  root: startupPage(tokens.spacingVerticalM),
  message: column(tokens.spacingVerticalS),
  heading: heading(tokens.fontSizeBase500, tokens.lineHeightBase500),
  body: {
    margin: 0,
  },
  action: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '24px',
  },
});
