import { makeStyles, tokens } from '@fluentui/react-components';
import { card, heading, plainList } from '../../components/layout.styles';

export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: card(tokens.spacingVerticalM),
  // A person's card is laid out and painted on its own: typing in one does not lay out the other five (and it is
  // skipped while far out of view: skip-offscreen.ts).
  contained: { contain: 'layout paint style' },
  cardTitle: {
    ...heading(tokens.fontSizeBase400),
    color: tokens.colorNeutralForeground1,
  },
  subTitle: {
    ...heading(tokens.fontSizeBase300),
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300 },
  list: plainList(tokens.spacingVerticalS),
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  warning: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
});
