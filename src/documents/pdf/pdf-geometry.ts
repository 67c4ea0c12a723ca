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
/** Tables: the gap between columns. */
export const COLUMN_GAP = 10;
/** Notices: a bar at the left margin, then the text indented by this much. */
export const NOTICE_INDENT = 12;

/**
 * Colours as pdfkit takes them (the card's text, label grey, the marking's red, the notice bar's amber and the light
 * grey of the rules between a table's rows).
 */
export const COLOUR = {
  text: '#1b1b1b',
  label: '#424242',
  marking: '#a4262c',
  bar: '#8a5a00',
  rule: '#c8c8c8',
} as const;
