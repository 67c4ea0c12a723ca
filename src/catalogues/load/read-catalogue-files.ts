import { promises as fs } from 'node:fs';
import path from 'node:path';
import { catalogueManifestSchema, formatBytes, formatMegabytes, validateWith } from '../../domain';
import type { Catalogue } from '../../domain';
import { fileIssue } from './catalogue-issue';
import type { Loaded } from './catalogue-issue';
import { buildParsed } from './load-catalogue';
import type { SourceFile } from './load-catalogue';
import { locate, parseCatalogueText } from './parse-document';
import type { ParsedDocument } from './parse-document';

/** Catalogue files are small; a file this large is the wrong file. */
export const MAX_CATALOGUE_BYTES = 10 * 1024 * 1024;

/** The list of the built-in catalogue's provider files, relative to the working directory of `npm run build`. */
export const BUILT_IN_MANIFEST = 'src/catalogues/providers/built-in.yaml';
export const BUILT_IN_OUTPUT = 'src/catalogues/generated/built-in.catalogue.json';

/** Reads a file's text, refusing what is missing, unreadable or too large, in words. */
export async function readSourceFile(file: string): Promise<Loaded<SourceFile>> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, issues: [fileIssue(file, 'unreadable', 'This is not a file')] };
    if (stat.size > MAX_CATALOGUE_BYTES) {
      const words = `This file is ${formatBytes(stat.size)}; the limit is ${formatMegabytes(MAX_CATALOGUE_BYTES)}`;
      return { ok: false, issues: [fileIssue(file, 'too_large', words)] };
    }
    return { ok: true, value: { file, text: await fs.readFile(file, 'utf8') } };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'There is no such file' : 'This file cannot be read';
    return { ok: false, issues: [fileIssue(file, 'unreadable', why)] };
  }
}

/** Reads and parses a YAML or JSON file (a catalogue, a provider file, an overlay or a feed). */
export async function readDocument(file: string): Promise<Loaded<ParsedDocument>> {
  const source = await readSourceFile(file);
  return source.ok ? parseCatalogueText(source.value.text, file) : source;
}

/** Builds a catalogue from a list of provider files: the built-in one, or a council's copy of it. */
export async function buildFromManifest(manifestFile: string): Promise<Loaded<Catalogue>> {
  const doc = await readDocument(manifestFile);
  if (!doc.ok) return doc;
  const manifest = validateWith(catalogueManifestSchema, doc.value.value);
  if (!manifest.ok) return { ok: false, issues: locate(doc.value, manifest.issues) };
  const dir = path.dirname(manifestFile);
  const docs = await Promise.all(manifest.value.providers.map((name) => readDocument(path.join(dir, name))));
  const unread = docs.flatMap((d) => (d.ok ? [] : d.issues));
  if (unread.length) return { ok: false, issues: unread };
  return buildParsed(
    manifest.value.version,
    docs.flatMap((d) => (d.ok ? [d.value] : [])),
  );
}

/** The built catalogue as the generated file holds it: two-space JSON, one final newline. */
export const serializeCatalogue = (catalogue: Catalogue) => `${JSON.stringify(catalogue, null, 2)}\n`;
