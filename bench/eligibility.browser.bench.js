'use strict';
/* global window */
// The eligibility bench's lines (bench/support/eligibility-lines.js) in headless Chromium, where the card runs the
// engine (Outlook on the web and in Windows, and Teams, are Chromium-based): for information beside
// bench/eligibility.bench.js, whose Node figures the budgets are judged on. The engine is bundled from dist/node as it
// is, served from a cross-origin-isolated page (so performance.now() is precise to 5 µs rather than 100 µs), and
// Chromium is started with its garbage collector callable, as Node is for the other bench.
// Needs `npm run build:node` (npm run bench does it) and Chromium (`apt-get install chromium`, or CHROMIUM_PATH).
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { us } = require('./support/eligibility-lines');
const { launchChromium } = require('./support/chromium');

const OUT = path.join(os.tmpdir(), 'referral-card-bench-eligibility');
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const PAGE =
  '<!doctype html><html lang="en-GB"><title>Eligibility</title><script src="/eligibility.js"></script></html>';

/** Bundles bench/support/eligibility-in-page.js and the engine from dist/node for the browser (production webpack). */
function bundle() {
  const webpack = require('webpack');
  const config = {
    mode: 'production',
    target: 'web',
    entry: path.join(__dirname, 'support', 'eligibility-in-page.js'),
    output: { path: OUT, filename: 'eligibility.js', clean: true },
    devtool: false,
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || stats.hasErrors()) return reject(error ?? new Error(stats.toString('errors-only')));
      resolve(fs.readFileSync(path.join(OUT, 'eligibility.js')));
    });
  });
}

/** A page and the bundle, cross-origin isolated, on a free port of this machine. */
function serve(script) {
  const server = http.createServer((req, res) => {
    const js = req.url === '/eligibility.js';
    res.writeHead(200, { ...ISOLATED, 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(js ? script : PAGE);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const engine = path.join(__dirname, '..', 'dist', 'node', 'domain', 'index.js');
  if (!fs.existsSync(engine)) throw new Error('dist/node is missing: run npm run build:node first.');
  const server = await serve(await bundle());
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const { lines, isolated, gc } = await page.evaluate(() => window.measureEligibility());
    console.log(
      `Chromium ${browser.version()}, headless, 1x CPU (page ${isolated ? 'cross-origin isolated: times to 5 µs' : 'NOT isolated: times to 100 µs'}${gc ? '' : '; garbage could not be collected between lines'}); for information: the budgets are judged on Node's figures (bench/eligibility.bench.js)`,
    );
    for (const line of lines) {
      if (line.text) console.log(line.text);
      else
        console.log(
          `${line.label}: median ${us(line.median)}, p99 ${us(line.p99)} = ${(line.p99 / line.limitMs).toFixed(2)}× the budget of ${us(line.limitMs)}, max ${us(line.max)}`,
        );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(`eligibility in the browser failed: ${error.message}`);
  process.exitCode = 1;
});
