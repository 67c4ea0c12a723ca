import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { run } from '../../../src/cli/main';
import { referralJson } from '../../../src/documents';
import { exampleDocument } from '../../documents/fixtures/documents';

const dir = mkdtempSync(path.join(tmpdir(), 'referral-card-schema-'));

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    now: () => new Date('2026-11-23T10:00:00Z'),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('referral-card schema export --filed', () => {
  test('prints the JSON Schema of referral.json as filed, which accepts a filed document and refuses a bare referral', async () => {
    const r = await cli('schema', 'export', '--filed');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(schema.title).toMatch(/as filed to a service mailbox, schema version 2/);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const doc = JSON.parse(referralJson(exampleDocument())) as { referral: unknown };
    expect(validate(doc)).toBe(true);
    expect(validate(doc.referral)).toBe(false);
  });

  test('without --filed the referral schema is printed, as before', async () => {
    expect(JSON.parse((await cli('schema', 'export')).stdout).title).toBe(
      'Referral Card referral.json, schema version 2',
    );
  });

  test('--out writes the referral, filed-referral and catalogue schemas', async () => {
    const r = await cli('schema', 'export', '--out', 'schemas');
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'schemas')).sort()).toEqual([
      'catalogue.schema.json',
      'filed-referral.v2.schema.json',
      'referral.v2.schema.json',
    ]);
    expect(r.stdout).toMatch(/Wrote .*filed-referral\.v2\.schema\.json/);
    expect(
      JSON.parse(readFileSync(path.join(dir, 'schemas', 'filed-referral.v2.schema.json'), 'utf8')).properties
        .documentType,
    ).toEqual({ type: 'string', const: 'referral-card/filed-referral' });
  });

  test('an unknown flag is refused with the usage', async () => {
    const r = await cli('schema', 'export', '--filled');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option --filled/);
  });
});
