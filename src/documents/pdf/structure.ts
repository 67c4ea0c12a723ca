// The tags of referral.pdf: what a screen reader reads. Layout gives every line the structure element it belongs to;
// drawing turns these plain nodes into pdfkit's structure tree as the lines reach the page, in reading order.

/** PDF 1.7 standard structure types (ISO 32000-1, 14.8.4) the summary needs. */
export type StructType =
  'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'Caption' | 'TR' | 'TH' | 'TD';

/** One structure element; without a parent it is a child of the document's root element. */
export type StructNode = {
  readonly type: StructType;
  readonly parent?: StructNode;
  /** A header cell's reach: its row (a field's label) or its column (a table's header row). */
  readonly scope?: 'Row' | 'Column';
  /**
   * The element's text in reading order, for text with right-to-left words: those are drawn in visual order, which
   * a screen reader would otherwise read backwards.
   */
  readonly actual?: string;
};

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export const structNode = (
  type: StructType,
  parent?: StructNode,
  extra: { readonly scope?: 'Row' | 'Column'; readonly text?: string } = {},
): StructNode => ({
  type,
  ...(parent ? { parent } : {}),
  ...(extra.scope ? { scope: extra.scope } : {}),
  ...(extra.text && RTL.test(extra.text) ? { actual: extra.text } : {}),
});
