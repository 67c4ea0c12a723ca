import fc from 'fast-check';
import { breakLines } from '../../../src/documents/pdf/line-breaker';
import type { FontFace, PdfFonts } from '../../../src/documents/pdf/pdf-fonts';
import { isHidden } from '../fixtures/hidden';

// Every character one point wide at size 1; "bold" two points. The font has no glyph for "#".
const face = (w: number): FontFace => ({
  name: 'regular',
  kit: undefined as never,
  width: (text, size) => [...text].length * w * size,
  drawable: (text) => text.replace(/#/g, '[U+0023]'),
});
const fonts: PdfFonts = { regular: face(1), bold: face(2) };
const plain = (text: string) => [{ text, bold: false }];
const texts = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.pieces.map((p) => p.text).join(''));

describe('breakLines', () => {
  test('fills lines greedily and drops the space where a line wraps', () => {
    expect(texts(breakLines(plain('aaa bbb ccc dd'), 7, 1, fonts))).toEqual(['aaa bbb', 'ccc dd']);
  });

  test('keeps the line breaks of the text, blank lines included', () => {
    expect(texts(breakLines(plain('one\n\ntwo\r\nthree'), 20, 1, fonts))).toEqual(['one', '', 'two', 'three']);
  });

  test('breaks a word longer than a line across as many lines as it needs', () => {
    const lines = breakLines(plain(`start ${'W'.repeat(25)} end`), 10, 1, fonts);
    expect(texts(lines)).toEqual(['start', 'WWWWWWWWWW', 'WWWWWWWWWW', 'WWWWW end']);
  });

  test('keeps a combining mark with its letter when it breaks a long word', () => {
    const word = 'e\u0301'.repeat(6);
    expect(texts(breakLines(plain(word), 4, 1, fonts)).every((l) => !l.startsWith('\u0301'))).toBe(true);
  });

  test('measures bold and regular pieces with their own face and keeps them apart', () => {
    const lines = breakLines(
      [
        { text: 'Label: ', bold: true },
        { text: 'value here', bold: false },
      ],
      40,
      1,
      fonts,
    );
    expect(lines).toEqual([
      {
        pieces: [
          { text: 'Label: ', bold: true, width: 14 },
          { text: 'value here', bold: false, width: 10 },
        ],
        width: 24,
      },
    ]);
  });

  test('writes characters the font lacks and hidden ones as [U+XXXX] before measuring', () => {
    expect(texts(breakLines(plain('a#b\u0007'), 100, 1, fonts))).toEqual(['a[U+0023]b[U+0007]']);
  });

  test('property: no line is wider than the measure, and no character is lost', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 3, max: 60 }), (raw, max) => {
        const text = [...raw].filter((ch) => !isHidden(ch.codePointAt(0)!) && !'#\r\u2028\u2029'.includes(ch)).join('');
        const lines = breakLines(plain(text), max, 1, fonts);
        for (const l of lines) expect(l.width).toBeLessThanOrEqual(max);
        const squash = (s: string) => s.replace(/\s+/g, '');
        expect(squash(texts(lines).join(''))).toBe(squash(text));
      }),
      { numRuns: 500 },
    );
  });
});
