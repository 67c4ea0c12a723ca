// The PDF renderer's Web Worker: pdfkit and the fonts stay off the page's thread, so laying out a long referral never
// blocks the pane (never more than 50 ms at a time). The fonts are fetched once, on the first PDF.
import type { Catalogue, FiledReferral } from '../../../domain';
import { renderPdfDocument } from '../../../filing/pdf-document';
import type { PdfReply, PdfRequest } from './pdf-worker-protocol';

// The project's TypeScript lib is the DOM's; a worker's global needs only these two.
type WorkerScope = {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage(message: PdfReply, transfer?: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;

let fonts: Promise<[Uint8Array, Uint8Array]> | undefined;

async function loadFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

scope.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const { id, doc, catalogue, fontUrl, boldFontUrl } = event.data;
  try {
    fonts ??= Promise.all([loadFont(fontUrl), loadFont(boldFontUrl)]).catch((e: unknown) => {
      fonts = undefined; // offline now need not mean offline for the next PDF
      throw e;
    });
    const [font, boldFont] = await fonts;
    const pdf = await renderPdfDocument(doc as FiledReferral, catalogue as Catalogue, font, { boldFont });
    const reply: PdfReply = { id, ok: true, pdf };
    scope.postMessage(reply, [pdf.buffer as ArrayBuffer]);
  } catch (error) {
    const reply: PdfReply = {
      id,
      ok: false,
      network: error instanceof TypeError || /^font /.test(String((error as Error)?.message)),
    };
    scope.postMessage(reply);
  }
};
