'use strict';
// Eligibility engine speed, on the built-in catalogue and on a generated 5,000-service Open Referral UK catalogue.
// Budgets (issue "Speed at council scale"): built-in p99 ≤ 100 µs; 5,000 services p99 ≤ 8 ms for a full
// evaluation and ≤ 1 ms for a one-fact change. Each line gives the figure, its ratio to the budget, PASS or OVER,
// and where it helps, the reference (uncompiled) engine's figure from the same run.
// An engine keeps statuses (each person's against shared rules, each shape's) and each service's result between
// referrals, and weighs again only what a change reaches: each change is measured both ways, back and forth between
// two referrals and to a new value each time; and a full evaluation both through one engine (which keeps what the
// last referral read) and on a new engine. At the end, for information, the lines' inputs run again for each input's
// median and fastest time: the engine's own cost, told apart from the collections and the machine's pauses in a p99;
// and the garbage collections that fell in each line's measured evaluations, with those they paused. A line
// measured for long enough gives the share of CPU time the hypervisor held back from the machine during it ("steal").
const os = require('node:os');
const { createEngine } = require('../dist/node/domain');
const { evaluateReference } = require('../dist/node/domain/eligibility/reference-engine');
const { catalogue } = require('../dist/node/catalogues');
const { generateScaleCatalogue } = require('../dist/node/catalogues/oruk/generate');
const { COUNCILS } = require('../dist/node/domain/areas/councils');
const { eligibilityLines, spread, us } = require('./support/eligibility-lines');
const { cpuTimes, stolenShare, stealWords } = require('./support/steal');

// How many times each line's inputs run again for each input's own cost (the first pass gives the budget's figures).
const PASSES = 10;

// Every garbage collection of the run, as Node reports it (delivered once the synchronous work is done).
const collections = [];
const collector = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    collections.push({ start: e.startTime, duration: e.duration, kind: e.detail?.kind });
});
collector.observe({ entryTypes: ['gc'] });
const KINDS = { 1: 'minor', 2: 'major', 4: 'incremental marking', 8: 'weak callbacks' };

/**
 * Times `run(i)` for i = 0…n-1 after `warm` unmeasured runs (by default one pass over the same inputs, so the figures
 * are the engine's steady state, as in a card open all day, not the compiler's first look at each kind of referral).
 * Garbage is collected before the unmeasured runs, so no pause is inherited from the line before: a full collection
 * moves the heap about, and the first few evaluations after one ran 2–7 ms at 5,000 services (a card open all day
 * never forces one), so the unmeasured runs come between it and the measured ones.
 */
function measure(n, run, { warm = n } = {}) {
  if (global.gc) global.gc();
  for (let i = 0; i < warm; i += 1) run(i);
  const samples = [];
  const starts = [];
  const cpu = [];
  const machine = cpuTimes();
  for (let i = 0; i < n; i += 1) {
    const c = process.cpuUsage();
    const t = performance.now();
    run(i);
    samples.push(performance.now() - t);
    starts.push(t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const steal = stolenShare(machine, cpuTimes());
  return { ...spread(samples), cpuMedian: spread(cpu).median, n, run, samples, starts, steal };
}

/**
 * Each input's time over PASSES passes through the same inputs in the same order (`run(i)` depends on i alone; after
 * the first, unmeasured pass the input before input 0 is input n-1, as in the measured one): its median, the engine's
 * own cost of the input, as a collection or a pause of the machine falls on one input in one pass, not on the same
 * input in most passes; and its fastest, the cost at the machine's best moment.
 */
function ownTimesOf(n, run) {
  if (global.gc) global.gc();
  for (let i = 0; i < n; i += 1) run(i);
  const times = Array.from({ length: n }, () => []);
  const machine = cpuTimes();
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (let i = 0; i < n; i += 1) {
      const t = performance.now();
      run(i);
      times[i].push(performance.now() - t);
    }
  }
  return {
    typical: times.map((ts) => spread(ts).median),
    fastest: times.map((ts) => Math.min(...ts)),
    steal: stolenShare(machine, cpuTimes()),
  };
}

/** The lines whose inputs run again once every budget's figure is taken, so the passes cannot disturb those. */
const replays = [];
/** Every budget line, for the collections that fell in its measured pass. */
const lines = [];

/** "; steal 23%" after a line measured long enough to tell (see support/steal.js), else nothing. */
const stealNote = (share) => (share === undefined ? '' : `; ${stealWords(share)}`);

/**
 * One budget line: the figure, its ratio to the budget, PASS or OVER, and the reference engine's where measured. The
 * median CPU time is given too: on a loaded machine the wall-clock figures measure the queue for the CPU as well.
 * With `replay`, the line's inputs run again at the end for each one's fastest time (`describe` names the costliest).
 */
function budget(label, s, limitMs, { reference, replay = false, describe } = {}) {
  const ratio = s.p99 / limitMs;
  const ref = reference
    ? `; reference engine median ${us(reference.median)} (CPU ${us(reference.cpuMedian)}), p99 ${us(reference.p99)}`
    : '';
  console.log(
    `${label}: median ${us(s.median)} (CPU ${us(s.cpuMedian)}), p99 ${us(s.p99)} = ${ratio.toFixed(2)}× the budget of ${us(limitMs)}  ${ratio <= 1 ? 'PASS' : 'OVER'}${stealNote(s.steal)}${ref}`,
  );
  if (replay) replays.push({ label, s, limitMs, describe });
  lines.push({ label, s, limitMs });
}

/**
 * The collections that began during one of a line's measured evaluations, and the evaluations they paused (a
 * collection that begins while `run(i)` runs is part of its time); the p99 of the evaluations none paused tells how
 * much of the line's p99 the collections make.
 */
function collectionsIn({ samples, starts }) {
  const paused = new Set();
  const found = [];
  let i = 0;
  const sorted = [...collections].sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    while (i < starts.length && starts[i] + samples[i] < c.start) i += 1;
    if (i === starts.length) break;
    if (c.start < starts[i]) continue;
    found.push(c);
    paused.add(i);
  }
  const others = samples.filter((_, k) => !paused.has(k));
  return { found, paused: paused.size, others };
}

/** For each budget line: the collections in its measured pass, and the p99 without the evaluations they paused. */
function collectionsReport() {
  console.log(
    "garbage collections during each line's measured evaluations (for information; the budgets are judged on the figures above):",
  );
  if (collections.length === 0) {
    console.log('  Node reported no collections in this run, so none can be matched to the lines.');
    return;
  }
  for (const { label, s, limitMs } of lines) {
    const { found, paused, others } = collectionsIn(s);
    if (found.length === 0) {
      console.log(`${label}: none`);
      continue;
    }
    const kinds = [...new Set(found.map((c) => KINDS[c.kind] ?? `kind ${c.kind}`))].join(', ');
    const total = found.reduce((t, c) => t + c.duration, 0);
    const longest = Math.max(...found.map((c) => c.duration));
    const rest = spread(others);
    console.log(
      `${label}: ${found.length} (${kinds}), ${us(total)} in all, the longest ${us(longest)}, pausing ${paused} of ${s.n} evaluations; the other ${others.length}: median ${us(rest.median)}, p99 ${us(rest.p99)} = ${(rest.p99 / limitMs).toFixed(2)}× the budget`,
    );
  }
}

/** The engine's own cost of each budget line's inputs; PASS or OVER stays with the figures above. */
function ownCosts() {
  console.log(
    `the engine's own cost: each input's median time over ${PASSES} more passes through the same inputs, and its fastest (for information; the budgets are judged on the figures above)`,
  );
  for (const { label, s, limitMs, describe } of replays) {
    const { typical, fastest, steal } = ownTimesOf(s.n, s.run);
    const own = spread(typical);
    const best = spread(fastest);
    const costliest = describe
      ? `; costliest: ${[...typical.keys()]
          .sort((x, y) => typical[y] - typical[x])
          .slice(0, 3)
          .map((i) => `${describe(i)} ${us(typical[i])}`)
          .join(', ')}`
      : '';
    console.log(
      `${label}: median ${us(own.median)}, p99 ${us(own.p99)} = ${(own.p99 / limitMs).toFixed(2)}× the budget, max ${us(own.max)}; fastest: median ${us(best.median)}, p99 ${us(best.p99)} = ${(best.p99 / limitMs).toFixed(2)}× the budget${stealNote(steal)}${costliest}`,
    );
  }
}

/** Measures each line in turn (the reference engine's too, where a line has it) and prints its budget's figures. */
function measureLines() {
  const engines = { createEngine, evaluateReference, catalogue, generateScaleCatalogue, COUNCILS };
  for (const line of eligibilityLines(engines, (text) => console.log(text))) {
    const s = measure(line.n, line.run, line);
    const reference = line.reference && measure(line.reference.n, line.reference.run, line.reference);
    const label = typeof line.label === 'function' ? line.label() : line.label;
    budget(label, s, line.limitMs, { reference, replay: line.replay, describe: line.describe });
  }
}

console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`,
);
measureLines();
ownCosts();
// Node reports collections once the synchronous work above is done.
setTimeout(() => {
  collector.disconnect();
  collectionsReport();
}, 500);
