// Tables in referral.pdf: every cell of any number of columns is drawn inside its column, and a long table runs on
// across pages with its header row above the rows on each new page.
import { layoutBlock } from '../../../src/documents/pdf/layout';
import type { Row } from '../../../src/documents/pdf/layout';
import { paginate } from '../../../src/documents/pdf/paginate';
import type { PlacedRow } from '../../../src/documents/pdf/paginate';
import { loadFonts } from '../../../src/documents/pdf/pdf-fonts';
import type { PdfFonts } from '../../../src/documents/pdf/pdf-fonts';
import { COLUMN_GAP, MARGIN, PAGE } from '../../../src/documents/pdf/pdf-geometry';
import type { Block, Span } from '../../../src/documents/summary/summary.types';
import { visibleText } from '../../../src/documents';
import { BOLD_FONT, FONT } from '../fixtures/documents';

type TableBlock = Extract<Block, { kind: 'table' }>;
const text = (t: string): Span[] => [{ text: t, data: true }];
const squash = (t: string) => t.replace(/\s+/g, '');
const drawn = (row: Row, i: number) => row.cells[i]!.lines.map((l) => l.pieces.map((p) => p.text).join('')).join(' ');

const COLUMNS = ['Name', 'Who', 'Date of birth', 'School or nursery', 'GP', 'Notes'];
const cellsOf = (i: number): Span[][] => [
  text(i % 7 === 3 ? 'Aleksandra Wiśniewska-Kowalczyk Example' : `Person ${i} Example`),
  text(i % 5 === 0 ? 'ex-partner of Dana, father of Sam (other adult)' : 'Child'),
  text('2 June 2014 (age 12)'),
  i % 4 === 0 ? [] : text('Example Academy'),
  text(i % 3 === 0 ? 'שלום עולם Medical Centre' : 'Example Medical Centre'),
  text(i % 6 === 0 ? '<script>alert("x")</script> & a note that runs on for a while to wrap' : ''),
];
const table = (rows: number, extra: Span[][][] = []): TableBlock => ({
  kind: 'table',
  caption: 'The people in the family',
  columns: COLUMNS,
  rows: [...Array.from({ length: rows }, (_, i) => cellsOf(i)), ...extra],
});

let fonts: PdfFonts;
beforeAll(async () => {
  fonts = await loadFonts(FONT, BOLD_FONT, async () => {});
});
const rowsOf = (block: Block) => [...layoutBlock(block, fonts)].flat();

describe('a table with six columns', () => {
  test('draws every cell of every row, empty ones included, with nothing lost', () => {
    const block = table(30);
    const [caption, header, ...body] = rowsOf(block);
    expect(drawn(caption!, 0)).toBe('The people in the family');
    expect(COLUMNS.map((_, i) => drawn(header!, i))).toEqual(COLUMNS);
    expect(body).toHaveLength(30);
    body.forEach((row, r) => {
      expect(row.cells).toHaveLength(6);
      row.cells.forEach((_, i) =>
        expect(squash(drawn(row, i))).toBe(squash(visibleText(block.rows[r]![i]!.map((s) => s.text).join('')))),
      );
    });
  });

  test('keeps each cell inside its column: no line runs into the next column or past the margin', () => {
    for (const row of rowsOf(table(30)).slice(1)) {
      row.cells.forEach((cell, i) => {
        const right = row.cells[i + 1] ? row.cells[i + 1]!.x - COLUMN_GAP : PAGE.width - MARGIN.right;
        expect(cell.x).toBeGreaterThanOrEqual(MARGIN.left);
        for (const line of cell.lines) expect(cell.x + line.width).toBeLessThanOrEqual(right + 0.01);
      });
    }
  });

  test('sizes columns to their content: a name and a date stay on one line, the notes wrap', () => {
    const notes = 'Sam has become aggressive at home and has broken a door; the school reports the same. '.repeat(3);
    const block: TableBlock = {
      kind: 'table',
      caption: 'Children',
      columns: ['Name', 'Date of birth', 'Notes'],
      rows: [
        [text('Sam Example'), text('2 June 2014 (age 12)'), text(notes)],
        [text('Aleksandra Wiśniewska-Kowalczyk'), text('1 February 2027'), text('None')],
      ],
    };
    const body = rowsOf(block).slice(2);
    for (const row of body) {
      expect(row.cells[0]!.lines).toHaveLength(1);
      expect(row.cells[1]!.lines).toHaveLength(1);
    }
    expect(body[0]!.cells[2]!.lines.length).toBeGreaterThan(3);
  });

  test('breaks no word of an ordinary name between its letters, however many columns', () => {
    const words = rowsOf(table(30))
      .slice(2)
      .flatMap((row) => row.cells.flatMap((c) => c.lines.flatMap((l) => l.pieces.map((p) => p.text))));
    expect(words.join(' ')).toContain('Wiśniewska-Kowalczyk');
  });

  test('a word wider than the page is broken inside its cell and kept whole', () => {
    const long = `W${'x'.repeat(3000)}Z`;
    const rows = rowsOf(table(1, [[text(long), text('Child'), [], [], [], []]]));
    const last = rows[rows.length - 1]!;
    expect(squash(drawn(last, 0).replace(/ /g, ''))).toBe(long);
    for (const line of last.cells[0]!.lines)
      expect(last.cells[0]!.x + line.width).toBeLessThanOrEqual(last.cells[1]!.x);
  });
});

describe('a table over several pages', () => {
  const onPages = (block: Block): PlacedRow[][] => paginate(rowsOf(block));

  test('has its header row at the top of every page it carries on to, drawn as a repeat', () => {
    const pages = onPages(table(120));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]![1]!.repeated).toBeUndefined();
    for (const page of pages.slice(1)) {
      expect(page[0]!.repeated).toBe(true);
      expect(drawn(page[0]!, 0)).toBe('Name');
      expect(page[1]!.repeated).toBeUndefined();
    }
  });

  test('never splits a short row, and keeps every row inside the margins', () => {
    const pages = onPages(table(120));
    const body = pages
      .flat()
      .filter((r) => !r.repeated && r.cells.length === 6)
      .slice(1);
    expect(body).toHaveLength(120);
    for (const page of pages)
      for (const row of page) {
        expect(row.top).toBeLessThanOrEqual(PAGE.height - MARGIN.top);
        expect(row.top - row.height).toBeGreaterThanOrEqual(MARGIN.bottom - 0.01);
      }
  });

  test('splits a row taller than a third of a page at the foot of the page, losing no line', () => {
    const long = Array.from({ length: 90 }, (_, i) => `Entry ${i + 1}.`).join('\n');
    const block = table(40, [[text('Dana'), text(long), [], [], [], []]]);
    const rows = rowsOf(block);
    const tall = rows[rows.length - 1]!;
    const pages = paginate(rows);
    const pieces = pages.flat().filter((r) => r.cells[1]?.node === tall.cells[1]!.node);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    // Only the first piece opens the row's elements; the rest carry on below a repeated header.
    expect(pieces[0]!.opens).toBeDefined();
    expect(pieces.slice(1).every((p) => p.opens === undefined)).toBe(true);
    const entries = pieces.flatMap((p) => p.cells[1]!.lines.map((l) => l.pieces.map((x) => x.text).join('')));
    expect(entries).toEqual(long.split('\n'));
    const start = pages.findIndex((p) => p.includes(pieces[0]!));
    for (const page of pages.slice(start + 1, start + pieces.length)) expect(page[0]!.repeated).toBe(true);
    // The page the row starts on is filled down to the foot: at most a line's height is left.
    const first = pieces[0]!;
    expect(first.top - first.height - MARGIN.bottom).toBeLessThan(first.size * 1.4 + 0.01);
  });
});
