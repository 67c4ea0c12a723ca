import { makeStyles } from '@fluentui/react-components';

export const useMyReferralsButtonStyles = makeStyles({
  // Sits at the end of the header, before the drafts menu, however wide the pane is.
  end: { marginInlineStart: 'auto' },
});
