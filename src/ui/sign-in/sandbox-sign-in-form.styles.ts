import { makeStyles, tokens } from '@fluentui/react-components';
import { column, heading, startupPage } from '../components/layout.styles';

export const useSandboxSignInStyles = makeStyles({
  root: startupPage(tokens.spacingVerticalL),
  heading: heading(tokens.fontSizeBase600, tokens.lineHeightBase600),
  form: column(tokens.spacingVerticalL),
  personaDetail: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  submit: {
    alignSelf: 'flex-start',
    minHeight: '32px',
  },
});
