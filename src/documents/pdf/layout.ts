import type { Block, Span } from '../summary/summary.types';
import { breakLines } from './line-breaker';
import type { Line, StyledText } from './line-breaker';
import type { PdfFonts } from './pdf-fonts';
import { CONTENT_WIDTH, GUTTER, LABEL_WIDTH, LEADING, LIST_INDENT, MARGIN, NOTICE_INDENT, SIZE } from './pdf-geometry';

export type Tone = 'text' | 'label' | 'marking';
export type DrawnLine = { readonly x: number; readonly line: Line; readonly size: number; readonly tone: Tone };

/** One line of the page: never split across pages. */
export type Row = {
  readonly height: number;
  /** Space above the row, dropped at the top of a page. */
  readonly spaceBefore: number;
  /** Headings stay on the page of what follows them. */
  readonly keepWithNext: boolean;
  readonly lines: readonly DrawnLine[];
  /** Draw the notice bar at the left margin beside this row. */
  readonly bar?: boolean;
};

const styled = (spans: readonly Span[], bold = false): StyledText[] =>
  spans.map((s) => ({ text: s.text, bold: bold || s.strong === true }));

const HEADING_SIZE = { 1: SIZE.h1, 2: SIZE.h2, 3: SIZE.h3 } as const;
const HEADING_SPACE = { 1: 8, 2: 16, 3: 10 } as const;

function rowsOf(
  lines: readonly Line[],
  size: number,
  x: number,
  tone: Tone,
  first: Partial<Row>,
  rest: Partial<Row> = {},
): Row[] {
  return lines.map((line, i) => ({
    height: size * LEADING,
    spaceBefore: 0,
    keepWithNext: false,
    ...(i === 0 ? first : rest),
    lines: [{ x, line, size, tone }],
  }));
}

/** Styled text cut at its line breaks: the pieces of each line of the source, so long text is laid out in parts. */
function hardLines(texts: readonly StyledText[]): StyledText[][] {
  const out: StyledText[][] = [[]];
  for (const t of texts) {
    t.text.split(/\r\n?|\n|\u2028|\u2029/).forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1]!.push({ text: part, bold: t.bold });
    });
  }
  return out;
}

/**
 * The rows of one block of the summary, top to bottom, in parts (a line of a paragraph, a field, a list item) so the
 * caller can hand control back to the host between them.
 */
export function* layoutBlock(block: Block, fonts: PdfFonts): Generator<Row[]> {
  const left = MARGIN.left;
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      const lines = breakLines(styled(block.spans, true), CONTENT_WIDTH, size, fonts);
      yield rowsOf(
        lines,
        size,
        left,
        'text',
        { spaceBefore: HEADING_SPACE[block.level], keepWithNext: true },
        { keepWithNext: true },
      );
      return;
    }
    case 'paragraph': {
      const notice = block.role === 'notice';
      const x = notice ? left + NOTICE_INDENT : left;
      const tone: Tone = block.role === 'marking' ? 'marking' : 'text';
      for (const [i, part] of hardLines(styled(block.spans, block.role === 'marking')).entries()) {
        const lines = breakLines(part, CONTENT_WIDTH - (x - left), SIZE.body, fonts);
        yield rowsOf(
          lines,
          SIZE.body,
          x,
          tone,
          { spaceBefore: i === 0 ? (notice ? 8 : 4) : 0, bar: notice },
          { bar: notice },
        );
      }
      return;
    }
    case 'fields':
      for (const r of block.rows) {
        const labels = breakLines([{ text: r.label, bold: true }], LABEL_WIDTH, SIZE.body, fonts);
        const values = breakLines(styled(r.value), CONTENT_WIDTH - LABEL_WIDTH - GUTTER, SIZE.body, fonts);
        yield Array.from({ length: Math.max(labels.length, values.length) }, (_, i): Row => ({
          height: SIZE.body * LEADING,
          spaceBefore: i === 0 ? 3 : 0,
          keepWithNext: false,
          lines: [
            ...(labels[i] ? [{ x: left, line: labels[i]!, size: SIZE.body, tone: 'label' as const }] : []),
            ...(values[i]
              ? [{ x: left + LABEL_WIDTH + GUTTER, line: values[i]!, size: SIZE.body, tone: 'text' as const }]
              : []),
          ],
        }));
      }
      return;
    case 'list': {
      const bullet = breakLines([{ text: '•', bold: false }], LIST_INDENT, SIZE.body, fonts)[0]!;
      for (const item of block.items) {
        const lines = breakLines(styled(item), CONTENT_WIDTH - LIST_INDENT, SIZE.body, fonts);
        const rows = rowsOf(lines, SIZE.body, left + LIST_INDENT, 'text', { spaceBefore: 2 });
        yield rows.map((r, i) =>
          i === 0
            ? { ...r, lines: [{ x: left + 3, line: bullet, size: SIZE.body, tone: 'text' as const }, ...r.lines] }
            : r,
        );
      }
    }
  }
}
