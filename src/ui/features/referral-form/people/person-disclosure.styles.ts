import { makeStyles, tokens } from '@fluentui/react-components';
import { column } from '../../../components/layout.styles';

export const usePersonDisclosureStyles = makeStyles({
  details: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  // Left-aligned like the fields below it, not a centred button.
  summary: { justifyContent: 'flex-start', paddingInline: 0, minWidth: 0, textAlign: 'start' },
  body: { ...column(tokens.spacingVerticalM), paddingTop: tokens.spacingVerticalS },
});
