import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';

// The official Adaptive Cards JSON schemas (vendor/adaptive-cards, unchanged from microsoft/AdaptiveCards). They are
// draft-06 documents that name themselves with `id`, which ajv reads only as `$id`: renamed here, in memory.

export type CardSchemaVersion = '1.4' | '1.5';

const VENDOR = join(__dirname, '..', '..', 'vendor', 'adaptive-cards');
const compiled = new Map<CardSchemaVersion, ValidateFunction>();

function validatorFor(version: CardSchemaVersion): ValidateFunction {
  const known = compiled.get(version);
  if (known) return known;
  const raw = JSON.parse(readFileSync(join(VENDOR, `adaptive-card-${version}.0.schema.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  const { id, ...rest } = raw;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  const validate = ajv.compile({ $id: String(id), ...rest });
  compiled.set(version, validate);
  return validate;
}

/** The schema's complaints about a card (empty when it is valid), as "path: message" lines. */
export function adaptiveCardSchemaErrors(card: unknown, version: CardSchemaVersion): string[] {
  const validate = validatorFor(version);
  if (validate(card)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '(card)'}: ${e.message ?? 'invalid'}`);
}
