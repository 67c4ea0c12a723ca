import { rgb } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { MARKING } from '../summary/header-section';
import { visualRuns } from './bidi-runs';
import type { DrawnLine, Tone } from './layout';
import type { PlacedRow } from './paginate';
import type { Pacer } from './pacer';
import type { PdfFonts } from './pdf-fonts';
import { COLOUR, FOOTER_BASELINE, HEADER_BASELINE, LEADING, MARGIN, PAGE, SIZE } from './pdf-geometry';

const colour = (c: readonly number[]) => rgb(c[0]!, c[1]!, c[2]!);
const TONE: Readonly<Record<Tone, ReturnType<typeof rgb>>> = {
  text: colour(COLOUR.text),
  label: colour(COLOUR.label),
  marking: colour(COLOUR.marking),
};

// The baseline sits below the row's top by the extra leading above the glyphs plus the font's ascent (about 0.93 em).
const baseline = (top: number, size: number) => top - size * ((LEADING - 1) / 2 + 0.93);

function drawLine(page: PDFPage, fonts: PdfFonts, d: DrawnLine, y: number): void {
  let x = d.x;
  for (const piece of d.line.pieces) {
    const face = piece.bold ? fonts.bold : fonts.regular;
    for (const run of visualRuns(piece.text)) {
      if (run.text.trim()) page.drawText(run.text, { x, y, size: d.size, font: face.pdf, color: TONE[d.tone] });
      // Shaped right-to-left words (Arabic joins its letters) are narrower than their letters measured one by one.
      x += run.rtl ? face.pdf.widthOfTextAtSize(run.text, d.size) : face.width(run.text, d.size);
    }
  }
}

/** Text drawn right-aligned to the content's right edge. */
function drawRight(page: PDFPage, fonts: PdfFonts, text: string, y: number, bold: boolean): void {
  const face = bold ? fonts.bold : fonts.regular;
  const safe = face.drawable(text);
  page.drawText(safe, {
    x: PAGE.width - MARGIN.right - face.width(safe, SIZE.running),
    y,
    size: SIZE.running,
    font: face.pdf,
    color: TONE.text,
  });
}

/** The marking and the reference at the top, the marking and "Page n of m" at the foot: on every page. */
function drawRunning(page: PDFPage, fonts: PdfFonts, title: string, n: number, of: number): void {
  const size = SIZE.running;
  page.drawText(MARKING, { x: MARGIN.left, y: HEADER_BASELINE, size, font: fonts.bold.pdf, color: TONE.marking });
  drawRight(page, fonts, title, HEADER_BASELINE, true);
  page.drawLine({
    start: { x: MARGIN.left, y: HEADER_BASELINE - 6 },
    end: { x: PAGE.width - MARGIN.right, y: HEADER_BASELINE - 6 },
    thickness: 0.5,
    color: TONE.label,
  });
  page.drawText(MARKING, { x: MARGIN.left, y: FOOTER_BASELINE, size, font: fonts.bold.pdf, color: TONE.marking });
  drawRight(page, fonts, `Page ${n} of ${of}`, FOOTER_BASELINE, false);
}

export async function drawPage(
  page: PDFPage,
  fonts: PdfFonts,
  rows: readonly PlacedRow[],
  running: { title: string; n: number; of: number },
  pacer: Pacer,
): Promise<void> {
  drawRunning(page, fonts, running.title, running.n, running.of);
  for (const row of rows) {
    if (row.bar)
      page.drawRectangle({
        x: MARGIN.left,
        y: row.top - row.height,
        width: 3,
        height: row.height,
        color: colour(COLOUR.bar),
      });
    for (const line of row.lines) drawLine(page, fonts, line, baseline(row.top, line.size));
    await pacer.check();
  }
}
