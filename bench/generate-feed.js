#!/usr/bin/env node
'use strict';
// Writes a generated Open Referral UK feed and a council overlay for it, made up from a seed (no real services):
//   node bench/generate-feed.js [--services 5000] [--seed 1] [--out generated-feed]
// gives <out>/feed.json (an HSDS 3.0 page) and <out>/overlay.json, which `referral-card` imports like a council's own.
// Needs `npm run build:node` first.
const fs = require('node:fs');
const path = require('node:path');
const { generateScaleCatalogue } = require('../dist/node/catalogues/oruk/generate');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const services = Number(option('services', '5000'));
const seed = Number(option('seed', '1'));
const out = option('out', 'generated-feed');
if (!Number.isInteger(services) || services < 1 || services > 20000 || !Number.isInteger(seed)) {
  console.error('--services must be a whole number from 1 to 20000, and --seed a whole number');
  process.exit(2);
}
const { feed, overlay, catalogue } = generateScaleCatalogue({ services, seed });
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'feed.json'), `${JSON.stringify(feed, null, 2)}\n`);
fs.writeFileSync(path.join(out, 'overlay.json'), `${JSON.stringify(overlay, null, 2)}\n`);
const criteria = catalogue.services.reduce((n, s) => n + s.criteria.length, 0);
console.log(
  `${services} services from ${catalogue.providers.length} organisations, ${criteria} criteria: ${out}/feed.json, ${out}/overlay.json`,
);
