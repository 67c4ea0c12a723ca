// A council changes a criterion by editing its provider file: no code. `catalogue validate` checks the edit, and
// `catalogue build` makes the catalogue the card gets; a bad edit is refused with the file, the place and the words.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCatalogueText } from '../../src/catalogues/load';
import { cliIn } from '../cli/commands/catalogue-cli';
import { evaluate } from '../../src/domain';
import type { Catalogue } from '../../src/domain';
import { NOW, referral } from '../domain/fixtures/referrals';
import { PROVIDERS_DIR } from './provider-files';

const LEWISHAM = 'lewisham-family-hub.catalogue.yaml';
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'council-edit-'));
  cpSync(PROVIDERS_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => cliIn(dir)(...argv);

/** Edits the Triple P Group's upper age, in the service's ages and in its age criterion. */
function setTriplePMaxAge(value: string) {
  const text = readFileSync(at(LEWISHAM), 'utf8');
  const service = text.indexOf('id: lewisham.triple-p-group');
  const head = text.slice(0, service);
  const tail = text.slice(service);
  const edited = tail
    .replace('ages: { min: 2, max: 10 }', `ages: { min: 2, max: ${value} }`)
    .replace(/(id: lewisham\.triple-p-group\.age\n(?:.*\n)*?\s+)max: 10\n/, `$1max: ${value}\n`);
  expect(edited).not.toBe(tail);
  writeFileSync(at(LEWISHAM), head + edited);
}

async function builtCatalogue(): Promise<Catalogue> {
  const build = await cli('catalogue', 'build', '--source', at('built-in.yaml'), '--out', at('built.json'));
  expect(build).toMatchObject({ code: 0, stdout: '' });
  const loaded = loadCatalogueText(readFileSync(at('built.json'), 'utf8'), 'built.json');
  if (!loaded.ok) throw new Error('the built catalogue does not load');
  return loaded.value;
}

// An eleven-year-old on the evaluation date.
const family = referral({
  people: [{ id: 'c1', kind: 'child', name: 'Sam', dateOfBirth: '2015-06-01', livesWithOrRegularContact: 'yes' }],
});
const ageReason = (c: Catalogue) =>
  evaluate(family, c, { now: NOW, serviceIds: ['lewisham.triple-p-group'] }).results[0]?.reasons.find(
    (r) => r.code === 'lewisham.triple-p-group.age',
  )?.status;

test('raising an age limit in a provider file is checked by validate and changes the verdict after a build', async () => {
  expect(ageReason(await builtCatalogue())).toBe('not-met');

  setTriplePMaxAge('12');
  const validate = await cli('catalogue', 'validate', at(LEWISHAM));
  expect(validate.stderr).toBe('');
  expect(validate.code).toBe(0);
  expect(validate.stdout).toMatch(/is valid: 1 providers, 6 services/);

  const edited = await builtCatalogue();
  expect(ageReason(edited)).toBe('met');
  expect(edited.services.find((s) => s.id === 'lewisham.triple-p-group')?.ages).toEqual({ min: 2, max: 12 });
});

test('an age written in words is refused with the file, the place in it and what is wrong; exit 2', async () => {
  setTriplePMaxAge('"ten"');
  for (const target of [at(LEWISHAM), at('built-in.yaml')]) {
    const r = await cli('catalogue', 'validate', target);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${target} is not valid`);
    expect(r.stderr).toMatch(/services\[0\]\.ages\.max \(line \d+\): .*expected number, received string/i);
    expect(r.stderr).toMatch(/services\[0\]\.criteria\[0\]/);
  }
  const build = await cli('catalogue', 'build', '--source', at('built-in.yaml'), '--out', at('built.json'));
  expect(build.code).toBe(2);
  expect(build.stderr).toContain(`${at(LEWISHAM)}: services[0].ages.max (line`);
});
