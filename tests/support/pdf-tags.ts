// The whole structure tree of a PDF, read from its catalog with pdf-lib's object parser (pdfjs only shows the part of
// the tree on one page), with each element's text taken from pdfjs's marked content (pdfStructure).
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import type { PdfStructure } from './pdf-text';

export type Tag = {
  readonly role: string;
  readonly scope?: string;
  /** ActualText: what a screen reader reads instead of the drawn glyphs. */
  readonly actual?: string;
  readonly children: Tag[];
  /** Its own marked content (not its children's), as pdfjs names it: p<page object>R_mc<mcid>. */
  readonly content: string[];
};

const name = (dict: PDFDict, key: string) => dict.lookup(PDFName.of(key))?.toString().replace(/^\//, '');

function tagOf(doc: PDFDocument, dict: PDFDict, pageOf: (d: PDFDict) => PDFRef | undefined): Tag {
  const tag: Tag = { role: name(dict, 'S') ?? '?', children: [], content: [] };
  const attributes = dict.lookup(PDFName.of('A'));
  const scope = attributes instanceof PDFDict ? name(attributes, 'Scope') : undefined;
  const kids = dict.get(PDFName.of('K'));
  const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  for (const kid of list) {
    const resolved = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    if (resolved instanceof PDFNumber) tag.content.push(`p${pageOf(dict)?.objectNumber}R_mc${resolved.asNumber()}`);
    else if (resolved instanceof PDFDict && name(resolved, 'Type') === 'MCR') {
      const page = resolved.get(PDFName.of('Pg')) as PDFRef;
      tag.content.push(`p${page.objectNumber}R_mc${(resolved.lookup(PDFName.of('MCID')) as PDFNumber).asNumber()}`);
    } else if (resolved instanceof PDFDict) tag.children.push(tagOf(doc, resolved, pageOf));
  }
  const actual = dict.lookup(PDFName.of('ActualText'));
  return {
    ...tag,
    ...(scope ? { scope } : {}),
    ...(actual instanceof PDFString || actual instanceof PDFHexString ? { actual: actual.decodeText() } : {}),
  };
}

/** The structure tree's root element (Document), or undefined when the PDF is not tagged. */
export async function tagTree(bytes: Uint8Array): Promise<Tag | undefined> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) return undefined;
  const top = root.lookup(PDFName.of('K'));
  const first = top instanceof PDFArray ? top.lookup(0) : top;
  if (!(first instanceof PDFDict)) return undefined;
  return tagOf(doc, first, (d) => d.get(PDFName.of('Pg')) as PDFRef | undefined);
}

/** Every element below `tag`, depth first, in reading order. */
export const descendants = (tag: Tag): Tag[] => tag.children.flatMap((c) => [c, ...descendants(c)]);

/** The text of an element and everything in it, from the marked content pdfjs extracted. */
export function textOf(tag: Tag, structure: PdfStructure): string {
  const ids: Record<string, string> = Object.assign({}, ...structure.pages.map((p) => p.byId));
  return [...tag.content.map((id) => ids[id] ?? ''), ...tag.children.map((c) => textOf(c, structure))].join('');
}
