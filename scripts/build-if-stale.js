#!/usr/bin/env node
// `npm start` builds only when something the build reads has changed since the last build that succeeded here.
// The inputs are hashed (their contents, not their times, so a fresh clone or a `git checkout` of the same commit
// counts as unchanged); the hash is kept in dist/, which `npm run build` writes and git ignores.
'use strict';

const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const STAMP = path.join(ROOT, 'dist', '.build-inputs.sha256');
/** What `npm run build` reads: the sources, the build's own configuration and the installed dependencies. */
const INPUTS = [
  'src',
  'bin',
  'manifest',
  'env',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'webpack.config.js',
];
/** What the build writes, without which the product cannot start even when the inputs are unchanged. */
const OUTPUTS = ['dist/node/sandbox/main.js', 'dist/web'];

function filesUnder(relative) {
  const full = path.join(ROOT, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

/** One hash over every input file's path and bytes, the REFERRAL_CARD_* settings the build reads, and Node's version. */
function inputsHash() {
  const hash = createHash('sha256').update(process.version);
  const settings = Object.keys(process.env)
    .filter((key) => key.startsWith('REFERRAL_CARD_'))
    .sort()
    .map((key) => `${key}=${process.env[key]}`);
  hash.update(`\0settings\0${settings.join('\n')}`);
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(`\0${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex');
}

function isUpToDate(current) {
  if (!OUTPUTS.every((o) => existsSync(path.join(ROOT, o)))) return false;
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === current;
}

function stamp() {
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${inputsHash()}\n`);
}

function main() {
  const started = Date.now();
  // After `npm run build` (its postbuild step): what was just built, including the catalogue it regenerated.
  if (process.argv.includes('--stamp')) {
    stamp();
    return 0;
  }
  const fresh = isUpToDate(inputsHash());
  if (process.argv.includes('--check')) {
    console.log(fresh ? 'The build is up to date.' : 'The build is out of date.');
    return fresh ? 0 : 1;
  }
  if (fresh) {
    console.log(`The build is up to date (checked in ${Date.now() - started} ms); starting without rebuilding.`);
    return 0;
  }
  console.log('Sources have changed since the last build: building (about 2 minutes)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // `npm run build` stamps the inputs itself when it succeeds (postbuild).
  return spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}

process.exitCode = main();
