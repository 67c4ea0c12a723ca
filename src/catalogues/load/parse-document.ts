import { LineCounter, parseDocument } from 'yaml';
import { fileIssue } from './catalogue-issue';
import type { CatalogueIssue, Loaded } from './catalogue-issue';
import type { Issue } from '../../domain';

/** A parsed file, and a way back from a path in it to the line it is written on (YAML only). */
export type ParsedDocument = {
  readonly file: string;
  readonly value: unknown;
  readonly lineOf: (path: Issue['path']) => number | undefined;
};

// Aliases let a small file expand into a huge one; a provider file needs few, if any.
const MAX_ALIASES = 100;

const isJsonFile = (file: string) => file.toLowerCase().endsWith('.json');

function parseJson(text: string, file: string): Loaded<ParsedDocument> {
  try {
    return { ok: true, value: { file, value: JSON.parse(text), lineOf: () => undefined } };
  } catch (e) {
    const detail = e instanceof RangeError ? 'it is nested too deeply' : (e as Error).message;
    return { ok: false, issues: [fileIssue(file, 'invalid_json', `This is not valid JSON: ${detail}`)] };
  }
}

function parseYaml(text: string, file: string): Loaded<ParsedDocument> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const issues: CatalogueIssue[] = doc.errors.map((e) => ({
      ...fileIssue(
        file,
        'invalid_yaml',
        (e.message.split('\n')[0] ?? e.code).replace(/ at line \d+, column \d+:$/, ''),
      ),
      ...(e.linePos ? { line: e.linePos[0].line } : {}),
    }));
    return { ok: false, issues };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { ok: false, issues: [fileIssue(file, 'invalid_yaml', (e as Error).message)] };
  }
  const lineOf = (path: Issue['path']) => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      const start = (node as { range?: [number] } | undefined)?.range?.[0];
      if (start !== undefined) return lines.linePos(start).line;
    }
    return undefined;
  };
  return { ok: true, value: { file, value, lineOf } };
}

/** Parses a catalogue, provider or overlay file: JSON when its name ends in .json, otherwise YAML (with comments). */
export function parseCatalogueText(text: string, file: string): Loaded<ParsedDocument> {
  const clean = text.replace(/^\uFEFF/, '');
  return isJsonFile(file) ? parseJson(clean, file) : parseYaml(clean, file);
}

/** Issues found in a parsed file, each given the file's name and, for YAML, its line. */
export function locate(doc: ParsedDocument, issues: readonly Issue[]): CatalogueIssue[] {
  return issues.map((i) => {
    const line = doc.lineOf(i.path);
    return { ...i, file: doc.file, ...(line === undefined ? {} : { line }) };
  });
}
