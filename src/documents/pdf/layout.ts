import type { Block, Span } from '../summary/summary.types';
import { visibleText } from '../text/visible-text';
import { breakLines, measure } from './line-breaker';
import type { Line, StyledText } from './line-breaker';
import type { PdfFonts } from './pdf-fonts';
import {
  COLUMN_GAP,
  CONTENT_WIDTH,
  GUTTER,
  LABEL_WIDTH,
  LEADING,
  LIST_INDENT,
  MARGIN,
  NOTICE_INDENT,
  SIZE,
} from './pdf-geometry';
import { structNode } from './structure';
import { columnWidths } from './table-columns';
import type { StructNode } from './structure';

export type Tone = 'text' | 'label' | 'marking';

/** One column of a row: its lines top to bottom, all read as one structure element. */
export type Cell = {
  readonly x: number;
  readonly lines: readonly Line[];
  readonly tone: Tone;
  readonly node: StructNode;
};

/**
 * A band of the page: a line of a heading or paragraph, a field, a list item, a table row. Its cells sit side by side
 * and each is drawn whole, one after the other, so a cell's text is read (and copied) in one piece.
 */
export type Row = {
  /** Type size of its lines. */
  readonly size: number;
  /** Its lines times the line height. */
  readonly height: number;
  /** Space above the row, dropped at the top of a page. */
  readonly spaceBefore: number;
  /** Headings, captions and header rows stay on the page of what follows them. */
  readonly keepWithNext: boolean;
  readonly cells: readonly Cell[];
  /** Moved whole to the next page rather than split, unless it is too tall for that to look right. */
  readonly keepTogether?: boolean;
  /** Draw the notice bar at the left margin beside this row. */
  readonly bar?: boolean;
  /** A rule under the row: below a table's header row, between its rows. */
  readonly rule?: 'header' | 'row';
  /** The table's header row: drawn again at the top of a page that this row starts or continues on. */
  readonly header?: Row;
  /** A header row drawn again on a new page: an artifact, which a screen reader has already read once. */
  readonly repeated?: boolean;
  /**
   * Structure elements that start at this row, in reading order: a table row's cells exist even when one is empty,
   * and a list item's label comes before its body.
   */
  readonly opens?: readonly StructNode[];
};

/** The text of spans as drawn (controls written out), in reading order. */
const plain = (spans: readonly Span[]) => visibleText(spans.map((s) => s.text).join(''));
const styled = (spans: readonly Span[], bold = false): StyledText[] =>
  spans.map((s) => ({ text: s.text, bold: bold || s.strong === true }));

const HEADING_SIZE = { 1: SIZE.h1, 2: SIZE.h2, 3: SIZE.h3 } as const;
const HEADING_SPACE = { 1: 8, 2: 16, 3: 10 } as const;
const LEFT = MARGIN.left;

type RowOptions = Omit<Row, 'size' | 'height' | 'cells' | 'spaceBefore' | 'keepWithNext'> &
  Partial<Pick<Row, 'spaceBefore' | 'keepWithNext'>>;

/** Cells side by side (a field's label and value, a table row's cells) as one row of the page. */
function rowOf(cells: readonly Cell[], size: number, options: RowOptions = {}): Row {
  const lines = Math.max(1, ...cells.map((c) => c.lines.length));
  return { size, height: lines * size * LEADING, spaceBefore: 0, keepWithNext: false, cells, ...options };
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

type HeadingBlock = Extract<Block, { kind: 'heading' }>;
type ParagraphBlock = Extract<Block, { kind: 'paragraph' }>;
type FieldsBlock = Extract<Block, { kind: 'fields' }>;
type ListBlock = Extract<Block, { kind: 'list' }>;
type TableBlock = Extract<Block, { kind: 'table' }>;

function* headingRows(block: HeadingBlock, fonts: PdfFonts): Generator<Row[]> {
  const size = HEADING_SIZE[block.level];
  const node = structNode(`H${block.level}`, undefined, { text: plain(block.spans) });
  const lines = breakLines(styled(block.spans, true), CONTENT_WIDTH, size, fonts);
  const cells = [{ lines, x: LEFT, tone: 'text' as const, node }];
  yield [rowOf(cells, size, { spaceBefore: HEADING_SPACE[block.level], keepWithNext: true, opens: [node] })];
}

/** A paragraph, a row per line of its source text: a long one runs on across pages. */
function* paragraphRows(block: ParagraphBlock, fonts: PdfFonts): Generator<Row[]> {
  const notice = block.role === 'notice';
  const x = notice ? LEFT + NOTICE_INDENT : LEFT;
  const tone: Tone = block.role === 'marking' ? 'marking' : 'text';
  const node = structNode('P', undefined, { text: plain(block.spans) });
  for (const [i, part] of hardLines(styled(block.spans, block.role === 'marking')).entries()) {
    const lines = breakLines(part, CONTENT_WIDTH - (x - LEFT), SIZE.body, fonts);
    const first = i === 0 ? { spaceBefore: notice ? 8 : 4, opens: [node] } : {};
    yield [rowOf([{ lines, x, tone, node }], SIZE.body, { ...first, bar: notice })];
  }
}

/** A fields block is a two-column table: each label a row header, its value the row's one data cell. */
function* fieldRows(block: FieldsBlock, fonts: PdfFonts): Generator<Row[]> {
  const table = structNode('Table');
  for (const r of block.rows) {
    const tr = structNode('TR', table);
    const th = structNode('TH', tr, { scope: 'Row', text: visibleText(r.label) });
    const td = structNode('TD', tr, { text: plain(r.value) });
    const labels = breakLines([{ text: r.label, bold: true }], LABEL_WIDTH, SIZE.body, fonts);
    const values = breakLines(styled(r.value), CONTENT_WIDTH - LABEL_WIDTH - GUTTER, SIZE.body, fonts);
    const cells: Cell[] = [
      { lines: labels, x: LEFT, tone: 'label', node: th },
      { lines: values, x: LEFT + LABEL_WIDTH + GUTTER, tone: 'text', node: td },
    ];
    yield [rowOf(cells, SIZE.body, { spaceBefore: 3, keepTogether: true, opens: [tr, th, td] })];
  }
}

function* listRows(block: ListBlock, fonts: PdfFonts): Generator<Row[]> {
  const list = structNode('L');
  const bullet = breakLines([{ text: '•', bold: false }], LIST_INDENT, SIZE.body, fonts);
  for (const item of block.items) {
    const li = structNode('LI', list);
    const lbl = structNode('Lbl', li);
    const body = structNode('LBody', li, { text: plain(item) });
    const lines = breakLines(styled(item), CONTENT_WIDTH - LIST_INDENT, SIZE.body, fonts);
    const cells: Cell[] = [
      { lines: bullet, x: LEFT + 3, tone: 'text', node: lbl },
      { lines, x: LEFT + LIST_INDENT, tone: 'text', node: body },
    ];
    yield [rowOf(cells, SIZE.body, { spaceBefore: 2, keepTogether: true, opens: [li, lbl, body] })];
  }
}

/** Where each column of a table starts and how wide it is: sized to the text of its header and cells. */
function tableColumns(header: readonly StyledText[][], body: readonly StyledText[][][], fonts: PdfFonts) {
  const extents = header.map((h, i) => {
    const all = [h, ...body.map((cells) => cells[i]!)].map((texts) => measure(texts, SIZE.body, fonts));
    return { min: Math.max(...all.map((e) => e.min)), natural: Math.max(...all.map((e) => e.natural)) };
  });
  const widths = columnWidths(extents, CONTENT_WIDTH - COLUMN_GAP * (header.length - 1));
  let x = LEFT;
  return widths.map((width) => {
    const column = { x, width };
    x += width + COLUMN_GAP;
    return column;
  });
}

/**
 * A table: its caption, a header row (column headers, kept with the first row) and a row per entry, every cell of
 * every column drawn and wrapped within its column. A row moved or carried on to a new page has the header above it.
 */
function* tableRows(block: TableBlock, fonts: PdfFonts): Generator<Row[]> {
  const table = structNode('Table');
  const caption = structNode('Caption', table, { text: visibleText(block.caption) });
  const captionLines = breakLines([{ text: block.caption, bold: true }], CONTENT_WIDTH, SIZE.body, fonts);
  const captionCell = { lines: captionLines, x: LEFT, tone: 'text' as const, node: caption };
  yield [rowOf([captionCell], SIZE.body, { spaceBefore: 8, keepWithNext: true, opens: [caption] })];
  if (!block.columns.length) return;
  const header = block.columns.map((c) => [{ text: c, bold: true }]);
  const body = block.rows.map((cells) => block.columns.map((_, i) => styled(cells[i] ?? [])));
  const columns = tableColumns(header, body, fonts);
  const row = (cells: readonly StyledText[][], options: RowOptions & { th?: boolean }): Row => {
    const tr = structNode('TR', table);
    const nodes = cells.map((texts) => {
      const text = visibleText(texts.map((t) => t.text).join(''));
      return options.th ? structNode('TH', tr, { scope: 'Column', text }) : structNode('TD', tr, { text });
    });
    const drawn = cells.map((texts, i): Cell => {
      const lines = breakLines(texts, columns[i]!.width, SIZE.body, fonts);
      return { lines, x: columns[i]!.x, tone: options.th ? 'label' : 'text', node: nodes[i]! };
    });
    const { th: _th, ...rest } = options;
    return rowOf(drawn, SIZE.body, { spaceBefore: 3, keepTogether: true, opens: [tr, ...nodes], ...rest });
  };
  const headerRow = row(header, { th: true, keepWithNext: true, rule: 'header' });
  yield [headerRow];
  for (const [i, cells] of body.entries())
    yield [row(cells, { header: headerRow, ...(i < body.length - 1 ? { rule: 'row' as const } : {}) })];
}

/**
 * The rows of one block of the summary, top to bottom, in parts (a line of a paragraph, a field, a list item, a
 * table row) so the caller can hand control back to the host between them.
 */
export function layoutBlock(block: Block, fonts: PdfFonts): Generator<Row[]> {
  switch (block.kind) {
    case 'heading':
      return headingRows(block, fonts);
    case 'paragraph':
      return paragraphRows(block, fonts);
    case 'fields':
      return fieldRows(block, fonts);
    case 'list':
      return listRows(block, fonts);
    case 'table':
      return tableRows(block, fonts);
  }
}
