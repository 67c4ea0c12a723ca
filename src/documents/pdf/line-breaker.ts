import { visibleText } from '../text/visible-text';
import type { PdfFonts } from './pdf-fonts';

export type StyledText = { readonly text: string; readonly bold: boolean };
/** Consecutive text of one face on one line. */
export type Piece = { readonly text: string; readonly bold: boolean; readonly width: number };
export type Line = { readonly pieces: readonly Piece[]; readonly width: number };

// A grapheme for breaking purposes: a code point with the combining marks that follow it.
const GRAPHEME = /\P{M}\p{M}*|\p{M}+/gu;

class LineBuilder {
  readonly lines: Line[] = [];
  private pieces: Piece[] = [];
  private width = 0;
  private space: Piece | undefined;

  constructor(private readonly maxWidth: number) {}

  get empty() {
    return this.pieces.length === 0;
  }

  /** Room left on this line for a word after the pending space. */
  fits(width: number) {
    return this.width + (this.space?.width ?? 0) + width <= this.maxWidth;
  }

  addSpace(piece: Piece) {
    // Spaces at the start of a wrapped line are dropped; between words they are kept once.
    if (!this.empty)
      this.space = this.space
        ? { ...this.space, text: this.space.text + piece.text, width: this.space.width + piece.width }
        : piece;
  }

  addText(piece: Piece) {
    if (this.space) this.push(this.space);
    this.space = undefined;
    this.push(piece);
  }

  endLine() {
    this.lines.push({ pieces: this.pieces, width: this.width });
    this.pieces = [];
    this.width = 0;
    this.space = undefined;
  }

  private push(piece: Piece) {
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.bold === piece.bold)
      this.pieces[this.pieces.length - 1] = {
        bold: last.bold,
        text: last.text + piece.text,
        width: last.width + piece.width,
      };
    else this.pieces.push(piece);
    this.width += piece.width;
  }
}

/** The text as drawn, cut at its line breaks, and how to measure a piece of it. */
function prepare(t: StyledText, size: number, fonts: PdfFonts) {
  const face = t.bold ? fonts.bold : fonts.regular;
  const piece = (text: string): Piece => ({ text, bold: t.bold, width: face.width(text, size) });
  // Split at line breaks first: the font has no glyph for "\n", so drawable() would write it as [U+000A].
  const paragraphs = visibleText(t.text)
    .replace(/\t/g, ' ')
    .split('\n')
    .map((p) => face.drawable(p));
  return { paragraphs, piece };
}

/** How wide styled text is: its widest word (`min`) and its longest line unbroken (`natural`), at `size`. */
export type Extent = { readonly min: number; readonly natural: number };

/** The extent of styled text, measured as breakLines would draw it: sizes a table's columns to their content. */
export function measure(texts: readonly StyledText[], size: number, fonts: PdfFonts): Extent {
  let min = 0;
  let natural = 0;
  let line = 0;
  texts.forEach((t) => {
    const { paragraphs, piece } = prepare(t, size, fonts);
    paragraphs.forEach((para, i) => {
      if (i > 0) line = 0;
      for (const token of para.split(/( +)/)) {
        const width = token ? piece(token).width : 0;
        if (!token.startsWith(' ')) min = Math.max(min, width);
        line += width;
        natural = Math.max(natural, line);
      }
    });
  });
  return { min, natural };
}

/**
 * Greedy line breaking of styled text into `maxWidth` points at `size`. Line breaks in the text are kept; a word
 * longer than a line (a 10,000-character name) is broken between graphemes across as many lines as it needs.
 */
export function breakLines(texts: readonly StyledText[], maxWidth: number, size: number, fonts: PdfFonts): Line[] {
  const b = new LineBuilder(maxWidth);
  texts.forEach((t) => {
    const { paragraphs, piece } = prepare(t, size, fonts);
    paragraphs.forEach((para, i) => {
      if (i > 0) b.endLine();
      for (const token of para.split(/( +)/)) {
        if (token === '') continue;
        if (token.startsWith(' ')) {
          b.addSpace(piece(token));
          continue;
        }
        const word = piece(token);
        if (b.fits(word.width)) b.addText(word);
        else if (word.width <= maxWidth) {
          b.endLine();
          b.addText(word);
        } else {
          if (!b.empty) b.endLine();
          for (const g of token.match(GRAPHEME) ?? []) {
            const part = piece(g);
            if (!b.empty && !b.fits(part.width)) b.endLine();
            b.addText(part);
          }
        }
      }
    });
  });
  b.endLine();
  return b.lines;
}
