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
const { realistic } = require('./support/referrals');
const { cpuTimes, stolenShare, stealWords } = require('./support/steal');

const NOW = new Date('2026-11-23T10:00:00Z');
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

const us = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

/** Median, p99 and max of a list of times, in ms. */
function spread(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p99: at(0.99), max: s[s.length - 1] };
}

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

/** A referral and the same referral with one thing changed, alternately: what a choice in the form does. */
function alternate(engine, a, b, n) {
  return measure(n, (i) => engine.evaluate(i % 2 ? b : a, { now: NOW }));
}

function builtIn() {
  console.log(`built-in catalogue: ${catalogue.services.length} services`);
  const one = realistic(1, catalogue);
  const engine = createEngine(catalogue);
  budget(
    '  the same referral again (5,000 runs)',
    measure(5000, () => engine.evaluate(one, { now: NOW })),
    0.1,
    { replay: true },
  );
  const changed = { ...one, risks: { ...one.risks, perpetratorInHome: 'yes' } };
  budget('  one fact changed (an answer about risks, 5,000 runs)', alternate(engine, one, changed, 5000), 0.1, {
    replay: true,
  });
  const referrals = Array.from({ length: 1000 }, (_, i) => realistic(i, catalogue));
  const full = measure(1000, (i) => engine.evaluate(referrals[i], { now: NOW }));
  const reference = measure(1000, (i) => evaluateReference(referrals[i], catalogue, { now: NOW }));
  budget('  1,000 different referrals, each a full evaluation', full, 0.1, { reference, replay: true });
  const cold = measure(1000, (i) => createEngine(catalogue).evaluate(referrals[i], { now: NOW }));
  budget('  1,000 different referrals, each on a new engine (nothing kept)', cold, 0.1);
}

/** A referral with a child's date of birth, or the family's council, changed. */
const withBirth = (a, dateOfBirth) => ({
  ...a,
  people: a.people.map((p) => (p.id === 'c1' ? { ...p, dateOfBirth } : p)),
});
const withCouncil = (a, councilCode) => ({ ...a, family: { ...a.family, councilCode } });

/** One-fact changes to a referral on a 5,000-service engine: back and forth, then to a new value each time. */
function changesAtScale(engine, a) {
  const flip = (v) => (v === 'yes' ? 'no' : 'yes');
  const changes = [
    ['an answer about risks', { ...a, risks: { ...a.risks, perpetratorInHome: flip(a.risks.perpetratorInHome) } }],
    [
      'an answer to a council question',
      { ...a, answers: { ...a.answers, 'gen-waiting-list': flip(a.answers['gen-waiting-list']) } },
    ],
    ['the family’s council', withCouncil(a, 'E09000002')],
    ['a child’s date of birth (read by every age rule)', withBirth(a, '2015-01-01')],
  ];
  for (const [what, b] of changes) {
    const s = alternate(engine, a, b, 200);
    engine.evaluate(a, { now: NOW });
    engine.evaluate(b, { now: NOW });
    budget(`  one fact changed, back and forth: ${what} (${engine.reevaluated} services re-evaluated)`, s, 1, {
      replay: true,
    });
  }
  // Each of the 48 councils in turn, and a new date each time: every part that reads the fact is weighed again.
  const council = (i) => COUNCILS[i % COUNCILS.length];
  const councils = measure(200, (i) => engine.evaluate(withCouncil(a, council(i).code), { now: NOW }));
  budget(
    `  one fact changed to a new value each time: the family’s council (${engine.reevaluated} services)`,
    councils,
    1,
    { replay: true, describe: (i) => `${council((i + 199) % 200).name} to ${council(i).name}` },
  );
  // A new date of birth in another year of age each time (a date in the same year of age changes no fact).
  const day = (n) => new Date(Date.UTC(2008 + (n % 10), n % 12, 1 + (n % 28))).toISOString().slice(0, 10);
  const births = measure(200, (i) => engine.evaluate(withBirth(a, day(i)), { now: NOW }));
  budget(
    `  one fact changed to a new value each time: a child’s date of birth, a year of age apart (${engine.reevaluated} services)`,
    births,
    1,
    { replay: true, describe: (i) => `${day((i + 199) % 200)} to ${day(i)}` },
  );
}

function atScale() {
  const t = performance.now();
  const { catalogue: big } = generateScaleCatalogue({ services: 5000, seed: 1 });
  const criteria = big.services.reduce((n, s) => n + s.criteria.length, 0);
  console.log(
    `generated catalogue: ${big.services.length} services, ${criteria} criteria of their own and ${big.ruleSets.length} shared rule sets (made in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
  const referrals = Array.from({ length: 200 }, (_, i) => realistic(i, big));
  const engine = createEngine(big);
  const full = measure(200, (i) => engine.evaluate(referrals[i], { now: NOW }));
  const reference = measure(10, (i) => evaluateReference(referrals[i], big, { now: NOW }), { warm: 2 });
  budget('  200 different referrals, each a full evaluation', full, 8, { reference, replay: true });
  const cold = measure(50, (i) => createEngine(big).evaluate(referrals[i], { now: NOW }));
  budget('  50 different referrals, each on a new engine (nothing kept)', cold, 8);
  changesAtScale(engine, referrals[3]);
}

console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`,
);
builtIn();
atScale();
ownCosts();
// Node reports collections once the synchronous work above is done.
setTimeout(() => {
  collector.disconnect();
  collectionsReport();
}, 500);
