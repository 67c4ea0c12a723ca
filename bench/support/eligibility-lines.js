'use strict';
// The eligibility bench's lines, for any runtime: Node (bench/eligibility.bench.js, which judges the budgets) and the
// browser the card runs the engine in (bench/eligibility.browser.bench.js, for information). They take the engine
// and the catalogues as arguments, so a runner can load them from dist/node or from a bundle of it.
const { realistic } = require('./referrals');

const NOW = new Date('2026-11-23T10:00:00Z');
const AT = { now: NOW };

/** Median, p99 and max of a list of times, in ms. */
function spread(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p99: at(0.99), max: s[s.length - 1] };
}

/** A referral with a child's date of birth, or the family's council, changed. */
const withBirth = (a, dateOfBirth) => ({
  ...a,
  people: a.people.map((p) => (p.id === 'c1' ? { ...p, dateOfBirth } : p)),
});
const withCouncil = (a, councilCode) => ({ ...a, family: { ...a.family, councilCode } });

/** A referral and the same referral with one thing changed, alternately: what a choice in the form does. */
const alternately = (engine, a, b) => (i) => engine.evaluate(i % 2 ? b : a, AT);

/**
 * Every line of the bench, in the order they are measured, as a generator: a runner measures each line it is given
 * before asking for the next, as a line's engine keeps what the lines before it evaluated. A line is
 *   { label, n, run(i), limitMs, warm?, reference?, replay?, describe? }:
 * `run(i)` for i = 0…n-1 is the measured pass (after `warm` unmeasured runs, by default a pass over the same inputs);
 * `label` may be a function, called once the line is measured (it names what the last evaluation re-evaluated);
 * `reference` is the reference engine's run over the same inputs ({ n, run, warm }); `replay` marks the lines whose
 * inputs run again for their own cost, and `describe(i)` names input i. `say(text)` prints what is not a line.
 */
function* eligibilityLines({ createEngine, evaluateReference, catalogue, generateScaleCatalogue, COUNCILS }, say) {
  say(`built-in catalogue: ${catalogue.services.length} services`);
  const one = realistic(1, catalogue);
  const engine = createEngine(catalogue);
  yield {
    label: '  the same referral again (5,000 runs)',
    n: 5000,
    run: () => engine.evaluate(one, AT),
    limitMs: 0.1,
    replay: true,
  };
  const changed = { ...one, risks: { ...one.risks, perpetratorInHome: 'yes' } };
  yield {
    label: '  one fact changed (an answer about risks, 5,000 runs)',
    n: 5000,
    run: alternately(engine, one, changed),
    limitMs: 0.1,
    replay: true,
  };
  const referrals = Array.from({ length: 1000 }, (_, i) => realistic(i, catalogue));
  yield {
    label: '  1,000 different referrals, each a full evaluation',
    n: 1000,
    run: (i) => engine.evaluate(referrals[i], AT),
    limitMs: 0.1,
    reference: { n: 1000, run: (i) => evaluateReference(referrals[i], catalogue, AT) },
    replay: true,
  };
  yield {
    label: '  1,000 different referrals, each on a new engine (nothing kept)',
    n: 1000,
    run: (i) => createEngine(catalogue).evaluate(referrals[i], AT),
    limitMs: 0.1,
  };
  yield* atScale({ createEngine, evaluateReference, generateScaleCatalogue, COUNCILS }, say);
}

function* atScale({ createEngine, evaluateReference, generateScaleCatalogue, COUNCILS }, say) {
  const t = performance.now();
  const { catalogue: big } = generateScaleCatalogue({ services: 5000, seed: 1 });
  const criteria = big.services.reduce((n, s) => n + s.criteria.length, 0);
  say(
    `generated catalogue: ${big.services.length} services, ${criteria} criteria of their own and ${big.ruleSets.length} shared rule sets (made in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
  const referrals = Array.from({ length: 200 }, (_, i) => realistic(i, big));
  const engine = createEngine(big);
  yield {
    label: '  200 different referrals, each a full evaluation',
    n: 200,
    run: (i) => engine.evaluate(referrals[i], AT),
    limitMs: 8,
    reference: { n: 10, run: (i) => evaluateReference(referrals[i], big, AT), warm: 2 },
    replay: true,
  };
  yield {
    label: '  50 different referrals, each on a new engine (nothing kept)',
    n: 50,
    run: (i) => createEngine(big).evaluate(referrals[i], AT),
    limitMs: 8,
  };
  yield* changesAtScale(engine, referrals[3], COUNCILS);
}

/** One-fact changes to a referral on a 5,000-service engine: back and forth, then to a new value each time. */
function* changesAtScale(engine, a, COUNCILS) {
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
    // The measured pass ends on a change from `a` to `b`: the engine's count is that change's.
    yield {
      label: () => `  one fact changed, back and forth: ${what} (${engine.reevaluated} services re-evaluated)`,
      n: 200,
      run: alternately(engine, a, b),
      limitMs: 1,
      replay: true,
    };
  }
  // Each of the 48 councils in turn, and a new date each time: every part that reads the fact is weighed again.
  const council = (i) => COUNCILS[i % COUNCILS.length];
  yield {
    label: () => `  one fact changed to a new value each time: the family’s council (${engine.reevaluated} services)`,
    n: 200,
    run: (i) => engine.evaluate(withCouncil(a, council(i).code), AT),
    limitMs: 1,
    replay: true,
    describe: (i) => `${council((i + 199) % 200).name} to ${council(i).name}`,
  };
  // A new date of birth in another year of age each time (a date in the same year of age changes no fact).
  const day = (n) => new Date(Date.UTC(2008 + (n % 10), n % 12, 1 + (n % 28))).toISOString().slice(0, 10);
  yield {
    label: () =>
      `  one fact changed to a new value each time: a child’s date of birth, a year of age apart (${engine.reevaluated} services)`,
    n: 200,
    run: (i) => engine.evaluate(withBirth(a, day(i)), AT),
    limitMs: 1,
    replay: true,
    describe: (i) => `${day((i + 199) % 200)} to ${day(i)}`,
  };
}

/** "1.2 µs" below a millisecond, else "1.23 ms". */
const us = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

module.exports = { eligibilityLines, spread, us };
