// A citation as people read it: "Lewisham Family Hub — parenting offer, ‘Our programmes are not appropriate if’".
// The file name a citation keeps (`seed`) is for audit; the card, the email and the PDF never show it.
import type { Citation } from '../criteria/citation.schema';
import type { Catalogue } from './catalogue.schema';
import type { SourceDocument } from './source-document.schema';

/** A citation as filed in referral.json, which may carry its document's title for auditors. */
export type CitationWithTitle = Citation & { readonly title?: string };

type Named = { readonly source?: SourceDocument; readonly providerName?: string };

const index = new WeakMap<Catalogue, ReadonlyMap<string, Named>>();

/** Every cited name in the catalogue with its document and the provider it comes from, built once per catalogue. */
function namesIn(catalogue: Catalogue): ReadonlyMap<string, Named> {
  const hit = index.get(catalogue);
  if (hit) return hit;
  const names = new Map<string, Named>();
  for (const p of catalogue.providers) {
    if (!names.has(p.seed)) names.set(p.seed, { providerName: p.name });
    for (const s of p.sources ?? []) names.set(s.file, { source: s, providerName: p.name });
  }
  index.set(catalogue, names);
  return names;
}

/** The document a citation names, where the catalogue describes it. */
export function sourceOf(citation: Citation, catalogue: Catalogue): SourceDocument | undefined {
  return namesIn(catalogue).get(citation.seed)?.source;
}

/** A document as people know it: its publisher and what they call it. */
export const sourceName = (s: SourceDocument): string => `${s.publisher} — ${s.shortTitle ?? s.title}`;

/**
 * The words for a citation wherever people see it (the card, the email, the PDF): the document by name and the section
 * heading. Without a described document it falls back to the filed title, then the provider's name; never the file.
 */
export function citationWords(citation: CitationWithTitle, catalogue: Catalogue): string {
  const named = namesIn(catalogue).get(citation.seed);
  const document = named?.source ? sourceName(named.source) : (citation.title ?? named?.providerName);
  const section = `‘${citation.section}’`;
  return document ? `${document}, ${section}` : section;
}
