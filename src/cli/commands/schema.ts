import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  FILED_REFERRAL_SCHEMA_VERSION,
  REFERRAL_SCHEMA_VERSION,
  catalogueSchema,
  filedReferralSchema,
  referralSchema,
} from '../../domain';
import { parseArgs } from '../args';
import { CliError, json, writeTextFile } from '../io';
import type { Io } from '../io';

export const SCHEMA_USAGE = 'referral-card schema export [--filed] [--out <dir>]';

/** The published JSON Schema of referral.json, generated from the zod schema that validates it. */
export function referralJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://referral-card.invalid/schemas/referral.v${REFERRAL_SCHEMA_VERSION}.json`,
    title: `Referral Card referral.json, schema version ${REFERRAL_SCHEMA_VERSION}`,
    ...z.toJSONSchema(referralSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
  };
}

/** The published JSON Schema of referral.json as a service mailbox receives it: the referral in its filing envelope. */
export function filedReferralJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://referral-card.invalid/schemas/filed-referral.v${FILED_REFERRAL_SCHEMA_VERSION}.json`,
    title: `Referral Card referral.json as filed to a service mailbox, schema version ${FILED_REFERRAL_SCHEMA_VERSION}`,
    ...z.toJSONSchema(filedReferralSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
  };
}

export function catalogueJsonSchema(): Record<string, unknown> {
  return {
    title: 'Referral Card service catalogue',
    ...z.toJSONSchema(catalogueSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
  };
}

export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { options: ['out'], flags: ['filed'] });
  if (args.positional[0] !== 'export' || args.positional.length > 1) throw new CliError(`Usage: ${SCHEMA_USAGE}`);
  const out = args.options.get('out')?.at(-1);
  if (!out) {
    io.stdout(json(args.flags.has('filed') ? filedReferralJsonSchema() : referralJsonSchema()));
    return 0;
  }
  const dir = path.resolve(io.cwd, out);
  await mkdir(dir, { recursive: true }).catch(() => {
    throw new CliError(`Cannot create ${dir}.`);
  });
  const referralFile = path.join(dir, `referral.v${REFERRAL_SCHEMA_VERSION}.schema.json`);
  const filedFile = path.join(dir, `filed-referral.v${FILED_REFERRAL_SCHEMA_VERSION}.schema.json`);
  const catalogueFile = path.join(dir, 'catalogue.schema.json');
  await writeTextFile(referralFile, json(referralJsonSchema()));
  await writeTextFile(filedFile, json(filedReferralJsonSchema()));
  await writeTextFile(catalogueFile, json(catalogueJsonSchema()));
  io.stdout(`Wrote ${referralFile}\nWrote ${filedFile}\nWrote ${catalogueFile}\n`);
  return 0;
}
