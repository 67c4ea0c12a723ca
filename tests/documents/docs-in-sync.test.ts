// docs/examples/referral.filed.json and docs/schema/*.json are generated: this test keeps them in step with the code.
// After a change to the schemas, the catalogue or the renderers, regenerate with:
//   UPDATE_DOCS=1 npx jest tests/documents/docs-in-sync.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { filedReferralJsonSchema, referralJsonSchema } from '../../src/cli/commands/schema';
import { json } from '../../src/cli/io';
import { referralJson } from '../../src/documents';
import { exampleDocument, ROOT } from './fixtures/documents';

const GENERATED: readonly [string, () => string][] = [
  ['docs/examples/referral.filed.json', () => referralJson(exampleDocument())],
  ['docs/schema/referral.v2.schema.json', () => json(referralJsonSchema())],
  ['docs/schema/filed-referral.v2.schema.json', () => json(filedReferralJsonSchema())],
];

describe.each(GENERATED)('%s', (file, generate) => {
  const full = path.join(ROOT, file);
  if (process.env.UPDATE_DOCS === '1') {
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, generate());
  }

  test('is what the code generates (UPDATE_DOCS=1 npx jest tests/documents/docs-in-sync.test.ts regenerates it)', () => {
    expect(existsSync(full)).toBe(true);
    expect(readFileSync(full, 'utf8')).toBe(generate());
  });
});

test('the published example validates against the published schema', () => {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const read = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, unknown>;
  expect(
    ajv.validate(read('docs/schema/filed-referral.v2.schema.json'), read('docs/examples/referral.filed.json')),
  ).toBe(true);
  expect(ajv.validate(read('docs/schema/referral.v2.schema.json'), read('docs/examples/referral.json'))).toBe(true);
});
