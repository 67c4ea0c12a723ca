import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildCatalogue,
  buildFromManifest,
  formatCatalogueIssue,
  loadCatalogueText,
  loadProviderText,
  MAX_CATALOGUE_BYTES,
  readSourceFile,
} from '../../../src/catalogues/load';
import type { CatalogueIssue, Loaded } from '../../../src/catalogues/load';

const SEED = '000_00e7cb9a8a716238.txt';

/** A small provider file: one question, one service with a criterion, defaults for the mailbox. */
const provider = (id: string, extra = '') => `# A council's own services
provider:
  id: ${id}
  name: Test ${id}
  seed: ${SEED}
serviceDefaults:
  mailbox: referrals@${id}.example.org
questions:
  - id: ${id}.ready
    type: answer
    label: Is the family ready?
    citation: Readiness
services:
  - id: ${id}.group
    name: A group
    description: A group for parents.
    kind: group
    audience: adult
    criteria:
      - kind: condition
        id: ${id}.group.ready
        requirement: The family is ready.
        test: { fact: answers.${id}.ready, eq: "yes" }
        citation: { section: Readiness, note: Second paragraph }
        notes: Read from the second paragraph.
    citations: [Readiness]
${extra}`;

const issues = <T>(r: Loaded<T>): readonly CatalogueIssue[] => (r.ok ? [] : r.issues);

describe('a provider file', () => {
  test('fills in its defaults: the provider seed in citations, the provider id, the mailbox, no rule sets', () => {
    const r = loadProviderText(provider('alpha'), 'alpha.catalogue.yaml');
    if (!r.ok) throw new Error(r.issues.map((i) => formatCatalogueIssue(i)).join('\n'));
    const [service] = r.value.services;
    expect(service).toMatchObject({ providerId: 'alpha', mailbox: 'referrals@alpha.example.org', ruleSets: [] });
    expect(service?.citations).toEqual([{ seed: SEED, section: 'Readiness' }]);
    expect(service?.criteria[0]?.citation).toEqual({ seed: SEED, section: 'Readiness', note: 'Second paragraph' });
    expect(service?.criteria[0]?.notes).toBe('Read from the second paragraph.');
    expect(r.value.questions?.[0]?.citation).toEqual({ seed: SEED, section: 'Readiness' });
  });

  test('validates on its own as a one-provider catalogue', () => {
    const r = loadCatalogueText(provider('alpha'), 'alpha.catalogue.yaml');
    expect(issues(r)).toEqual([]);
    expect(r.ok && r.value.services.map((s) => s.id)).toEqual(['alpha.group']);
  });

  test('a wrong value is reported with the file, its path in the file, its line and words', () => {
    const text = provider('alpha').replace('audience: adult', 'audience: grown-ups');
    const [issue, ...more] = issues(loadCatalogueText(text, 'alpha.catalogue.yaml'));
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ file: 'alpha.catalogue.yaml', path: ['services', 0, 'audience'], line: 18 });
    expect(formatCatalogueIssue(issue!)).toMatch(/^alpha\.catalogue\.yaml: services\[0\]\.audience \(line 18\): /);
    expect(formatCatalogueIssue(issue!, 'alpha.catalogue.yaml')).toMatch(/^services\[0\]\.audience \(line 18\): /);
  });

  test('an unknown key is refused, not ignored', () => {
    const text = provider('alpha').replace('    kind: group', '    kind: group\n    colour: blue');
    expect(issues(loadCatalogueText(text, 'a.yaml'))).toEqual([
      expect.objectContaining({ path: ['services', 0], code: 'unrecognized_keys' }),
    ]);
  });

  test('a criterion keeps its own checks: an age range whose minimum exceeds its maximum', () => {
    const text = provider('alpha').replace(
      '    citations: [Readiness]',
      '      - { kind: age, id: alpha.group.age, requirement: Ages 9 to 5., min: 9, max: 5, citation: Ages }\n    citations: [Readiness]',
    );
    expect(issues(loadCatalogueText(text, 'a.yaml')).map((i) => i.message)).toContain('min must not exceed max');
  });
});

describe('YAML and JSON that cannot be read', () => {
  test('a syntax error names its line', () => {
    const [issue] = issues(loadCatalogueText('provider:\n  id: [unclosed\n', 'bad.yaml'));
    expect(issue).toMatchObject({ file: 'bad.yaml', code: 'invalid_yaml' });
    expect(issue?.line).toBeGreaterThanOrEqual(2);
  });

  test('a key written twice is refused', () => {
    const [issue] = issues(loadCatalogueText('provider: {}\nprovider: {}\n', 'twice.yaml'));
    expect(issue).toMatchObject({ code: 'invalid_yaml', line: 2 });
  });

  test('aliases that expand into a huge document are refused', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => {
        const prev = 'abcdefgh'[i];
        return `${k}: &${k} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    expect(issues(loadCatalogueText(bomb, 'bomb.yaml'))).toEqual([
      expect.objectContaining({ code: 'invalid_yaml', message: expect.stringMatching(/alias/i) }),
    ]);
  });

  test('a .json file is read as JSON, and bad JSON is said so', () => {
    expect(issues(loadCatalogueText('{"version": ', 'c.json'))).toEqual([
      expect.objectContaining({ file: 'c.json', code: 'invalid_json' }),
    ]);
  });
});

describe('several provider files built together', () => {
  test('in order, into one catalogue', () => {
    const r = buildCatalogue('9', [
      { file: 'a.yaml', text: provider('alpha') },
      { file: 'b.yaml', text: provider('beta') },
    ]);
    expect(r.ok && [r.value.version, ...r.value.providers.map((p) => p.id)]).toEqual(['9', 'alpha', 'beta']);
  });

  test('a reference that does not resolve is reported in the file and at the path it is written', () => {
    const beta = provider('beta').replace(
      '        citation: { section',
      '        alternatives: [gamma.nope]\n        citation: { section',
    );
    const found = issues(
      buildCatalogue('9', [
        { file: 'a.yaml', text: provider('alpha') },
        { file: 'b.yaml', text: beta },
      ]),
    );
    expect(found).toEqual([
      expect.objectContaining({
        file: 'b.yaml',
        path: ['services', 0, 'criteria', 0],
        code: 'unknown_service',
        line: 20,
      }),
    ]);
  });

  test('an id used in two files is reported against both', () => {
    const found = issues(
      buildCatalogue('9', [
        { file: 'a.yaml', text: provider('alpha') },
        { file: 'b.yaml', text: provider('alpha') },
      ]),
    );
    expect(found.map((i) => [i.file, i.code])).toContainEqual(['a.yaml, b.yaml', 'duplicate_id']);
  });

  test('problems in several files are all reported, each with its file', () => {
    const bad = (id: string) => provider(id).replace('kind: group', 'kind: party');
    const found = issues(
      buildCatalogue('9', [
        { file: 'a.yaml', text: bad('alpha') },
        { file: 'b.yaml', text: bad('beta') },
      ]),
    );
    expect(found.map((i) => i.file)).toEqual(['a.yaml', 'b.yaml']);
  });
});

describe('files on disk', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'catalogue-files-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing file, a folder and a file over the limit are refused in words', async () => {
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, MAX_CATALOGUE_BYTES + 1);
    mkdirSync(path.join(dir, 'folder.yaml'));
    const messages = await Promise.all(
      ['nothing.yaml', 'folder.yaml', 'big.yaml'].map(
        async (f) => issues(await readSourceFile(path.join(dir, f)))[0]?.message,
      ),
    );
    expect(messages).toEqual([
      'There is no such file',
      'This is not a file',
      'This file is 10.0 MB; the limit is 10 MB',
    ]);
  });

  test('a list of provider files builds them from its folder, and names a file it cannot find', async () => {
    writeFileSync(path.join(dir, 'alpha.catalogue.yaml'), provider('alpha'));
    const list = (names: string[]) => `version: "3"\nproviders: [${names.join(', ')}]\n`;
    writeFileSync(path.join(dir, 'built-in.yaml'), list(['alpha.catalogue.yaml']));
    const built = await buildFromManifest(path.join(dir, 'built-in.yaml'));
    expect(built.ok && built.value.version).toBe('3');

    writeFileSync(path.join(dir, 'built-in.yaml'), list(['alpha.catalogue.yaml', 'beta.catalogue.yaml']));
    expect(issues(await buildFromManifest(path.join(dir, 'built-in.yaml')))).toEqual([
      expect.objectContaining({ file: path.join(dir, 'beta.catalogue.yaml'), code: 'unreadable' }),
    ]);
  });

  test('a list naming something other than a provider file is refused at its line', async () => {
    writeFileSync(path.join(dir, 'built-in.yaml'), 'version: "3"\nproviders:\n  - ../../etc/passwd\n');
    expect(issues(await buildFromManifest(path.join(dir, 'built-in.yaml')))).toEqual([
      expect.objectContaining({ path: ['providers', 0], line: 3 }),
    ]);
  });
});
