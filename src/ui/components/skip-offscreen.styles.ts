import { makeStyles } from '@fluentui/react-components';

export const useSkipOffscreenStyles = makeStyles({
  // The browser remembers the part's size each time it lays it out (contain-intrinsic-size: auto) and, once the part
  // is marked (skip-offscreen.ts), neither lays out nor paints it while it is far out of view: a keystroke's frame
  // then costs what is near the screen, not the whole referral.
  root: {
    containIntrinsicSize: 'auto none',
    '&[data-skip-offscreen]': { contentVisibility: 'auto' },
  },
});
