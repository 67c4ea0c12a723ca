// The PDF renderer's Web Worker: pdf-lib and the font stay off the page's thread, so laying out a long referral never
// blocks the pane (never more than 50 ms at a time). The font is fetched once, on the first PDF.
import type { Catalogue, FiledReferral } from '../../../domain';
import { renderPdfDocument } from '../../../filing/pdf-document';
import type { PdfReply, PdfRequest } from './pdf-worker-protocol';

// The project's TypeScript lib is the DOM's; a worker's global needs only these two.
type WorkerScope = {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage(message: PdfReply, transfer?: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;

let font: Promise<Uint8Array> | undefined;

async function loadFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

scope.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const { id, doc, catalogue, fontUrl } = event.data;
  try {
    font ??= loadFont(fontUrl).catch((e: unknown) => {
      font = undefined; // offline now need not mean offline for the next PDF
      throw e;
    });
    const pdf = await renderPdfDocument(doc as FiledReferral, catalogue as Catalogue, await font);
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
