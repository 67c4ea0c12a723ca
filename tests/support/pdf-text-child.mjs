/* global process, console */
// Prints the text of a PDF as JSON, page by page: { pages: [{ text, items: [{ str, x, y }] }], info }.
// pdfjs-dist is ESM only, so tests run this in a child `node` process (jest/swc cannot import it).
import { readFile } from 'node:fs/promises';
import './pdfjs-polyfill.mjs';

const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

const file = process.argv[2];
if (!file) {
  console.error('Usage: node tests/support/pdf-text-child.mjs <file.pdf>');
  process.exit(2);
}
const data = new Uint8Array(await readFile(file));
const task = getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
const pdf = await task.promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n += 1) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  const items = content.items
    .filter((i) => 'str' in i)
    .map((i) => ({
      str: i.str,
      x: Math.round(i.transform[4]),
      y: Math.round(i.transform[5]),
      width: Math.round(i.width),
      eol: i.hasEOL,
    }));
  const text = items.map((i) => i.str + (i.eol ? '\n' : '')).join('');
  const [width, height] = [page.view[2] - page.view[0], page.view[3] - page.view[1]];
  pages.push({ text, items, width, height });
}
const { info } = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages, info }));
await task.destroy();
