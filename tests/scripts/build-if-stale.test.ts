// `npm start` rebuilds only when an input changed: run against a small project whose build counts its runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(__dirname, '../../scripts/build-if-stale.js');

// The build writes what the product needs to start and counts itself; FAIL_BUILD makes it fail.
const MAKE_DIST = `
const fs = require('fs');
if (process.env.FAIL_BUILD) process.exit(3);
fs.mkdirSync('dist/node/sandbox', { recursive: true });
fs.mkdirSync('dist/web', { recursive: true });
fs.writeFileSync('dist/node/sandbox/main.js', '');
fs.appendFileSync('builds.txt', 'x');
`;

const withoutSettings = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('REFERRAL_CARD_')));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-if-stale-'));
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'src'));
  copyFileSync(SCRIPT, path.join(dir, 'scripts/build-if-stale.js'));
  writeFileSync(path.join(dir, 'make-dist.js'), MAKE_DIST);
  writeFileSync(path.join(dir, 'src/card.ts'), 'export const a = 1;\n');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'fixture',
      private: true,
      scripts: { build: 'node make-dist.js', postbuild: 'node scripts/build-if-stale.js --stamp' },
    }),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const start = (env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/build-if-stale.js'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...withoutSettings(process.env), ...env },
  });
const builds = () => {
  try {
    return readFileSync(path.join(dir, 'builds.txt'), 'utf8').length;
  } catch {
    return 0;
  }
};

test('builds the first time, then starts without building while nothing changed', () => {
  expect(start().status).toBe(0);
  expect(builds()).toBe(1);
  const second = start();
  expect(second.status).toBe(0);
  expect(second.stdout).toMatch(/up to date/);
  expect(builds()).toBe(1);
});

test('builds again when a source file changes, and when an output has gone', () => {
  start();
  writeFileSync(path.join(dir, 'src/card.ts'), 'export const a = 2;\n');
  start();
  expect(builds()).toBe(2);
  rmSync(path.join(dir, 'dist/web'), { recursive: true });
  start();
  expect(builds()).toBe(3);
  start();
  expect(builds()).toBe(3);
});

test('builds again when the deployment settings the build reads change', () => {
  start();
  start({ REFERRAL_CARD_ENV: 'sandbox' });
  expect(builds()).toBe(2);
  start({ REFERRAL_CARD_ENV: 'sandbox' });
  expect(builds()).toBe(2);
  start();
  expect(builds()).toBe(3);
});

test('a failed build fails the start and is not recorded as up to date', () => {
  const failed = start({ FAIL_BUILD: '1' });
  expect(failed.status).not.toBe(0);
  expect(builds()).toBe(0);
  const check = spawnSync(process.execPath, ['scripts/build-if-stale.js', '--check'], {
    cwd: dir,
    encoding: 'utf8',
    env: withoutSettings(process.env),
  });
  expect(check.status).toBe(1);
  expect(start().status).toBe(0);
  expect(builds()).toBe(1);
});
