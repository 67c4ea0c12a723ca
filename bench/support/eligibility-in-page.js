'use strict';
/* global window */
// The eligibility bench's lines in a web page, bundled by bench/eligibility.browser.bench.js: the engine as the card
// runs it, in the browser's JavaScript engine rather than Node's. Measured as bench/eligibility.bench.js measures
// them (garbage collected, one unmeasured pass over the same inputs, then the measured pass), without the reference
// engine, the per-input passes and Node's collection records.
const { createEngine } = require('../../dist/node/domain');
const { catalogue } = require('../../dist/node/catalogues');
const { generateScaleCatalogue } = require('../../dist/node/catalogues/oruk/generate');
const { COUNCILS } = require('../../dist/node/domain/areas/councils');
const { eligibilityLines, spread } = require('./eligibility-lines');

/** A line's median and p99 in ms, after one unmeasured pass (or `warm` runs) over its inputs. */
function measure({ n, run, warm = n }) {
  // Chromium started with --js-flags=--expose-gc, as Node is for the other bench.
  if (typeof window.gc === 'function') window.gc();
  for (let i = 0; i < warm; i += 1) run(i);
  const samples = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    run(i);
    samples.push(performance.now() - t);
  }
  return spread(samples);
}

/** Every line in turn: what the bench says between lines, and each line's figures. */
window.measureEligibility = () => {
  const out = [];
  const engines = { createEngine, evaluateReference: undefined, catalogue, generateScaleCatalogue, COUNCILS };
  for (const line of eligibilityLines(engines, (text) => out.push({ text }))) {
    const s = measure(line);
    out.push({ label: typeof line.label === 'function' ? line.label() : line.label, limitMs: line.limitMs, ...s });
  }
  return { lines: out, isolated: window.crossOriginIsolated, gc: typeof window.gc === 'function' };
};
