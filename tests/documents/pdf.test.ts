import { create } from 'fontkit';
import type { Font } from 'fontkit';
import { catalogue } from '../../src/catalogues';
import type { FiledReferral } from '../../src/domain';
import { DocumentError, renderPdf, summarise, visibleText } from '../../src/documents';
import { LABEL_WIDTH, MARGIN, PAGE } from '../../src/documents/pdf/pdf-geometry';
import { descendants, tagTree, textOf } from '../support/pdf-tags';
import { pdfStructure, pdfText, squash } from '../support/pdf-text';
import type { PdfText } from '../support/pdf-text';
import { BOLD_FONT, copy, exampleDocument, FONT, maximalDocument } from './fixtures/documents';
import { freeTextLeaves, withText } from './fixtures/free-text';
import { hostileBaseDocuments, isShown } from './fixtures/hostile-documents';
import { label } from './fixtures/hidden';
import { HOSTILE } from './fixtures/hostile';

const render = (doc: FiledReferral, yieldToHost?: () => Promise<void>) =>
  renderPdf(doc, catalogue, { font: FONT, boldFont: BOLD_FONT, ...(yieldToHost ? { yieldToHost } : {}) });

const isBody = (i: { y: number }) => i.y > MARGIN.bottom - 12 && i.y < PAGE.height - MARGIN.top + 12;

/** The text between the running header and footer, page after page. */
const bodyText = (pdf: PdfText, keep: (i: { x: number }) => boolean = () => true) =>
  pdf.pages
    .map((p) =>
      p.items
        .filter((i) => isBody(i) && keep(i))
        .map((i) => i.str)
        .join(''),
    )
    .join('');

/**
 * The body as drawn, `all` of it and column by column. Each cell of a row (a field's label, its value, a table's
 * cell) is drawn whole before the next, so its text is in one piece in `all`; a row carried on to the next page has
 * its label in one piece in `left` and its value in `right` (field values start right of the label column).
 */
const columns = (pdf: PdfText) => {
  const valueColumn = (i: { x: number }) => i.x >= MARGIN.left + LABEL_WIDTH;
  return {
    all: squash(bodyText(pdf)),
    left: squash(bodyText(pdf, (i) => !valueColumn(i))),
    right: squash(bodyText(pdf, valueColumn)),
  };
};
/**
 * The text drawn in each cell, paragraph, heading and list item, read from the marked content its structure element
 * points at: a table row too tall to move whole to the next page is carried on there, so its cells' text is drawn in
 * two pieces, one on each page, with the other cells' between them.
 */
async function elementTexts(bytes: Uint8Array): Promise<string[]> {
  const [root, structure] = await Promise.all([tagTree(bytes), pdfStructure(bytes)]);
  return descendants(root!)
    .filter((t) => t.children.length === 0)
    .map((t) => squash(textOf(t, structure)));
}

/** Whether `text` is drawn whole, read in any of the ways above or as the text of one element. */
const drawnWhole = (view: ReturnType<typeof columns>, elements: readonly string[], text: string) =>
  [view.all, view.left, view.right, ...elements].some((column) => column.includes(squash(inPdf(text))));

// The PDF writes a character the font has no glyph for as [U+XXXX], so nothing is lost silently.
// A joiner after such a character joins nothing and is written out as well. pdfjs does not read back the zero-width
// joiners and variation selectors that remain, so the comparison leaves them out.
const kit = create(FONT) as Font;
const isZeroWidth = (cp: number) => cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);
function inPdf(text: string): string {
  let out = '';
  let afterLabel = false;
  for (const ch of visibleText(text)) {
    const cp = ch.codePointAt(0)!;
    const written: boolean =
      ch === '\n' || ch === '\t' || (kit.hasGlyphForCodePoint(cp) && !(afterLabel && isZeroWidth(cp)));
    if (written && !isZeroWidth(cp)) out += ch;
    if (!written) out += label(cp);
    afterLabel = !written;
  }
  return out;
}

function expectRunningLines(pdf: PdfText, title: string) {
  const m = pdf.pages.length;
  pdf.pages.forEach((p, i) => {
    expect([p.width, p.height]).toEqual([PAGE.width, PAGE.height]);
    const running = p.items
      .filter((it) => it.y >= PAGE.height - MARGIN.top + 12 || it.y <= MARGIN.bottom - 12)
      .map((it) => it.str);
    expect(running).toEqual(expect.arrayContaining(['OFFICIAL-SENSITIVE', title, `Page ${i + 1} of ${m}`]));
    expect(running.filter((s) => s === 'OFFICIAL-SENSITIVE')).toHaveLength(2);
  });
}

/** Every line of body text stays inside the margins. */
function expectInsideMargins(pdf: PdfText) {
  for (const p of pdf.pages) {
    for (const it of p.items.filter((i) => i.str.trim())) {
      expect(it.x).toBeGreaterThanOrEqual(MARGIN.left - 1);
      expect(it.x + it.width).toBeLessThanOrEqual(PAGE.width - MARGIN.right + 2);
    }
  }
}

describe('referral.pdf', () => {
  let typical: Uint8Array;
  let typicalText: PdfText;
  beforeAll(async () => {
    typical = await render(exampleDocument());
    typicalText = await pdfText(typical);
  });

  test('is A4 with the marking, the reference and "Page n of m" on every page', () => {
    expect(typicalText.pages.length).toBeGreaterThanOrEqual(2);
    expectRunningLines(typicalText, 'Referral RC-6B1F0D5E');
    expectInsideMargins(typicalText);
  });

  test('has the same content as the HTML body: every piece of text of the summary is in the PDF', () => {
    const view = columns(typicalText);
    const summary = summarise(exampleDocument(), catalogue);
    const lost: string[] = [];
    const find = (column: string, text: string) => {
      if (!column.includes(squash(inPdf(text)))) lost.push(text);
    };
    for (const b of summary.blocks) {
      if (b.kind === 'fields')
        b.rows.forEach((r) => {
          // The label in the label column, the value beside it.
          find(view.left, r.label);
          find(view.right, r.value.map((x) => x.text).join(''));
        });
      else if (b.kind === 'table') {
        find(view.all, b.caption);
        b.columns.forEach((c) => find(view.all, c));
        b.rows.forEach((cells) => cells.forEach((cell) => find(view.all, cell.map((x) => x.text).join(''))));
      } else
        (b.kind === 'list'
          ? b.items.map((i) => i.map((x) => x.text).join(''))
          : [b.spans.map((x) => x.text).join('')]
        ).forEach((t) => find(view.all, t));
    }
    expect(summary.blocks.length).toBeGreaterThan(20);
    expect(lost).toEqual([]);
  });

  test('its metadata has the reference and marking, the language, the filing time, and no names', () => {
    expect(typicalText.info).toMatchObject({
      Title: 'Referral RC-6B1F0D5E',
      Subject: 'OFFICIAL-SENSITIVE',
      Keywords: 'RC-6B1F0D5E',
      Language: 'en-GB',
      CreationDate: 'D:20261123094500Z',
    });
    expect(JSON.stringify(typicalText.info)).not.toMatch(/Dana|Sam|Alex|Priya/);
  });

  test('the same document gives the same bytes (a retried filing attaches the identical file)', async () => {
    expect(Buffer.from(await render(exampleDocument())).equals(Buffer.from(typical))).toBe(true);
  });

  test('embeds only the glyphs it uses: the file is a fraction of the font', () => {
    expect(typical.byteLength).toBeLessThan(FONT.byteLength / 5);
  });

  test('works without a bold font', async () => {
    const text = await pdfText(await renderPdf(exampleDocument(), catalogue, { font: FONT }));
    expect(squash(bodyText(text))).toContain(squash('The service in this message'));
  });

  test.each<[string, Uint8Array]>([
    ['empty bytes', new Uint8Array()],
    ['bytes that are not a font', new TextEncoder().encode('not a font at all, just words')],
  ])('refuses %s as a font with a DocumentError in words', async (_name, font) => {
    const error = await renderPdf(exampleDocument(), catalogue, { font }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('invalid-font');
    expect((error as DocumentError).message).toMatch(/font/);
  });

  test('hands control back to the host between slices of work', async () => {
    let yields = 0;
    const bytes = await render(maximalDocument(), async () => {
      yields += 1;
    });
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe('a long referral', () => {
  const lines = Array.from({ length: 600 }, (_, i) => `Line ${String(i + 1).padStart(4, '0')} of the chronology.`);
  let text: PdfText;
  beforeAll(async () => {
    const doc = copy(exampleDocument());
    doc.referral.notes = lines.join('\n');
    text = await pdfText(await render(doc));
  });

  test('runs to as many pages as its lines need, each numbered "of" the right total', () => {
    // About 50 body lines fit on an A4 page at 10 pt: 600 lines of notes need at least 12 pages more.
    expect(text.pages.length).toBeGreaterThanOrEqual(14);
    expect(text.pages.length).toBeLessThanOrEqual(20);
    expectRunningLines(text, 'Referral RC-6B1F0D5E');
  });

  test('loses no line at a page break and keeps them in order', () => {
    const found = bodyText(text).match(/Line \d{4}/g) ?? [];
    expect(found).toEqual(lines.map((l) => l.slice(0, 9)));
  });

  test('keeps every line inside the margins', () => {
    expectInsideMargins(text);
    for (const p of text.pages) {
      for (const it of p.items) expect(it.y === 32 || it.y >= MARGIN.bottom - 12).toBe(true);
    }
  });
});

describe('hostile text in the PDF', () => {
  const base = hostileBaseDocuments()[0]!;
  const leaves = freeTextLeaves(base);
  const filled = (text: string) => {
    const values = leaves.map((leaf, i) => ({ leaf, value: `⟦${i}⟧${text}` }));
    return { doc: [...values].reverse().reduce((d, { leaf, value }) => withText(d, leaf, value), base), values };
  };

  test.each(Object.entries(HOSTILE).filter(([k]) => k !== 'longName'))(
    '%s in every free-text field is readable, nothing lost',
    async (_kind, hostile) => {
      const { doc, values } = filled(hostile);
      const bytes = await render(doc);
      const pdf = await pdfText(bytes);
      expectRunningLines(pdf, 'Referral RC-0C5E2A9F');
      expectInsideMargins(pdf);
      const [view, elements] = [columns(pdf), await elementTexts(bytes)];
      const missing = values
        .filter(({ leaf }) => isShown(base, leaf))
        .filter(({ value }) => !drawnWhole(view, elements, value))
        .map(({ leaf }) => leaf.path.join('.'));
      expect(missing).toEqual([]);
    },
  );

  test('controls, bidi overrides and glyphs the font lacks are written as [U+XXXX]', async () => {
    const doc = copy(base);
    doc.referral.notes = 'bell\u0007 null\u0000 rlo\u202Eevil\u202C unicorn🦄 smile😀 done';
    const body = squash(bodyText(await pdfText(await render(doc))));
    expect(body).toContain(squash('bell[U+0007] null[U+0000] rlo[U+202E]evil[U+202C] unicorn[U+1F984] smile😀 done'));
  });

  test('an emoji sequence the font cannot draw is written out whole, joiners included', async () => {
    const doc = copy(base);
    doc.referral.notes = 'family 👨\u200D👩\u200D👧 end';
    const body = squash(bodyText(await pdfText(await render(doc))));
    expect(body).toContain('family[U+1F468][U+200D][U+1F469][U+200D][U+1F467]end');
  });

  test('right-to-left names are drawn in visual order without reordering the rest of the line', async () => {
    const doc = copy(base);
    doc.referral.people[0]!.name = 'Hebrew שלום עולם then 123';
    const pdf = await pdfText(await render(doc));
    const line = pdf.pages
      .flatMap((p) => p.items)
      .filter((i) => /then/.test(i.str))
      .map((i) => i.str);
    // pdfjs reads the right-to-left run back in logical order; the Latin words around it stay where they were.
    expect(line.join(' ')).toMatch(/Hebrew.*שלום.*עולם|Hebrew.*עולם.*שלום/);
    expect(line.join(' ')).toMatch(/then 123/);
  });

  test('a 10,000-character name is broken across lines and kept whole', async () => {
    const doc = copy(base);
    const name = `N${'Ω'.repeat(9_998)}Z`;
    doc.referral.people[0]!.name = name;
    const occurrences = summarise(doc, catalogue)
      .blocks.flatMap((b) =>
        b.kind === 'fields'
          ? b.rows.flatMap((r) => r.value)
          : b.kind === 'list'
            ? b.items.flat()
            : b.kind === 'table'
              ? b.rows.flat(2)
              : b.spans,
      )
      .filter((s) => s.text.includes(name)).length;
    const pdf = await pdfText(await render(doc));
    expectInsideMargins(pdf);
    expect(occurrences).toBeGreaterThanOrEqual(2);
    expect((bodyText(pdf).match(/Ω/g) ?? []).length).toBe(9_998 * occurrences);
  });
});
