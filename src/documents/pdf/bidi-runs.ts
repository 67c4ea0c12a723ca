// pdfkit draws glyphs in the order fontkit gives them: fontkit puts the letters of a right-to-left word in visual
// order, but pdfkit lays out a line word by word and keeps the words in reading order. So a line is cut into runs:
// right-to-left words are drawn as their own runs, in the visual order of a left-to-right line, numbers kept
// left-to-right. (The structure element carries the text in reading order as ActualText, for screen readers.)
// Bidi control characters never get here: visibleText has already written them as [U+XXXX].

const RTL_LETTER = '[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC\\u{10800}-\\u{10FFF}\\u{1E800}-\\u{1EFFF}]';
/** Right-to-left letters with the spaces, marks, digits and punctuation between them. */
const RTL_RUN = new RegExp(`${RTL_LETTER}(?:[^\\p{L}]*${RTL_LETTER})*`, 'gu');
const NUMBER = /^\p{Nd}+(?:[.,:/-]\p{Nd}+)*$/u;
/** Numbers and spaces: the places where a right-to-left run is cut into words. */
const WORD_BREAK = /(\p{Nd}+(?:[.,:/-]\p{Nd}+)*|\s+)/u;

export type Run = { readonly text: string; readonly rtl: boolean };

/** The runs of `text` from left to right as they should appear on the page. */
export function visualRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(RTL_RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), rtl: false });
    // Its words read right to left, each number still left to right; one word per run, so fontkit shapes each
    // with its own script (Arabic joins its letters; Hebrew does not).
    const parts = m[0].split(WORD_BREAK).filter((p) => p !== '');
    for (const part of parts.reverse()) runs.push({ text: part, rtl: !NUMBER.test(part) && !/^\s+$/.test(part) });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), rtl: false });
  return runs;
}
