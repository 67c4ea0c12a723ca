// referral.pdf rendered in a Web Worker (webpack bundles pdf.worker.ts and the font as assets, loaded on demand).
import type { Catalogue, FiledReferral } from '../../../domain';
import type { DocumentRenderer } from '../../../filing';
import { FilingFailure } from '../../../filing';
import type { PdfReply, PdfRequest } from './pdf-worker-protocol';

// webpack emits DejaVu Sans and its bold as assets next to the pages; the worker fetches them on the first PDF only.
const FONT_URL = new URL('dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url).href;
const BOLD_FONT_URL = new URL('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', import.meta.url).href;

export function createPdfWorkerRenderer(): DocumentRenderer {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (e: unknown) => void }>();
  const failAll = () => {
    for (const w of waiting.values()) w.reject(new FilingFailure('server'));
    waiting.clear();
    worker?.terminate();
    worker = undefined; // the next PDF starts a fresh worker
  };
  const start = () => {
    const w = new Worker(new URL('./pdf.worker.ts', import.meta.url), { name: 'referral-pdf' });
    w.onmessage = (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.pdf);
      else
        pending.reject(
          new FilingFailure(reply.network ? (navigator.onLine === false ? 'offline' : 'connection') : 'server'),
        );
    };
    w.onerror = (event) => {
      event.preventDefault();
      failAll();
    };
    return w;
  };
  return (doc: FiledReferral, catalogue: Catalogue) =>
    new Promise<Uint8Array>((resolve, reject) => {
      worker ??= start();
      const id = (next += 1);
      waiting.set(id, { resolve, reject });
      const request: PdfRequest = { id, doc, catalogue, fontUrl: FONT_URL, boldFontUrl: BOLD_FONT_URL };
      worker.postMessage(request);
    });
}
