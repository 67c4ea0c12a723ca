'use strict';
// Eligibility engine speed, on the built-in catalogue and on a generated 5,000-service Open Referral UK catalogue.
// Budgets (issue "Speed at council scale"): built-in p99 ≤ 100 µs; 5,000 services p99 ≤ 8 ms for a full
// evaluation and ≤ 1 ms for a one-fact change. Each line gives the figure, its ratio to the budget, PASS or OVER,
// and where it helps, the reference (uncompiled) engine's figure from the same run.
// An engine keeps statuses (each person's against shared rules, each shape's) and each service's result between
// referrals, and weighs again only what a change reaches: each change is measured both ways, back and forth between
// two referrals and to a new value each time; and a full evaluation both through one engine (which keeps what the
// last referral read) and on a new engine.
const os = require('node:os');
const { createEngine } = require('../dist/node/domain');
const { evaluateReference } = require('../dist/node/domain/eligibility/reference-engine');
const { catalogue } = require('../dist/node/catalogues');
const { generateScaleCatalogue } = require('../dist/node/catalogues/oruk/generate');
const { COUNCILS } = require('../dist/node/domain/areas/councils');
const { realistic } = require('./support/referrals');

const NOW = new Date('2026-11-23T10:00:00Z');

function stats(samples, cpu) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const c = [...cpu].sort((a, b) => a - b);
  return { median: at(0.5), p99: at(0.99), max: s[s.length - 1], cpuMedian: c[Math.floor(c.length / 2)] };
}
const us = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

/**
 * Times `run(i)` for i = 0…n-1 after `warm` unmeasured runs (by default one pass over the same inputs, so the figures
 * are the engine's steady state, as in a card open all day, not the compiler's first look at each kind of referral);
 * collects garbage first so a pause is not inherited.
 */
function measure(n, run, warm = n) {
  for (let i = 0; i < warm; i += 1) run(i);
  if (global.gc) global.gc();
  const samples = [];
  const cpu = [];
  for (let i = 0; i < n; i += 1) {
    const c = process.cpuUsage();
    const t = performance.now();
    run(i);
    samples.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return stats(samples, cpu);
}

/**
 * One budget line: the figure, its ratio to the budget, PASS or OVER, and the reference engine's where measured. The
 * median CPU time is given too: on a loaded machine the wall-clock figures measure the queue for the CPU as well.
 */
function budget(label, s, limitMs, reference) {
  const ratio = s.p99 / limitMs;
  const ref = reference
    ? `; reference engine median ${us(reference.median)} (CPU ${us(reference.cpuMedian)}), p99 ${us(reference.p99)}`
    : '';
  console.log(
    `${label}: median ${us(s.median)} (CPU ${us(s.cpuMedian)}), p99 ${us(s.p99)} = ${ratio.toFixed(2)}× the budget of ${us(limitMs)}  ${ratio <= 1 ? 'PASS' : 'OVER'}${ref}`,
  );
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
  );
  const changed = { ...one, risks: { ...one.risks, perpetratorInHome: 'yes' } };
  budget('  one fact changed (an answer about risks, 5,000 runs)', alternate(engine, one, changed, 5000), 0.1);
  const referrals = Array.from({ length: 1000 }, (_, i) => realistic(i, catalogue));
  const full = measure(1000, (i) => engine.evaluate(referrals[i], { now: NOW }));
  const reference = measure(1000, (i) => evaluateReference(referrals[i], catalogue, { now: NOW }));
  budget('  1,000 different referrals, each a full evaluation', full, 0.1, reference);
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
    budget(`  one fact changed, back and forth: ${what} (${engine.reevaluated} services re-evaluated)`, s, 1);
  }
  // Each of the 48 councils in turn, and a new date each time: every part that reads the fact is weighed again.
  let k = 0;
  const councils = measure(200, () =>
    engine.evaluate(withCouncil(a, COUNCILS[k++ % COUNCILS.length].code), { now: NOW }),
  );
  budget(
    `  one fact changed to a new value each time: the family’s council (${engine.reevaluated} services)`,
    councils,
    1,
  );
  // A new date of birth in another year of age each time (a date in the same year of age changes no fact).
  const day = (n) => new Date(Date.UTC(2008 + (n % 10), n % 12, 1 + (n % 28))).toISOString().slice(0, 10);
  const births = measure(200, () => engine.evaluate(withBirth(a, day(k++)), { now: NOW }));
  budget(
    `  one fact changed to a new value each time: a child’s date of birth, a year of age apart (${engine.reevaluated} services)`,
    births,
    1,
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
  const reference = measure(10, (i) => evaluateReference(referrals[i], big, { now: NOW }), 2);
  budget('  200 different referrals, each a full evaluation', full, 8, reference);
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
