import { PDFDocument } from 'pdf-lib';
import type { Catalogue, FiledReferral } from '../../domain';
import { DocumentError } from '../document-error';
import { summarise } from '../summary/summarise';
import type { Summary } from '../summary/summary.types';
import { drawPage } from './draw-page';
import { layoutBlock } from './layout';
import type { Row } from './layout';
import { paginate } from './paginate';
import { embedFonts, writeFonts } from './pdf-fonts';
import type { PdfFonts } from './pdf-fonts';
import { Pacer } from './pacer';
import { PAGE } from './pdf-geometry';

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

/** pdf-lib's own pauses while it writes the file: it yields every this many objects. */
const OBJECTS_PER_TICK = 20;

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

/** referral.pdf for one filed referral: A4, the same content as the HTML body, text selectable, fonts subset. */
export async function renderPdf(doc: FiledReferral, catalogue: Catalogue, opts: PdfOptions): Promise<Uint8Array> {
  if (!(opts.font instanceof Uint8Array) || opts.font.length === 0)
    throw new DocumentError('invalid-font', 'No font was given for the PDF. Reload the page and try again.');
  const pacer = new Pacer(opts.yieldToHost ?? macrotask);
  const summary = summarise(doc, catalogue);
  const filedAt = new Date(doc.filedAt);
  // No clock and no random ids: the same referral gives the same bytes on every retry.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(summary.title, { showInWindowTitleBar: true });
  pdf.setSubject('OFFICIAL-SENSITIVE');
  pdf.setKeywords([summary.reference]);
  pdf.setLanguage('en-GB');
  pdf.setCreator('Referral Card');
  pdf.setProducer('Referral Card with pdf-lib');
  pdf.setCreationDate(filedAt);
  pdf.setModificationDate(filedAt);
  const fonts = await embedFonts(pdf, opts.font, opts.boldFont, () => pacer.pause());
  const pages = paginate(await layout(summary, fonts, pacer));
  await pacer.pause();
  for (const [i, rows] of pages.entries()) {
    await drawPage(
      pdf.addPage([PAGE.width, PAGE.height]),
      fonts,
      rows,
      { title: summary.title, n: i + 1, of: pages.length },
      pacer,
    );
  }
  await pacer.pause();
  await writeFonts(fonts, () => pacer.pause());
  return pdf.save({ objectsPerTick: OBJECTS_PER_TICK });
}
