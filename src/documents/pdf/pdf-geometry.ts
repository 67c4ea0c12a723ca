// A4 page geometry and type sizes of referral.pdf, in PDF points (1/72 inch).
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 56, right: 56, top: 72, bottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Where the running header and footer sit (baselines). */
export const HEADER_BASELINE = PAGE.height - 40;
export const FOOTER_BASELINE = 32;

export const SIZE = { body: 10, h1: 18, h2: 13.5, h3: 11, running: 8.5 } as const;
/** Line height as a multiple of the type size. */
export const LEADING = 1.4;

/** Field tables: label column, then a gutter, then the value. */
export const LABEL_WIDTH = 150;
export const GUTTER = 12;
/** Lists: the bullet, then the item's text indented by this much. */
export const LIST_INDENT = 14;
/** Notices: a bar at the left margin, then the text indented by this much. */
export const NOTICE_INDENT = 12;

export const COLOUR = {
  text: [0.106, 0.106, 0.106],
  label: [0.259, 0.259, 0.259],
  marking: [0.643, 0.149, 0.173],
  bar: [0.541, 0.353, 0],
} as const;
