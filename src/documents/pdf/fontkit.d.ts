// The part of fontkit 2 (pdfkit's font engine) that referral.pdf uses: the package ships no types of its own.
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
  }
  export interface Font {
    readonly unitsPerEm: number;
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): { readonly glyphs: readonly Glyph[] };
  }
  /** A collection (TTC, DFONT) when the bytes hold several fonts. */
  export interface FontCollection {
    readonly fonts: readonly Font[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
