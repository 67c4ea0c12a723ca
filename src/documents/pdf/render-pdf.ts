import PDFDocument from 'pdfkit';
import type { Catalogue, FiledReferral } from '../../domain';
import { DocumentError } from '../document-error';
import { summarise } from '../summary/summarise';
import type { Summary } from '../summary/summary.types';
import { drawPage } from './draw-page';
import { layoutBlock } from './layout';
import type { Row } from './layout';
import { paginate } from './paginate';
import { loadFonts } from './pdf-fonts';
import type { PdfFonts } from './pdf-fonts';
import { Pacer } from './pacer';
import { TagTree } from './tag-tree';

export type PdfOptions = {
  /** TrueType font bytes (DejaVu Sans): the caller loads them, so rendering stays a pure function. */
  readonly font: Uint8Array;
  readonly boldFont?: Uint8Array;
  /**
   * Called between slices of work (about 12 ms each) so rendering never blocks the page for more than 50 ms.
   * Defaults to a macrotask (setTimeout 0).
   */
  readonly yieldToHost?: () => Promise<void>;
};

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function layout(summary: Summary, fonts: PdfFonts, pacer: Pacer): Promise<Row[]> {
  const rows: Row[] = [];
  for (const block of summary.blocks) {
    for (const part of layoutBlock(block, fonts)) {
      rows.push(...part);
      await pacer.check();
    }
  }
  return rows;
}

/**
 * A tagged PDF (PDF 1.7, language en-GB, its title shown in the window's title bar), as the accessibility
 * regulations ask of a public body's documents. No clock and no random ids: the same referral gives the same bytes
 * on every retry (pdfkit derives the file's id from this information).
 */
function createDocument(summary: Summary, filedAt: Date, fonts: PdfFonts): PDFKit.PDFDocument {
  const pdf = new PDFDocument({
    autoFirstPage: false,
    // No standard font: pdfkit would read its metrics from files, which a browser worker does not have.
    font: null as unknown as string,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: summary.title,
      Subject: 'OFFICIAL-SENSITIVE',
      Author: 'Referral Card',
      Keywords: summary.reference,
      Creator: 'Referral Card',
      Producer: 'Referral Card with PDFKit',
      CreationDate: filedAt,
      ModDate: filedAt,
    },
  });
  // pdfkit embeds an already parsed font as it is: the worker parses the bytes once, not once per PDF.
  const asSource = (face: PdfFonts['regular']) => face.kit as unknown as PDFKit.Mixins.PDFFontSource;
  pdf.registerFont(fonts.regular.name, asSource(fonts.regular));
  if (fonts.bold !== fonts.regular) pdf.registerFont(fonts.bold.name, asSource(fonts.bold));
  return pdf;
}

/** The whole file, once pdfkit has written it. */
function bytesOf(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    pdf.on('error', reject);
    pdf.on('end', () => {
      // A fresh buffer of its own: the worker transfers it whole to the page.
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      resolve(out);
    });
  });
}

/** referral.pdf for one filed referral: A4, tagged, the same content as the HTML body, fonts embedded as subsets. */
export function renderPdf(doc: FiledReferral, catalogue: Catalogue, opts: PdfOptions): Promise<Uint8Array> {
  return renderSummaryPdf(summarise(doc, catalogue), new Date(doc.filedAt), opts);
}

/** The PDF of a summary, whatever blocks it holds, dated `filedAt`. */
export async function renderSummaryPdf(summary: Summary, filedAt: Date, opts: PdfOptions): Promise<Uint8Array> {
  if (!(opts.font instanceof Uint8Array) || opts.font.length === 0)
    throw new DocumentError('invalid-font', 'No font was given for the PDF. Reload the page and try again.');
  const pacer = new Pacer(opts.yieldToHost ?? macrotask);
  const fonts = await loadFonts(opts.font, opts.boldFont, () => pacer.pause());
  const pages = paginate(await layout(summary, fonts, pacer));
  await pacer.pause();
  const pdf = createDocument(summary, filedAt, fonts);
  const bytes = bytesOf(pdf);
  const tags = new TagTree(pdf);
  for (const [i, rows] of pages.entries()) {
    await drawPage(pdf, tags, fonts, rows, { title: summary.title, n: i + 1, of: pages.length }, pacer);
  }
  tags.end();
  await pacer.pause();
  pdf.end();
  return bytes;
}
