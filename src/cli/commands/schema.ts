import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { REFERRAL_SCHEMA_VERSION, catalogueSchema, referralSchema } from '../../domain';
import { parseArgs } from '../args';
import { CliError, json, writeTextFile } from '../io';
import type { Io } from '../io';

export const SCHEMA_USAGE = 'referral-card schema export [--out <dir>]';

/** The published JSON Schema of referral.json, generated from the zod schema that validates it. */
export function referralJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://referral-card.invalid/schemas/referral.v${REFERRAL_SCHEMA_VERSION}.json`,
    title: `Referral Card referral.json, schema version ${REFERRAL_SCHEMA_VERSION}`,
    ...z.toJSONSchema(referralSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
  };
}

export function catalogueJsonSchema(): Record<string, unknown> {
  return { title: 'Referral Card service catalogue', ...z.toJSONSchema(catalogueSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) };
}

export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { options: ['out'] });
  if (args.positional[0] !== 'export' || args.positional.length > 1) throw new CliError(`Usage: ${SCHEMA_USAGE}`);
  const out = args.options.get('out')?.at(-1);
  if (!out) {
    io.stdout(json(referralJsonSchema()));
    return 0;
  }
  const dir = path.resolve(io.cwd, out);
  await mkdir(dir, { recursive: true }).catch(() => { throw new CliError(`Cannot create ${dir}.`); });
  const referralFile = path.join(dir, `referral.v${REFERRAL_SCHEMA_VERSION}.schema.json`);
  const catalogueFile = path.join(dir, 'catalogue.schema.json');
  await writeTextFile(referralFile, json(referralJsonSchema()));
  await writeTextFile(catalogueFile, json(catalogueJsonSchema()));
  io.stdout(`Wrote ${referralFile}\nWrote ${catalogueFile}\n`);
  return 0;
}
