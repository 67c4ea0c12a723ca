import { mkdtempSync, writeFileSync, readFileSync, existsSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { run } from '../../src/cli/main';
import { catalogue } from '../../src/catalogues';
import { referral } from '../domain/fixtures/referrals';

const dir = mkdtempSync(path.join(tmpdir(), 'referral-card-cli-'));
const file = (name: string, content: string | object) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

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

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('referral-card eligibility', () => {
  test('prints results for every service and package findings, exit 0', async () => {
    const r = await cli('eligibility', file('ok.json', referral()), '--at', '2026-11-23');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      results: { serviceId: string; verdict: string; reasons: unknown[]; missing: unknown[] }[];
      package: unknown[];
    };
    expect(Array.isArray(out.results)).toBe(true);
    expect(Array.isArray(out.package)).toBe(true);
    for (const res of out.results) {
      expect(Object.keys(res)).toEqual(expect.arrayContaining(['serviceId', 'verdict', 'reasons', 'missing']));
      expect(res.reasons.length).toBeGreaterThan(0);
    }
  });

  test('--at moves the clock: a 10-year-old turns 11', async () => {
    const service = catalogue.services.find((s) => s.criteria.some((c) => c.kind === 'age' && c.max === 10));
    if (!service) return expect(catalogue.services.length).toBe(0);
    const kid = referral({ people: [{ id: 'c1', kind: 'child', name: 'K', dateOfBirth: '2015-12-01' }] });
    const before = JSON.parse(
      (await cli('eligibility', file('kid.json', kid), '--at', '2026-11-30', '--service', service.id)).stdout,
    );
    const after = JSON.parse(
      (await cli('eligibility', file('kid.json', kid), '--at', '2026-12-01', '--service', service.id)).stdout,
    );
    expect(before.results[0].verdict).not.toBe('ineligible');
    expect(after.results[0].verdict).toBe('ineligible');
  });

  test.each<[string, () => string[], RegExp]>([
    ['not JSON', () => [file('bad.json', '{"people": [')], /is not valid JSON/],
    [
      'deeply nested JSON',
      () => [file('deep.json', `${'['.repeat(200000)}${']'.repeat(200000)}`)],
      /is not (valid JSON|a valid referral)/,
    ],
    ['JSON of the wrong type', () => [file('array.json', [1, 2, 3])], /is not a valid referral/],
    [
      'wrong field types',
      () => [file('types.json', referral({ people: 'everyone', consent: { given: 'maybe' } }))],
      /people: .*\n|consent/,
    ],
    [
      'an impossible date',
      () => [
        file('date.json', referral({ people: [{ id: 'c1', kind: 'child', name: 'A', dateOfBirth: '2026-02-30' }] })),
      ],
      /people\[0\]\.dateOfBirth: Enter a real date/,
    ],
    [
      'an unknown requested service',
      () => [file('svc.json', referral({ services: [{ serviceId: 'nope.service', personIds: [] }] }))],
      /services\[0\]\.serviceId: "nope\.service" is not a service/,
    ],
    [
      'an unknown --service',
      () => [file('ok2.json', referral()), '--service', 'nope.service'],
      /Not in the catalogue: nope\.service/,
    ],
    [
      'an impossible --at',
      () => [file('ok3.json', referral()), '--at', '2026-02-30'],
      /--at 2026-02-30 is not a real date/,
    ],
    ['--at without a zone', () => [file('ok4.json', referral()), '--at', '2026-11-23T10:00:00'], /is not a date/],
    ['a missing file', () => [path.join(dir, 'nowhere.json')], /Cannot read .*no such file/],
    ['an unknown option', () => [file('ok5.json', referral()), '--colour', 'red'], /Unknown option --colour/],
    ['no file', () => [], /Usage: referral-card eligibility/],
  ])('%s: a clear message on stderr, exit 2, no stack trace', async (_name, argv, expected) => {
    const r = await cli('eligibility', ...argv());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(expected);
    noStack(r.stderr);
  });

  test('a 50 MB file is refused before it is read', async () => {
    const big = path.join(dir, 'big.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = await cli('eligibility', big);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is 50\.0 MB; the limit is 10 MB/);
  });

  test('field-level messages name the path and the problem, one per line', async () => {
    const r = await cli(
      'eligibility',
      file('many.json', referral({ referrer: { email: 'nope' }, context: { p2pLevel: 9 } })),
    );
    expect(r.stderr).toMatch(/^ {2}referrer\.email: Enter an email address/m);
    expect(r.stderr).toMatch(/^ {2}context\.p2pLevel: /m);
  });
});

describe('referral-card catalogue', () => {
  test('list --json has every service with its criteria count and citations', async () => {
    const r = await cli('catalogue', 'list', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; criteria: number; citations: { seed: string }[] }[];
    expect(rows.map((x) => x.id)).toEqual(catalogue.services.map((s) => s.id));
    for (const row of rows) {
      expect(row.criteria).toBeGreaterThan(0);
      expect(row.citations.length).toBeGreaterThan(0);
    }
  });

  test('list prints a table with a count', async () => {
    const r = await cli('catalogue', 'list');
    expect(r.stdout.split('\n')[0]).toMatch(/^id\s+name\s+provider\s+mailbox\s+criteria\s+seeds$/);
    expect(r.stdout).toMatch(/\d+ services\n$/);
  });

  test('validate: the built-in catalogue is valid', async () => {
    const r = await cli('catalogue', 'validate');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^The built-in catalogue is valid: \d+ providers, \d+ services/);
  });

  test('validate: a broken catalogue file gets its problems listed, exit 2', async () => {
    const r = await cli(
      'catalogue',
      'validate',
      file('cat.json', {
        version: '1',
        providers: [],
        services: [{ id: 'Bad Id' }],
        ruleSets: [],
        questions: [],
        packageRules: [],
        timeStandards: [],
      }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /is not valid \(\d+ problems\):\n {2}services\[0\]\.id: A service id is provider\.service/,
    );
  });
});

describe('referral-card schema export', () => {
  test('writes the JSON Schema of referral.json, which accepts a valid referral', async () => {
    const r = await cli('schema', 'export', '--out', 'schemas');
    expect(r.code).toBe(0);
    const schemaFile = path.join(dir, 'schemas', 'referral.v2.schema.json');
    expect(existsSync(schemaFile)).toBe(true);
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.schemaVersion).toEqual({ type: 'number', const: 2 });
    expect(schema.additionalProperties).toBe(false);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(referral())).toBe(true);
    expect(validate(referral({ people: [] }))).toBe(false);
    expect(validate(referral({ consent: { given: false } }))).toBe(false);
    expect(validate({ ...referral(), surprise: 1 })).toBe(false);
  });

  test('without --out it prints the schema', async () => {
    const r = await cli('schema', 'export');
    expect(JSON.parse(r.stdout).title).toMatch(/referral\.json/);
  });
});

describe('usage', () => {
  test('an unknown command prints usage and exits 2', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown command "frobnicate"/);
  });
  test('help exits 0', async () => {
    expect((await cli('help')).code).toBe(0);
  });
});
