import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { DocumentError } from '../document-error';
import { codePointLabel } from '../text/visible-text';

type KitFont = ReturnType<typeof fontkit.create>;

/** A face of the embedded font, with the metrics line breaking needs. */
export type FontFace = {
  readonly pdf: PDFFont;
  /** Width of `text` at `size`, in points (sum of glyph advances, as pdf-lib draws them). */
  width(text: string, size: number): number;
  /** `text` with every character the font has no glyph for written as `[U+XXXX]`, so nothing is lost silently. */
  drawable(text: string): string;
};
export type PdfFonts = { readonly regular: FontFace; readonly bold: FontFace };

// Parsing a font takes time: a worker that renders many PDFs passes the same bytes and parses them once.
const parsed = new WeakMap<Uint8Array, KitFont>();

function parse(bytes: Uint8Array): KitFont {
  let font = parsed.get(bytes);
  if (font) return font;
  try {
    font = fontkit.create(bytes);
  } catch {
    throw new DocumentError('invalid-font', 'The PDF font could not be read. Reload the page and try again.');
  }
  if (!font || typeof font.hasGlyphForCodePoint !== 'function') {
    throw new DocumentError(
      'invalid-font',
      'The PDF font is not a single TrueType or OpenType font. Reload the page and try again.',
    );
  }
  parsed.set(bytes, font);
  return font;
}

// pdf-lib lays out every drawText with fontkit's OpenType shaper but keeps only the glyph ids, not their positions:
// text without right-to-left letters, combining marks or Thai/Lao skips the shaper (about 4x faster to draw).
const NEEDS_SHAPING = /[\p{M}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u0E00-\u0EFF]/u;

function withPlainLayout(kit: KitFont): KitFont {
  return new Proxy(kit, {
    get(target, prop) {
      if (prop === 'layout') {
        return (text: string, features?: Parameters<KitFont['layout']>[1]) =>
          NEEDS_SHAPING.test(text) ? target.layout(text, features) : { glyphs: target.glyphsForString(text) };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Zero-width joiners and variation selectors. */
const isJoiner = (cp: number) => cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);

type Metrics = { readonly advance: (cp: number) => number; readonly has: (cp: number) => boolean };
const metricsCache = new WeakMap<KitFont, Metrics>();

/** Advance widths (in em) and glyph coverage per code point, looked up once per font for the page's life. */
function metricsOf(kit: KitFont): Metrics {
  let m = metricsCache.get(kit);
  if (m) return m;
  const advance = new Map<number, number>();
  const covered = new Map<number, boolean>();
  m = {
    advance(cp) {
      let a = advance.get(cp);
      if (a === undefined) advance.set(cp, (a = kit.glyphForCodePoint(cp).advanceWidth / kit.unitsPerEm));
      return a;
    },
    has(cp) {
      let c = covered.get(cp);
      if (c === undefined) covered.set(cp, (c = kit.hasGlyphForCodePoint(cp)));
      return c;
    },
  };
  metricsCache.set(kit, m);
  return m;
}

function faceOf(pdf: PDFFont, kit: KitFont): FontFace {
  const { advance: advanceOf, has } = metricsOf(kit);
  return {
    pdf,
    width(text, size) {
      let w = 0;
      for (const ch of text) w += advanceOf(ch.codePointAt(0)!);
      return w * size;
    },
    drawable(text) {
      let out = '';
      let afterLabel = false;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        // A joiner or variation selector after a character written as [U+XXXX] joins nothing: write it out too.
        const label: boolean = !has(cp) || (afterLabel && isJoiner(cp));
        out += label ? codePointLabel(cp) : ch;
        afterLabel = label;
      }
      return out;
    },
  };
}

/** Embeds the caller's font bytes, subset so only the glyphs used travel (text stays selectable). */
export async function embedFonts(
  doc: PDFDocument,
  font: Uint8Array,
  boldFont: Uint8Array | undefined,
  pause: () => Promise<void>,
): Promise<PdfFonts> {
  const kits = new Map<Uint8Array, KitFont>();
  for (const bytes of boldFont ? [font, boldFont] : [font]) {
    kits.set(bytes, parse(bytes));
    await pause();
  }
  // pdf-lib asks its fontkit to parse the bytes again: hand it the fonts already parsed.
  doc.registerFontkit({ create: (bytes: Uint8Array) => withPlainLayout(kits.get(bytes) ?? parse(bytes)) });
  const regular = faceOf(await doc.embedFont(font, { subset: true }), kits.get(font)!);
  const bold = boldFont ? faceOf(await doc.embedFont(boldFont, { subset: true }), kits.get(boldFont)!) : regular;
  return { regular, bold };
}

/**
 * Writes each font's subset into the document, one font per slice: pdf-lib would otherwise subset them all in one go
 * inside save(), the longest step of the whole rendering.
 */
export async function writeFonts(fonts: PdfFonts, pause: () => Promise<void>): Promise<void> {
  for (const face of new Set([fonts.regular, fonts.bold])) {
    await face.pdf.embed();
    await pause();
  }
}
