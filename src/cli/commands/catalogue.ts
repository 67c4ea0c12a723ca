import { formatIssue, validateCatalogue } from '../../domain';
import type { Catalogue, Citation } from '../../domain';
import { applyOverlay, describeImportReport, exportOruk, importOruk } from '../../catalogues/oruk';
import { parseArgs } from '../args';
import { CliError, json, readJsonFile, writeTextFile } from '../io';
import type { Io } from '../io';

export const CATALOGUE_USAGE = [
  'referral-card catalogue list [--json]',
  'referral-card catalogue validate [catalogue.json]',
  'referral-card catalogue export-oruk [--out <file>]',
  'referral-card catalogue import-oruk <feed.json> [--provider <id>] [--overlay <overlay.json>] [--out <file>]',
].join('\n       ');

type Listing = {
  id: string;
  name: string;
  provider: string;
  mailbox: string | null;
  criteria: number;
  citations: Citation[];
};

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
  return `${[line(head), ...body.map(line)].join('\n')}\n${rows.length} services\n`;
}

async function validateFile(file: string | undefined, io: Io, builtIn: Catalogue): Promise<number> {
  const input = file ? await readJsonFile(file) : builtIn;
  const result = validateCatalogue(input);
  const name = file ?? 'The built-in catalogue';
  if (!result.ok) {
    io.stderr(
      `${name} is not valid (${result.issues.length} problems):\n${result.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`,
    );
    return 2;
  }
  const c = result.value;
  io.stdout(
    `${name} is valid: ${c.providers.length} providers, ${c.services.length} services, ${c.ruleSets.length} shared rule sets, ${c.packageRules.length} package rules, ${c.timeStandards.length} time standards.\n`,
  );
  return 0;
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
  const imported = importOruk(await readJsonFile(feedFile), provider ? { providerId: provider } : {});
  io.stderr(`${describeImportReport(imported.report).join('\n')}\n`);
  if (!imported.ok) return 2;
  let result = imported.catalogue;
  const overlayFile = args.options.get('overlay')?.at(-1);
  if (overlayFile) {
    const merged = applyOverlay(result, await readJsonFile(overlayFile));
    if (!merged.ok) {
      io.stderr(`${overlayFile} cannot be applied:\n${merged.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`);
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
      const args = parseArgs(rest, { flags: ['json'] });
      if (args.positional.length) throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
      const rows = listServices(catalogue);
      io.stdout(args.flags.has('json') ? json(rows) : table(rows));
      return 0;
    }
    case 'validate': {
      const args = parseArgs(rest, {});
      if (args.positional.length > 1) throw new CliError(`Usage: ${CATALOGUE_USAGE}`);
      return validateFile(args.positional[0], io, catalogue);
    }
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
