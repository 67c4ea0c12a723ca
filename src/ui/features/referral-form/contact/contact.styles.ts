import { makeStyles, tokens } from '@fluentui/react-components';
import { column, heading } from '../../../components/layout.styles';

export const useContactStyles = makeStyles({
  // A group of fields under one heading (an address, the safe-to questions), read as one by a screen reader.
  group: { ...column(tokens.spacingVerticalM), border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: {
    ...heading(tokens.fontSizeBase400),
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  // Two short fields side by side where there is room (town and postcode), stacked in a narrow pane.
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
  },
});
