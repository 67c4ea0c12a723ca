import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogue } from '../../../src/catalogues';
import { BUILT_IN_MANIFEST, BUILT_IN_OUTPUT } from '../../../src/catalogues/load';
import { legacyFeed } from '../../catalogues/oruk/oruk-fixtures';
import { PROVIDERS_DIR } from '../../catalogues/provider-files';
import { cliIn } from './catalogue-cli';

let dir: string;
const cli = (...argv: string[]) => cliIn(dir)(...argv);
const at = (name: string) => path.join(dir, name);

beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'catalogue-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('catalogue build', () => {
  test('by default reads the built-in list of provider files and writes the built-in catalogue, from the folder it runs in', async () => {
    cpSync(PROVIDERS_DIR, at(path.dirname(BUILT_IN_MANIFEST)), { recursive: true });
    const r = await cli('catalogue', 'build');
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toMatch(
      /^Built catalogue 2026\.12\.1 \(5 providers, 64 services, .*\) into .*built-in\.catalogue\.json\n$/,
    );
    const written = JSON.parse(readFileSync(at(BUILT_IN_OUTPUT), 'utf8')) as { services: { id: string }[] };
    expect(written.services.map((s) => s.id)).toEqual(catalogue.services.map((s) => s.id));
  });

  test('writes every --out it is given', async () => {
    const source = path.join(PROVIDERS_DIR, 'built-in.yaml');
    const r = await cli('catalogue', 'build', '--source', source, '--out', 'a/one.json', '--out', 'two.json');
    expect(r.code).toBe(0);
    expect(readFileSync(at('a/one.json'), 'utf8')).toBe(readFileSync(at('two.json'), 'utf8'));
  });

  test('without the provider files it says which file is missing, exit 2, and writes nothing', async () => {
    const r = await cli('catalogue', 'build');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /built-in\.yaml is not valid \(1 problems\):\n {2}\(top level\): There is no such file\n$/,
    );
    expect(() => readFileSync(at(BUILT_IN_OUTPUT))).toThrow();
  });

  test('takes no file name of its own', async () => {
    expect((await cli('catalogue', 'build', 'extra.yaml')).code).toBe(2);
  });
});

describe('catalogue validate with YAML', () => {
  test('a provider file on its own', async () => {
    const r = await cli('catalogue', 'validate', path.join(PROVIDERS_DIR, 'northumbria-cada.catalogue.yaml'));
    expect(r.stdout).toMatch(/northumbria-cada\.catalogue\.yaml is valid: 1 providers, 3 services, 3 shared rule sets/);
    expect(r.code).toBe(0);
  });

  test('the built catalogue the provider files make', async () => {
    const r = await cli('catalogue', 'validate', path.resolve(__dirname, '../../..', BUILT_IN_OUTPUT));
    expect(r.stdout).toMatch(/built-in\.catalogue\.json is valid: 5 providers, 64 services/);
    expect(r.code).toBe(0);
  });

  test('the list of provider files, built together', async () => {
    const r = await cli('catalogue', 'validate', path.join(PROVIDERS_DIR, 'built-in.yaml'));
    expect(r.stdout).toMatch(/built-in\.yaml is valid: 5 providers, 64 services/);
  });

  test('a file that is not YAML gets its line, exit 2', async () => {
    writeFileSync(at('broken.yaml'), 'provider:\n  id: one\n   name: two\n');
    const r = await cli('catalogue', 'validate', at('broken.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml is not valid \(\d+ problems\):\n {2}\(top level\) \(line \d+\): /);
  });
});

describe('catalogue list --notes', () => {
  test('adds the authoring notes for each service after the table', async () => {
    const r = await cli('catalogue', 'list', '--notes');
    const [table, notes] = r.stdout.split('\nAuthoring notes:\n');
    expect(table).toMatch(/\n64 services\n$/);
    expect(notes).toMatch(
      /^lewisham\.triple-p-group\n {2}lewisham\.general\.other-parenting-programme: The seed lists /m,
    );
    expect(notes).toMatch(/^northumbria\.parent-child\n {2}northumbria-cada: The seed gives no referral mailbox/m);
  });

  test('as JSON, each row carries its notes; without the flag there are none', async () => {
    const rows = (flags: string[]) =>
      cli('catalogue', 'list', '--json', ...flags).then(
        (r) => JSON.parse(r.stdout) as { id: string; notes?: string[] }[],
      );
    const withNotes = await rows(['--notes']);
    expect(withNotes.find((r) => r.id === 'lbbd.marac')?.notes).toEqual([
      expect.stringMatching(/^lbbd\.marac: The seed prints this address/),
      expect.stringMatching(/^lbbd\.marac\.high-risk: /),
      expect.stringMatching(/^lbbd\.marac\.consent-or-reason-recorded: /),
    ]);
    expect((await rows([])).some((r) => r.notes)).toBe(false);
    expect((await cli('catalogue', 'list')).stdout).not.toContain('Authoring notes');
  });
});

describe('catalogue import-oruk with a YAML overlay', () => {
  const overlay = (mailbox: string) => `# Our own rules for the imported services
version: example-2026-12
services:
  example.2f1c8a3e-5b7d-4e2a-9c1f-0a1b2c3d4e5f:
    mailbox: ${mailbox}
`;

  const importWith = (overlayText: string) => {
    writeFileSync(at('feed.json'), JSON.stringify(legacyFeed));
    writeFileSync(at('ours.yaml'), overlayText);
    return cli('catalogue', 'import-oruk', at('feed.json'), '--provider', 'example', '--overlay', at('ours.yaml'));
  };

  test('reads the overlay with its comments and applies it', async () => {
    const r = await importWith(overlay('toddlers@example.gov.uk'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { version: string; services: { id: string; mailbox?: string }[] };
    expect(out.version).toBe('example-2026-12');
    expect(out.services.find((s) => s.id === 'example.2f1c8a3e-5b7d-4e2a-9c1f-0a1b2c3d4e5f')?.mailbox).toBe(
      'toddlers@example.gov.uk',
    );
  });

  test('a bad value in the overlay is reported at its line, exit 2', async () => {
    const r = await importWith(overlay('not an address'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /ours\.yaml cannot be applied:\n {2}services\.example\.2f1c8a3e-5b7d-4e2a-9c1f-0a1b2c3d4e5f\.mailbox \(line 5\): /,
    );
  });

  test('a feed that is neither JSON nor there is refused in words', async () => {
    mkdirSync(at('feeds'));
    writeFileSync(at('feeds/bad.json'), '{"content": [');
    for (const feed of [at('feeds/bad.json'), at('feeds/none.json')]) {
      const r = await cli('catalogue', 'import-oruk', feed);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^.*(bad|none)\.json: \(top level\): (This is not valid JSON|There is no such file)/);
    }
  });
});
