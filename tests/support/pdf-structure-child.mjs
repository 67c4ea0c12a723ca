/* global process, console */
// Prints what makes a PDF accessible, as JSON: the catalog's language, MarkInfo and viewer preferences, the
// information dictionary, each page's structure tree (pdfjs's getStructTree), the text of each marked-content id,
// and the drawing operators found outside any marked content (untagged content). ESM only, so tests run it in a
// child `node` process, as pdf-text-child.mjs.
import { readFile } from 'node:fs/promises';
import './pdfjs-polyfill.mjs';

const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');

const file = process.argv[2];
if (!file) {
  console.error('Usage: node tests/support/pdf-structure-child.mjs <file.pdf>');
  process.exit(2);
}

// Operators that put something on the page: text, paths, images, shadings.
const DRAWING = new Set(
  [
    'showText',
    'showSpacedText',
    'nextLineShowText',
    'nextLineSetSpacingShowText',
    'constructPath',
    'stroke',
    'fill',
    'eoFill',
    'fillStroke',
    'paintImageXObject',
    'paintInlineImageXObject',
    'shadingFill',
  ].map((name) => OPS[name]),
);
const BEGIN = new Set([OPS.beginMarkedContent, OPS.beginMarkedContentProps]);

/** Text of each marked-content id, the text inside artifacts, and text outside any marked content. */
async function markedText(page) {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const byId = {};
  const stack = [];
  let artifacts = '';
  let unmarked = '';
  for (const item of content.items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item);
    else if (item.type === 'endMarkedContent') stack.pop();
    else if ('str' in item) {
      const tagged = stack.findLast((m) => m.id);
      if (tagged) byId[tagged.id] = (byId[tagged.id] ?? '') + item.str;
      else if (stack.some((m) => m.tag === 'Artifact')) artifacts += item.str;
      else unmarked += item.str;
    }
  }
  return { byId, artifacts, unmarked };
}

/** Drawing operators outside any marked content. */
async function untaggedOperators(page) {
  const { fnArray } = await page.getOperatorList();
  let depth = 0;
  let untagged = 0;
  for (const fn of fnArray) {
    if (BEGIN.has(fn)) depth += 1;
    else if (fn === OPS.endMarkedContent) depth -= 1;
    else if (depth === 0 && DRAWING.has(fn)) untagged += 1;
  }
  return untagged;
}

const data = new Uint8Array(await readFile(file));
const task = getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
const pdf = await task.promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n += 1) {
  const page = await pdf.getPage(n);
  pages.push({
    structTree: await page.getStructTree(),
    ...(await markedText(page)),
    untagged: await untaggedOperators(page),
  });
}
const { info } = await pdf.getMetadata();
// pdfjs 6 gives MarkInfo and the viewer preferences as Maps.
const markInfo = await pdf.getMarkInfo();
const preferences = await pdf.getViewerPreferences();
process.stdout.write(
  JSON.stringify({
    info,
    markInfo: markInfo && Object.fromEntries(markInfo),
    viewerPreferences: Object.fromEntries(preferences ?? []),
    pages,
  }),
);
await task.destroy();
