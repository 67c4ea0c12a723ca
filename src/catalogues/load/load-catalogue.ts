import {
  expandProviderFile,
  isRecord,
  mergeCatalogue,
  providerFileSchema,
  validateCatalogue,
  validateWith,
} from '../../domain';
import type { Catalogue, Issue, ProviderCatalogue } from '../../domain';
import type { CatalogueIssue, Loaded } from './catalogue-issue';
import { locate, parseCatalogueText } from './parse-document';
import type { ParsedDocument } from './parse-document';

/** One provider file's text and the name to report its problems under. */
export type SourceFile = { readonly file: string; readonly text: string };

type Located = { readonly doc: ParsedDocument; readonly part: ProviderCatalogue };

function providerPart(doc: ParsedDocument): Loaded<Located> {
  const shape = validateWith(providerFileSchema, doc.value);
  return shape.ok
    ? { ok: true, value: { doc, part: expandProviderFile(shape.value) } }
    : { ok: false, issues: locate(doc, shape.issues) };
}

const LISTS: ReadonlySet<unknown> = new Set(['services', 'ruleSets', 'questions', 'packageRules', 'timeStandards']);

const sizeOf = (part: ProviderCatalogue, head: unknown): number =>
  head === 'providers'
    ? 1
    : LISTS.has(head)
      ? ((part[head as keyof ProviderCatalogue] as unknown[] | undefined)?.length ?? 0)
      : 0;

/** Turns a path in the merged catalogue back into the provider file and the path within it. */
function sourceOf(parts: readonly Located[], issue: Issue): CatalogueIssue {
  const [head, index, ...rest] = issue.path;
  let offset = 0;
  if (typeof index !== 'number') return { ...issue, file: parts.map((p) => p.doc.file).join(', ') };
  for (const { doc, part } of parts) {
    const size = sizeOf(part, head);
    if (index < offset + size) {
      const path = head === 'providers' ? ['provider', ...rest] : [head!, index - offset, ...rest];
      return locate(doc, [{ ...issue, path }])[0]!;
    }
    offset += size;
  }
  return { ...issue, file: parts.map((p) => p.doc.file).join(', ') };
}

/** Checks and merges parsed provider files, in order, into one catalogue; every problem names its file. */
export function buildParsed(version: string, docs: readonly ParsedDocument[]): Loaded<Catalogue> {
  const parts: Located[] = [];
  const issues: CatalogueIssue[] = [];
  for (const loaded of docs.map(providerPart)) {
    if (loaded.ok) parts.push(loaded.value);
    else issues.push(...loaded.issues);
  }
  if (issues.length) return { ok: false, issues };
  const merged = validateCatalogue(
    mergeCatalogue(
      version,
      parts.map((p) => p.part),
    ),
  );
  return merged.ok ? merged : { ok: false, issues: merged.issues.map((i) => sourceOf(parts, i)) };
}

/** Parses, checks and merges provider files, in order, into one catalogue. */
export function buildCatalogue(version: string, sources: readonly SourceFile[]): Loaded<Catalogue> {
  const parsed = sources.map((s) => parseCatalogueText(s.text, s.file));
  const unparsed = parsed.flatMap((p) => (p.ok ? [] : p.issues));
  if (unparsed.length) return { ok: false, issues: unparsed };
  return buildParsed(
    version,
    parsed.flatMap((p) => (p.ok ? [p.value] : [])),
  );
}

/** Loads one provider file, defaults filled in, without checking references to other files. */
export function loadProviderText(text: string, file: string): Loaded<ProviderCatalogue> {
  const parsed = parseCatalogueText(text, file);
  const loaded = parsed.ok ? providerPart(parsed.value) : parsed;
  return loaded.ok ? { ok: true, value: loaded.value.part } : loaded;
}

/** A provider file has a `provider`; anything else is read as a whole catalogue (built, imported or exported). */
export const isProviderFile = (value: unknown) => isRecord(value) && 'provider' in value;

// The version of a catalogue made of one provider file, checked on its own.
const ONE_FILE = 'one provider file';

/** Checks one parsed file: a provider file (on its own) or a whole catalogue. */
export function checkDocument(doc: ParsedDocument): Loaded<Catalogue> {
  if (isProviderFile(doc.value)) return buildParsed(ONE_FILE, [doc]);
  const result = validateCatalogue(doc.value);
  return result.ok ? result : { ok: false, issues: locate(doc, result.issues) };
}

/** Checks one file's text: a provider file (on its own) or a whole catalogue. */
export function loadCatalogueText(text: string, file: string): Loaded<Catalogue> {
  const parsed = parseCatalogueText(text, file);
  return parsed.ok ? checkDocument(parsed.value) : parsed;
}
