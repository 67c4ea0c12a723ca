// The built catalogue and the provider files' JSON Schema are generated and committed, so the pages, the CLI and
// a clean clone's type-check have them. This test fails when either is stale. Regenerate with
//   npm run build:catalogue            (the catalogue, after editing a provider file)
//   UPDATE_CATALOGUE=1 npx jest tests/catalogues/generated-in-sync.test.ts   (both)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { providerFileJsonSchema, PROVIDER_FILE_JSON_SCHEMA } from '../../src/catalogues';
import {
  BUILT_IN_MANIFEST,
  BUILT_IN_OUTPUT,
  buildFromManifest,
  formatCatalogueIssue,
  serializeCatalogue,
} from '../../src/catalogues/load';
import { PROVIDERS_DIR } from './provider-files';

const ROOT = path.resolve(__dirname, '../..');
const at = (file: string) => path.join(ROOT, file);
const schemaText = () => `${JSON.stringify(providerFileJsonSchema(), null, 2)}\n`;

async function builtText(): Promise<string> {
  const built = await buildFromManifest(at(BUILT_IN_MANIFEST));
  if (!built.ok) throw new Error(built.issues.map((i) => formatCatalogueIssue(i)).join('\n'));
  return serializeCatalogue(built.value);
}

beforeAll(async () => {
  if (process.env.UPDATE_CATALOGUE !== '1') return;
  writeFileSync(at(PROVIDER_FILE_JSON_SCHEMA), schemaText());
  writeFileSync(at(BUILT_IN_OUTPUT), await builtText());
});

test('the committed built-in catalogue is what the provider files build to (npm run build:catalogue)', async () => {
  expect(readFileSync(at(BUILT_IN_OUTPUT), 'utf8')).toBe(await builtText());
});

test("the committed JSON Schema is the provider file's zod schema (UPDATE_CATALOGUE=1 regenerates it)", () => {
  expect(readFileSync(at(PROVIDER_FILE_JSON_SCHEMA), 'utf8')).toBe(schemaText());
});

describe('the provider files', () => {
  const files = readdirSync(PROVIDERS_DIR).filter((f) => f.endsWith('.catalogue.yaml'));
  let validate: ValidateFunction;
  beforeAll(() => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(at(PROVIDER_FILE_JSON_SCHEMA), 'utf8')) as object);
  });

  test('are exactly the ones built-in.yaml lists', () => {
    const manifest = parse(readFileSync(at(BUILT_IN_MANIFEST), 'utf8')) as { providers: string[] };
    expect([...manifest.providers].sort()).toEqual([...files].sort());
  });

  test.each(files)('%s names the schema an editor checks it with, and passes it', (file) => {
    const text = readFileSync(path.join(PROVIDERS_DIR, file), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./provider-catalogue.schema.json');
    expect(validate(parse(text))).toBe(true);
  });

  test('the schema refuses what the loader refuses: a word for an age, an unknown key', () => {
    const text = readFileSync(path.join(PROVIDERS_DIR, 'lewisham-family-hub.catalogue.yaml'), 'utf8');
    const file = parse(text) as { services: { ages?: object; colour?: string }[] };
    file.services[0]!.ages = { min: 2, max: 'ten' };
    expect(validate(file)).toBe(false);
    file.services[0]!.ages = { min: 2, max: 10 };
    file.services[0]!.colour = 'blue';
    expect(validate(file)).toBe(false);
  });
});
