// referral.pdf in-process: what the Web Worker runs, and what Node hosts pass as their document renderer.
import type { Catalogue, FiledReferral } from '../domain';
import { renderPdf } from '../documents';

/** The PDF in-process, for the Web Worker and for Node. */
export function renderPdfDocument(
  doc: FiledReferral,
  catalogue: Catalogue,
  font: Uint8Array,
  more: { readonly boldFont?: Uint8Array; readonly yieldToHost?: () => Promise<void> } = {},
): Promise<Uint8Array> {
  return renderPdf(doc, catalogue, { font, ...more });
}
