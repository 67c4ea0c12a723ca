import { MARKING } from '../summary/header-section';
import { visualRuns } from './bidi-runs';
import type { Cell, Tone } from './layout';
import type { Line } from './line-breaker';
import type { PlacedRow } from './paginate';
import type { Pacer } from './pacer';
import type { FontFace, PdfFonts } from './pdf-fonts';
import { COLOUR, FOOTER_BASELINE, HEADER_BASELINE, LEADING, MARGIN, PAGE, SIZE } from './pdf-geometry';
import type { TagTree } from './tag-tree';

type Pdf = PDFKit.PDFDocument;

const TONE: Readonly<Record<Tone, string>> = { text: COLOUR.text, label: COLOUR.label, marking: COLOUR.marking };
/** One line of text at a point: our own line breaking has already placed it. */
const AT_POINT = { lineBreak: false, baseline: 'alphabetic' } as const;

// Layout measures y upwards from the foot of the page (as PDF does); pdfkit measures it down from the top.
const down = (y: number) => PAGE.height - y;
// The baseline sits below the row's top by the extra leading above the glyphs plus the font's ascent (about 0.93 em).
const baseline = (top: number, size: number) => top - size * ((LEADING - 1) / 2 + 0.93);

function drawLine(pdf: Pdf, fonts: PdfFonts, x0: number, line: Line, size: number, y: number): void {
  let x = x0;
  for (const piece of line.pieces) {
    const face = piece.bold ? fonts.bold : fonts.regular;
    pdf.font(face.name);
    for (const run of visualRuns(piece.text)) {
      if (run.text.trim()) pdf.text(run.text, x, down(y), AT_POINT);
      // Shaped right-to-left words (Arabic joins its letters) are narrower than their letters measured one by one.
      x += run.rtl ? pdf.widthOfString(run.text) : face.width(run.text, size);
    }
  }
}

const hasText = (cell: Cell) => cell.lines.some((l) => l.pieces.some((p) => p.text.trim()));

/** A cell's lines, top to bottom, as one piece of content: its text is read and copied whole. */
function drawCell(pdf: Pdf, fonts: PdfFonts, cell: Cell, row: PlacedRow): void {
  const step = row.height / Math.max(1, ...row.cells.map((c) => c.lines.length));
  pdf.fontSize(row.size).fillColor(TONE[cell.tone]);
  cell.lines.forEach((line, i) => drawLine(pdf, fonts, cell.x, line, row.size, baseline(row.top - i * step, row.size)));
}

/** The notice bar beside a row and the rule under a table row: decoration, which a screen reader skips. */
function drawDecoration(pdf: Pdf, tags: TagTree, row: PlacedRow): void {
  if (row.bar) tags.artifact('Layout', () => pdf.rect(MARGIN.left, down(row.top), 3, row.height).fill(COLOUR.bar));
  if (!row.rule) return;
  const y = down(row.top - row.height - 1.5);
  const [width, colour] = row.rule === 'header' ? [0.75, COLOUR.label] : [0.4, COLOUR.rule];
  tags.artifact('Layout', () =>
    pdf
      .moveTo(MARGIN.left, y)
      .lineTo(PAGE.width - MARGIN.right, y)
      .lineWidth(width)
      .stroke(colour),
  );
}

/** Text drawn right-aligned to the content's right edge. */
function drawRight(pdf: Pdf, face: FontFace, text: string, y: number): void {
  const safe = face.drawable(text);
  const x = PAGE.width - MARGIN.right - face.width(safe, SIZE.running);
  pdf.font(face.name).fontSize(SIZE.running).fillColor(COLOUR.text).text(safe, x, down(y), AT_POINT);
}

function drawMarking(pdf: Pdf, fonts: PdfFonts, y: number): void {
  pdf
    .font(fonts.bold.name)
    .fontSize(SIZE.running)
    .fillColor(COLOUR.marking)
    .text(MARKING, MARGIN.left, down(y), AT_POINT);
}

/** The marking and the reference at the top, the marking and "Page n of m" at the foot: on every page. */
function drawRunning(pdf: Pdf, tags: TagTree, fonts: PdfFonts, title: string, n: number, of: number): void {
  tags.artifact('Pagination', () => {
    drawMarking(pdf, fonts, HEADER_BASELINE);
    drawRight(pdf, fonts.bold, title, HEADER_BASELINE);
    const rule = down(HEADER_BASELINE - 6);
    pdf
      .moveTo(MARGIN.left, rule)
      .lineTo(PAGE.width - MARGIN.right, rule)
      .lineWidth(0.5)
      .stroke(COLOUR.label);
    drawMarking(pdf, fonts, FOOTER_BASELINE);
    drawRight(pdf, fonts.regular, `Page ${n} of ${of}`, FOOTER_BASELINE);
  });
}

/** Adds a page and draws its running lines and rows: each cell as content of its structure element. */
export async function drawPage(
  pdf: Pdf,
  tags: TagTree,
  fonts: PdfFonts,
  rows: readonly PlacedRow[],
  running: { title: string; n: number; of: number },
  pacer: Pacer,
): Promise<void> {
  pdf.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
  drawRunning(pdf, tags, fonts, running.title, running.n, running.of);
  for (const row of rows) {
    // A table's header drawn again on a new page is an artifact: a screen reader has read it once already.
    if (!row.repeated) for (const node of row.opens ?? []) tags.open(node);
    drawDecoration(pdf, tags, row);
    for (const cell of row.cells.filter(hasText)) {
      const draw = () => drawCell(pdf, fonts, cell, row);
      if (row.repeated) tags.artifact('Pagination', draw);
      else tags.content(cell.node, draw);
    }
    await pacer.check();
  }
}
