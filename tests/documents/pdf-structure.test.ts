// referral.pdf is a tagged PDF: a public body's documents fall under the accessibility regulations. The structure
// tree is read whole from the file (pdf-lib's parser) and its text from the marked content (pdfjs-dist).
import { catalogue } from '../../src/catalogues';
import { DocumentError, summarise } from '../../src/documents';
import { renderSummaryPdf } from '../../src/documents/pdf/render-pdf';
import type { Block, Span, Summary } from '../../src/documents/summary/summary.types';
import { descendants, tagTree, textOf } from '../support/pdf-tags';
import type { Tag } from '../support/pdf-tags';
import { pdfStructure, pdfText, squash } from '../support/pdf-text';
import type { PdfStructure } from '../support/pdf-text';
import { BOLD_FONT, exampleDocument, FONT, maximalDocument } from './fixtures/documents';

const FILED = new Date('2026-11-23T09:45:00Z');
const render = (summary: Summary) => renderSummaryPdf(summary, FILED, { font: FONT, boldFont: BOLD_FONT });
const spansText = (spans: readonly Span[]) => spans.map((s) => s.text).join('');

type Tagged = { bytes: Uint8Array; structure: PdfStructure; root: Tag };
async function tagged(summary: Summary): Promise<Tagged> {
  const bytes = await render(summary);
  const root = await tagTree(bytes);
  if (!root) throw new Error('no structure tree');
  return { bytes, structure: await pdfStructure(bytes), root };
}

/** The element each block of the summary is read as; an empty list or field table draws nothing. */
function expectedRole(block: Block): string | undefined {
  switch (block.kind) {
    case 'heading':
      return `H${block.level}`;
    case 'paragraph':
      return 'P';
    case 'list':
      return block.items.length ? 'L' : undefined;
    case 'fields':
      return block.rows.length ? 'Table' : undefined;
    case 'table':
      return 'Table';
  }
}

/** 1-based page numbers an element's content is on. */
const pagesOf = (tag: Tag, s: PdfStructure): number[] => {
  const ids = [...tag.content, ...descendants(tag).flatMap((d) => d.content)];
  return [...new Set(ids.map((id) => s.pages.findIndex((p) => id in p.byId) + 1))].sort((a, b) => a - b);
};

function expectNothingUntagged(s: PdfStructure) {
  s.pages.forEach((p, i) => {
    expect(p.untagged).toBe(0);
    expect(p.unmarked).toBe('');
    expect(p.artifacts).toContain(`Page ${i + 1} of ${s.pages.length}`);
  });
}

describe('referral.pdf of a typical referral, as a screen reader reads it', () => {
  const summary = summarise(exampleDocument(), catalogue);
  let doc: Tagged;
  beforeAll(async () => {
    doc = await tagged(summary);
  });

  test('is marked as tagged, in British English, PDF 1.7, with its title shown instead of the file name', () => {
    expect(doc.structure.markInfo).toMatchObject({ Marked: true });
    expect(doc.structure.info).toMatchObject({ Language: 'en-GB', PDFFormatVersion: '1.7', Title: summary.title });
    expect(doc.structure.viewerPreferences).toMatchObject({ DisplayDocTitle: true });
    expect(summary.title).toMatch(/^Referral RC-/);
  });

  test('has every block of the summary as one element of the Document, in order, with its text', () => {
    expect(doc.root.role).toBe('Document');
    const blocks = summary.blocks.filter((b) => expectedRole(b));
    expect(doc.root.children.map((c) => c.role)).toEqual(blocks.map(expectedRole));
    blocks.forEach((b, i) => {
      if (b.kind === 'heading' || b.kind === 'paragraph')
        expect(squash(textOf(doc.root.children[i]!, doc.structure))).toBe(squash(spansText(b.spans)));
    });
    expect(doc.root.children.filter((c) => /^H[123]$/.test(c.role)).length).toBeGreaterThan(3);
  });

  test('reads each list as L > LI > (Lbl, LBody), one item per entry', () => {
    const lists = summary.blocks.filter((b) => b.kind === 'list' && b.items.length);
    const tags = doc.root.children.filter((c) => c.role === 'L');
    expect(tags).toHaveLength(lists.length);
    tags.forEach((l, i) => {
      const items = (lists[i] as Extract<Block, { kind: 'list' }>).items;
      expect(l.children.map((c) => c.role)).toEqual(items.map(() => 'LI'));
      l.children.forEach((li, j) => {
        expect(li.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
        expect(textOf(li.children[0]!, doc.structure)).toBe('•');
        expect(squash(textOf(li.children[1]!, doc.structure))).toBe(squash(spansText(items[j]!)));
      });
    });
  });

  test('reads each set of fields as a table: a row per field, its label a row header', () => {
    const fields = summary.blocks.filter((b) => b.kind === 'fields' && b.rows.length);
    const tables = doc.root.children.filter((c) => c.role === 'Table');
    expect(tables.length).toBeGreaterThanOrEqual(fields.length);
    const first = tables[0]!;
    const rows = (fields[0] as Extract<Block, { kind: 'fields' }>).rows;
    expect(first.children.map((r) => r.children.map((c) => `${c.role}${c.scope ? `:${c.scope}` : ''}`))).toEqual(
      rows.map(() => ['TH:Row', 'TD']),
    );
    first.children.forEach((tr, i) => {
      expect(squash(textOf(tr.children[0]!, doc.structure))).toBe(squash(rows[i]!.label));
      expect(squash(textOf(tr.children[1]!, doc.structure))).toBe(squash(spansText(rows[i]!.value)));
    });
  });

  test('leaves no page content untagged: the running header and footer are artifacts', () => {
    expectNothingUntagged(doc.structure);
    expect(doc.structure.pages[0]!.artifacts).toContain(summary.title);
  });

  test('opens with the summary: its first blocks are on page 1', () => {
    const opening = doc.root.children.slice(0, 4);
    for (const tag of opening) expect(pagesOf(tag, doc.structure)).toEqual([1]);
  });

  test("opens with the family: the family's heading is on page 1", () => {
    const family = doc.root.children.find((c) => /^H[12]$/.test(c.role) && /family/i.test(textOf(c, doc.structure)));
    expect(family).toBeDefined();
    expect(pagesOf(family!, doc.structure)).toEqual([1]);
  });
});

describe('referral.pdf of the longest referral', () => {
  const summary = summarise(maximalDocument(), catalogue);
  let doc: Tagged;
  beforeAll(async () => {
    doc = await tagged(summary);
  });

  test('opens with the family: the people, the reason and how to contact them start on page 1', () => {
    const family = summary.blocks.findIndex((b) => b.kind === 'heading' && /family/i.test(spansText(b.spans)));
    const contact = summary.blocks.findIndex((b, i) => i > family && b.kind === 'fields');
    expect(family).toBeGreaterThan(0);
    // Every block is an element of the Document here (none is empty), so block i is child i.
    expect(doc.root.children).toHaveLength(summary.blocks.length);
    for (const tag of doc.root.children.slice(0, contact)) expect(pagesOf(tag, doc.structure)).toEqual([1]);
    const people = doc.root.children[family + 1]!;
    expect(people.role).toBe('Table');
    expect(people.children.length).toBeGreaterThanOrEqual(4);
    for (const row of doc.root.children[contact]!.children.slice(0, 3))
      expect(pagesOf(row, doc.structure)).toEqual([1]);
  });

  test('reads each table as Caption, a header row of column headers, then a row of data cells per entry', () => {
    const tables = summary.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const tags = doc.root.children.filter((c) => c.children[0]?.role === 'Caption');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(tags).toHaveLength(tables.length);
    tags.forEach((tag, t) => {
      const [, header, ...rows] = tag.children;
      expect(header!.children.map((c) => `${c.role}:${c.scope}`)).toEqual(tables[t]!.columns.map(() => 'TH:Column'));
      expect(rows).toHaveLength(tables[t]!.rows.length);
      rows.forEach((row, r) => {
        expect(row.children.map((c) => c.role)).toEqual(tables[t]!.columns.map(() => 'TD'));
        row.children.forEach((cell, c) =>
          expect(squash(textOf(cell, doc.structure))).toBe(squash(spansText(tables[t]!.rows[r]![c] ?? []))),
        );
      });
    });
  });

  test('leaves no page content untagged', () => {
    expectNothingUntagged(doc.structure);
  });
});

describe('a table over several pages', () => {
  const columns = ['Name', 'Who', 'Date of birth', 'School or nursery', 'GP'];
  const rows = Array.from({ length: 90 }, (_, i) =>
    [`Person ${i + 1}`, 'Child', '2 June 2014 (age 12)', 'Example Academy', 'Example Medical Centre'].map((t) => [
      { text: t, data: true },
    ]),
  );
  let doc: Tagged;
  beforeAll(async () => {
    doc = await tagged({
      title: 'Referral RC-0C5E2A9F',
      reference: 'RC-0C5E2A9F',
      blocks: [{ kind: 'table', caption: 'The people in the family', columns, rows }],
    });
  });

  test('repeats its header row on each page as an artifact: a screen reader reads it once', () => {
    expect(doc.structure.pages.length).toBeGreaterThanOrEqual(2);
    const table = doc.root.children[0]!;
    expect(table.children.map((c) => c.role)).toEqual(['Caption', ...Array.from({ length: 91 }, () => 'TR')]);
    expect(table.children.filter((tr) => tr.children.some((c) => c.role === 'TH'))).toHaveLength(1);
    for (const page of doc.structure.pages.slice(1)) expect(squash(page.artifacts)).toContain(squash(columns.join('')));
    expectNothingUntagged(doc.structure);
  });

  test('has every row once, in order', async () => {
    const names = (await pdfText(doc.bytes)).pages.flatMap((p) => p.text.match(/Person \d+/g) ?? []);
    expect(names).toEqual(Array.from({ length: 90 }, (_, i) => `Person ${i + 1}`));
  });
});

const HOSTILE = '<script>alert("x")</script> & &amp; Tom & Jerry\'s <b>bold</b>';
const ARABIC = 'مرحبا بالعالم';
const HEBREW = 'שלום עולם';
const LONG_WORD = `W${'x'.repeat(3000)}Z`;
const CHRONOLOGY = Array.from({ length: 400 }, (_, i) => `Entry ${i + 1}: the family was visited & seen.`)
  .join('\n')
  .padEnd(20_000, ' and more.');

const summaryOf = (blocks: Block[]): Summary => ({ title: 'Referral RC-0C5E2A9F', reference: 'RC-0C5E2A9F', blocks });
const text = (t: string): Span[] => [{ text: t, data: true }];

describe('a summary with every kind of block and hostile text', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', role: 'marking', spans: [{ text: 'OFFICIAL-SENSITIVE', strong: true }] },
    { kind: 'heading', level: 1, spans: text('Referral RC-0C5E2A9F') },
    { kind: 'heading', level: 2, spans: text(`The family of ${ARABIC} and ${HEBREW}`) },
    {
      kind: 'fields',
      rows: [
        { label: 'Name', value: text(HOSTILE) },
        { label: 'Also known as', value: text(LONG_WORD) },
      ],
    },
    {
      kind: 'table',
      caption: 'What is asked of each service',
      columns: ['Service', 'Asked', 'Contact'],
      rows: [
        [text('NVR & Triple P'), text(HOSTILE), text(ARABIC)],
        [text('Phoenix'), [], text(HEBREW)],
      ],
    },
    { kind: 'heading', level: 3, spans: text('Chronology') },
    { kind: 'paragraph', role: 'notice', spans: text('Advice is asked for.') },
    { kind: 'list', items: [text(HOSTILE), text(`${HEBREW} 123`), text(LONG_WORD)] },
    { kind: 'paragraph', spans: text(CHRONOLOGY) },
  ];
  let doc: Tagged;
  beforeAll(async () => {
    doc = await tagged(summaryOf(blocks));
  });

  test('tags every block in order, headings at their levels', () => {
    expect(doc.root.children.map((c) => c.role)).toEqual(['P', 'H1', 'H2', 'Table', 'Table', 'H3', 'P', 'L', 'P']);
    // Right-to-left words are drawn in visual order; the heading's ActualText gives them in reading order.
    expect(doc.root.children[2]!.actual).toBe(`The family of ${ARABIC} and ${HEBREW}`);
    expect(doc.root.children[1]!.actual).toBeUndefined();
  });

  test('a table has its caption first, a header row of column headers, and a data cell for every column', () => {
    const table = doc.root.children[4]!;
    expect(table.children.map((c) => c.role)).toEqual(['Caption', 'TR', 'TR', 'TR']);
    expect(textOf(table.children[0]!, doc.structure)).toBe('What is asked of each service');
    const [header, ...rows] = table.children.slice(1);
    expect(header!.children.map((c) => `${c.role}:${c.scope}`)).toEqual(['TH:Column', 'TH:Column', 'TH:Column']);
    // pdfjs puts a space before text that starts further along the same line: squash it away.
    expect(header!.children.map((c) => squash(textOf(c, doc.structure)))).toEqual(['Service', 'Asked', 'Contact']);
    for (const row of rows) expect(row.children.map((c) => c.role)).toEqual(['TD', 'TD', 'TD']);
    // An empty cell is still a cell: the columns after it keep their headers.
    expect(squash(textOf(rows[1]!.children[1]!, doc.structure))).toBe('');
    expect(squash(textOf(rows[0]!.children[1]!, doc.structure))).toBe(squash(HOSTILE));
  });

  test('markup characters, right-to-left names and very long words reach the tags as written', () => {
    const all = squash(textOf(doc.root, doc.structure));
    expect(all).toContain(squash(HOSTILE));
    expect(all.split(squash(LONG_WORD)).length - 1).toBe(2);
    const heading = textOf(doc.root.children[2]!, doc.structure);
    for (const word of [...ARABIC.split(' '), ...HEBREW.split(' ')]) expect(heading).toContain(word);
  });

  test('20,000 characters of text run over several pages and lose nothing', async () => {
    const chronology = doc.root.children[8]!;
    expect(pagesOf(chronology, doc.structure).length).toBeGreaterThanOrEqual(5);
    // Compared as booleans: a failure would print 20,000 characters twice.
    expect(squash(textOf(chronology, doc.structure)) === squash(CHRONOLOGY)).toBe(true);
    const entries = (await pdfText(doc.bytes)).pages.flatMap((p) => p.text.match(/Entry \d+:/g) ?? []);
    expect(entries).toEqual(Array.from({ length: 400 }, (_, i) => `Entry ${i + 1}:`));
  });

  test('every page is tagged content or an artifact, the notice bar included', () => {
    expectNothingUntagged(doc.structure);
  });
});

describe('fonts', () => {
  test.each<[string, { font: Uint8Array; boldFont?: Uint8Array }]>([
    ['no regular font', { font: new Uint8Array() }],
    ['a regular font that is not a font', { font: new TextEncoder().encode('<html>not a font</html>') }],
    ['a bold font that is not a font', { font: FONT, boldFont: FONT.slice(0, 200) }],
  ])('%s gives a DocumentError that says what to do', async (_name, fonts) => {
    const error = await renderSummaryPdf(summaryOf([]), FILED, fonts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('invalid-font');
    expect((error as DocumentError).message).toMatch(/Reload the page and try again/);
  });

  test('an empty summary still gives one tagged page with its running lines', async () => {
    const empty = await tagged(summaryOf([]));
    expect(empty.structure.pages).toHaveLength(1);
    expect(empty.root.children).toEqual([]);
    expectNothingUntagged(empty.structure);
  });
});
