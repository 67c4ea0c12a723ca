import { create } from 'fontkit';
import type { Font as KitFont } from 'fontkit';
import { DocumentError } from '../document-error';
import { codePointLabel } from '../text/visible-text';

/** A face of the embedded font, with the metrics line breaking needs. */
export type FontFace = {
  /** The name the face is registered under in the PDF document. */
  readonly name: 'regular' | 'bold';
  /** The parsed font, handed to pdfkit to embed. */
  readonly kit: KitFont;
  /** Width of `text` at `size`, in points (sum of glyph advances). */
  width(text: string, size: number): number;
  /** `text` with every character the font has no glyph for written as `[U+XXXX]`, so nothing is lost silently. */
  drawable(text: string): string;
};
export type PdfFonts = { readonly regular: FontFace; readonly bold: FontFace };

// Parsing a font takes time: a worker that renders many PDFs passes the same bytes and parses them once.
const parsed = new WeakMap<Uint8Array, KitFont>();

const unreadable = (why: string) => new DocumentError('invalid-font', `${why} Reload the page and try again.`);

function parse(bytes: Uint8Array): KitFont {
  let font = parsed.get(bytes);
  if (font) return font;
  let made: ReturnType<typeof create> | undefined;
  try {
    made = create(bytes);
  } catch {
    throw unreadable('The PDF font could not be read.');
  }
  if (!made || !('hasGlyphForCodePoint' in made) || typeof made.hasGlyphForCodePoint !== 'function')
    throw unreadable('The PDF font is not a single TrueType or OpenType font.');
  font = made;
  parsed.set(bytes, font);
  return font;
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

function faceOf(name: FontFace['name'], kit: KitFont): FontFace {
  const { advance: advanceOf, has } = metricsOf(kit);
  return {
    name,
    kit,
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

/** Parses the caller's font bytes (regular, and bold when given), one font per slice of work. */
export async function loadFonts(
  font: Uint8Array,
  boldFont: Uint8Array | undefined,
  pause: () => Promise<void>,
): Promise<PdfFonts> {
  const regular = faceOf('regular', parse(font));
  if (!boldFont) return { regular, bold: regular };
  await pause();
  return { regular, bold: faceOf('bold', parse(boldFont)) };
}
