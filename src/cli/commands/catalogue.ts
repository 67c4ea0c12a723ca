import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isRecord, validateCatalogue } from '../../domain';
import type { Catalogue, Citation } from '../../domain';
import { authoredCatalogue } from '../../catalogues';
import {
  BUILT_IN_MANIFEST,
  BUILT_IN_OUTPUT,
  buildFromManifest,
  checkDocument,
  formatCatalogueIssue,
  locate,
  readDocument,
  serializeCatalogue,
} from '../../catalogues/load';
import type { CatalogueIssue, Loaded, ParsedDocument } from '../../catalogues/load';
import { applyOverlay, describeImportReport, exportOruk, importOruk } from '../../catalogues/oruk';
import { parseArgs } from '../args';
import { CliError, json, writeTextFile } from '../io';
import type { Io } from '../io';

export const CATALOGUE_USAGE = [
  'referral-card catalogue list [--json] [--notes]',
  'referral-card catalogue validate [catalogue.json | provider.catalogue.yaml | built-in.yaml]',
  'referral-card catalogue build [--source <built-in.yaml>] [--out <file>]...',
  'referral-card catalogue export-oruk [--out <file>]',
  'referral-card catalogue import-oruk <feed.json> [--provider <id>] [--overlay <overlay.yaml|json>] [--out <file>]',
].join('\n       ');

type Listing = {
  id: string;
  name: string;
  provider: string;
  mailbox: string | null;
  criteria: number;
  citations: Citation[];
  notes?: string[];
};

/** Every authoring note that bears on a service: its provider's, its own, and its criteria's. */
function notesOf(catalogue: Catalogue, serviceId: string): string[] {
  const s = catalogue.services.find((x) => x.id === serviceId);
  if (!s) return [];
  const provider = catalogue.providers.find((p) => p.id === s.providerId);
  const ruleSets = catalogue.ruleSets.filter((r) => s.ruleSets.includes(r.id));
  const criteria = [...ruleSets.flatMap((r) => r.criteria), ...s.criteria];
  return [
    ...(provider?.notes ? [`${provider.id}: ${provider.notes}`] : []),
    ...(s.notes ? [`${s.id}: ${s.notes}`] : []),
    ...criteria.flatMap((c) => (c.notes ? [`${c.id}: ${c.notes}`] : [])),
  ];
}

/** One row per service: its own criteria plus those of its rule sets, and every citation they make. */
export function listServices(catalogue: Catalogue): Listing[] {
  const ruleSets = new Map(catalogue.ruleSets.map((r) => [r.id, r.criteria]));
  const providers = new Map(catalogue.providers.map((p) => [p.id, p.name]));
  return catalogue.services.map((s) => {
    const criteria = [...s.ruleSets.flatMap((id) => ruleSets.get(id) ?? []), ...s.criteria];
    const seen = new Set<string>();
    const citations = [...s.citations, ...criteria.map((c) => c.citation)].filter((c) => {
      const key = `${c.seed}\u0000${c.section}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return {
      id: s.id,
      name: s.name,
      provider: providers.get(s.providerId) ?? s.providerId,
      mailbox: s.mailbox ?? null,
      criteria: criteria.length,
      citations,
    };
  });
}

function withNotes(rows: Listing[], catalogue: Catalogue): Listing[] {
  return rows.map((r) => ({ ...r, notes: notesOf(catalogue, r.id) }));
}

const notesText = (rows: Listing[]) =>
  rows.flatMap((r) => (r.notes?.length ? [`\n${r.id}`, ...r.notes.map((n) => `  ${n}`)] : [])).join('\n');

function table(rows: Listing[]): string {
  const head = ['id', 'name', 'provider', 'mailbox', 'criteria', 'seeds'];
  const body = rows.map((r) => [
    r.id,
    r.name,
    r.provider,
    r.mailbox ?? '(none: see contacts)',
    String(r.criteria),
    [...new Set(r.citations.map((c) => c.seed))].join(' '),
  ]);
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...body.map((row) => row[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const notes = notesText(rows);
  const table = [line(head), ...body.map(line)].join('\n');
  return `${table}\n${rows.length} services\n${notes ? `\nAuthoring notes:${notes}\n` : ''}`;
}

function report(io: Io, name: string, issues: readonly CatalogueIssue[]): number {
  const lines = issues.map((i) => `  ${formatCatalogueIssue(i, name)}`);
  io.stderr(`${name} is not valid (${issues.length} problems):\n${lines.join('\n')}\n`);
  return 2;
}

function summary(c: Catalogue): string {
  return `${c.providers.length} providers, ${c.services.length} services, ${c.ruleSets.length} shared rule sets, ${c.packageRules.length} package rules, ${c.timeStandards.length} time standards`;
}

// A list of provider files: a version and file names.
const isManifest = (v: unknown) =>
  isRecord(v) &&
  !('services' in v) &&
  Array.isArray(v.providers) &&
  v.providers.length > 0 &&
  v.providers.every((p) => typeof p === 'string');

async function loadFile(file: string): Promise<Loaded<Catalogue>> {
  const doc = await readDocument(file);
  if (!doc.ok) return doc;
  return isManifest(doc.value.value) ? buildFromManifest(file) : checkDocument(doc.value);
}

async function validateFile(file: string | undefined, io: Io, builtIn: Catalogue): Promise<number> {
  const result = file ? await loadFile(file) : validateCatalogue(builtIn);
  const name = file ?? 'The built-in catalogue';
  if (!result.ok)
    return report(
      io,
      name,
      result.issues.map((i) => ({ file: name, ...i })),
    );
  io.stdout(`${name} is valid: ${summary(result.value)}.\n`);
  return 0;
}

/** Checks the provider files a list names and writes the catalogue they make, for the pages, the CLI and the tests. */
async function build(args: ReturnType<typeof parseArgs>, io: Io): Promise<number> {
  if (args.positional.length) throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
  const source = path.resolve(io.cwd, args.options.get('source')?.at(-1) ?? BUILT_IN_MANIFEST);
  const outs = (args.options.get('out') ?? [BUILT_IN_OUTPUT]).map((out) => path.resolve(io.cwd, out));
  const result = await buildFromManifest(source);
  if (!result.ok) return report(io, source, result.issues);
  for (const out of outs) {
    await mkdir(path.dirname(out), { recursive: true });
    await writeTextFile(out, serializeCatalogue(result.value));
  }
  io.stderr(`Built catalogue ${result.value.version} (${summary(result.value)}) into ${outs.join(', ')}\n`);
  return 0;
}

/** Reads a YAML or JSON input of the import, or says in words why it cannot. */
async function readInput(file: string): Promise<ParsedDocument> {
  const doc = await readDocument(file);
  if (!doc.ok) throw new CliError(doc.issues.map((i) => formatCatalogueIssue(i)).join('\n'));
  return doc.value;
}

async function emit(io: Io, out: string | undefined, value: unknown, what: string): Promise<void> {
  if (!out) return io.stdout(json(value));
  await writeTextFile(out, json(value));
  io.stderr(`Wrote ${what} to ${out}\n`);
}

async function importFeed(args: ReturnType<typeof parseArgs>, io: Io): Promise<number> {
  const [feedFile, ...extra] = args.positional;
  if (!feedFile || extra.length) throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
  const provider = args.options.get('provider')?.at(-1);
  const imported = importOruk((await readInput(feedFile)).value, provider ? { providerId: provider } : {});
  io.stderr(`${describeImportReport(imported.report).join('\n')}\n`);
  if (!imported.ok) return 2;
  let result = imported.catalogue;
  const overlayFile = args.options.get('overlay')?.at(-1);
  if (overlayFile) {
    const overlay = await readInput(overlayFile);
    const merged = applyOverlay(result, overlay.value);
    if (!merged.ok) {
      const issues = locate(overlay, merged.issues).map((i) => `  ${formatCatalogueIssue(i, overlayFile)}`);
      io.stderr(`${overlayFile} cannot be applied:\n${issues.join('\n')}\n`);
      return 2;
    }
    result = merged.catalogue;
  }
  await emit(io, args.options.get('out')?.at(-1), result, 'the catalogue');
  return 0;
}

export async function catalogueCommand(argv: readonly string[], io: Io, catalogue: Catalogue): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'list': {
      const args = parseArgs(rest, { flags: ['json', 'notes'] });
      if (args.positional.length) throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
      const listed = listServices(catalogue);
      const rows = args.flags.has('notes') ? withNotes(listed, authoredCatalogue) : listed;
      io.stdout(args.flags.has('json') ? json(rows) : table(rows));
      return 0;
    }
    case 'validate': {
      const args = parseArgs(rest, {});
      if (args.positional.length > 1) throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
      return validateFile(args.positional[0], io, catalogue);
    }
    case 'build':
      return build(parseArgs(rest, { options: ['source', 'out'] }), io);
    case 'export-oruk': {
      const args = parseArgs(rest, { options: ['out'] });
      if (args.positional.length) throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
      await emit(io, args.options.get('out')?.at(-1), exportOruk(catalogue), 'the Open Referral UK export');
      return 0;
    }
    case 'import-oruk':
      return importFeed(parseArgs(rest, { options: ['provider', 'overlay', 'out'] }), io);
    default:
      throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
  }
}
