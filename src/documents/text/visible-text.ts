// Free text may hide characters a reader cannot see or that reorder a line (a safeguarding risk): show them instead.

/** The visible stand-in for a code point, e.g. `[U+202E]`. */
export const codePointLabel = (codePoint: number): string =>
  `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;

// C0/C1 controls (not tab or newline), bidi embeddings, overrides, isolates and marks, BOM, interlinear
// annotation, non-characters, and unpaired surrogates.
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Line breaks made uniform (`\n`) and every hidden or reordering character written as `[U+XXXX]`. */
export function visibleText(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(HIDDEN, (c) => codePointLabel(c.charCodeAt(0)));
}
