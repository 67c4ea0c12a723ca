#!/usr/bin/env node
'use strict';
// `npm run bench`: runs every bench/*.bench.js in its own process, one after another, and prints their figures.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { cpuTimes, stolenShare, stealWords } = require('./support/steal');

const only = process.argv.slice(2);
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.js$/, '')}`);
  const before = cpuTimes();
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
  // The CPU time the hypervisor held back while this bench ran: a figure taken at a slow moment of the host shows it.
  const steal = stolenShare(before, cpuTimes());
  if (steal !== undefined)
    console.log(
      `(${stealWords(steal)}: of the CPU time the machine wanted while this bench ran, the share the hypervisor held back)`,
    );
}
process.exitCode = failed ? 1 : 0;
