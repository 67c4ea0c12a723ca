import { evaluate, formatIssue, isRealIsoDate, validateReferral } from '../../domain';
import type { Catalogue } from '../../domain';
import { parseArgs } from '../args';
import { CliError, json, readJsonFile } from '../io';
import type { Io } from '../io';

export const ELIGIBILITY_USAGE =
  'referral-card eligibility <referral.json> [--at <YYYY-MM-DD or ISO date-time>] [--service <id>]...';

/** `--at 2026-11-23` means that day at noon in London (away from any midnight edge); a date-time is taken as is. */
export function parseAt(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!isRealIsoDate(value)) throw new CliError(`--at ${value} is not a real date.`);
    return new Date(`${value}T12:00:00Z`);
  }
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? new Date(value)
    : new Date(NaN);
  if (Number.isNaN(at.getTime()) || !isRealIsoDate(value.slice(0, 10))) {
    throw new CliError(
      `--at ${value} is not a date (YYYY-MM-DD) or a date-time with a time zone (2026-11-23T09:00:00Z).`,
    );
  }
  return at;
}

export async function eligibilityCommand(argv: readonly string[], io: Io, catalogue: Catalogue): Promise<number> {
  const args = parseArgs(argv, { options: ['at', 'service'] });
  const [file, ...extra] = args.positional;
  if (!file || extra.length) throw new CliError(`Usage: ${ELIGIBILITY_USAGE}`);
  const now = args.options.has('at') ? parseAt(args.options.get('at')!.at(-1)!) : io.now();
  const serviceIds = args.options.get('service');
  const known = new Set(catalogue.services.map((s) => s.id));
  const unknown = (serviceIds ?? []).filter((id) => !known.has(id));
  if (unknown.length)
    throw new CliError(`Not in the catalogue: ${unknown.join(', ')}. See \`referral-card catalogue list\`.`);

  const input = await readJsonFile(file);
  const valid = validateReferral(input, catalogue);
  if (!valid.ok) {
    io.stderr(`${file} is not a valid referral:\n${valid.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`);
    return 2;
  }
  const result = evaluate(valid.value, catalogue, { now, ...(serviceIds ? { serviceIds } : {}) });
  io.stdout(json(result));
  return 0;
}
