import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { createEngine } from '../../../src/domain';
import type { Catalogue, Engine, Evaluation } from '../../../src/domain';
import { evaluateReference } from '../../../src/domain/eligibility/reference-engine';
import { catalogue as builtIn } from '../../../src/catalogues';
import { generateScaleCatalogue } from '../../../src/catalogues/oruk/generate';
import { anyInput, applyChange, change, instant, structuredReferral } from './referral-arbitraries';
import type { Change } from './referral-arbitraries';

// The compiled engine must give what the reference engine gives: the same verdicts, reasons, missing facts,
// alternatives and package findings, in the same order, for anything at all, and after any run of changes (where
// it reuses what a change did not touch). 10,000 referrals in all, spread to keep this to about a minute of CPU
// on two cores:
//   built-in catalogue (64 services), every service compared:
//     4,000 unrelated random inputs through one engine, so each follows a different one;
//     500 runs of a random referral and 6 changes to it (3,500 referrals);
//   generated catalogue (5,000 services from an Open Referral UK feed and an overlay):
//     2,200 unrelated random inputs, each on a random 40 of its services (the reference takes tens of
//     milliseconds for all 5,000);
//     30 runs of a random referral and 9 changes (300 referrals), the compiled engine evaluating all 5,000
//     services each time, compared on a random 60 of them.
// Going back to an earlier referral re-evaluates what the step back touches and reuses the rest: runs forward
// through changes and back again check those too, on both catalogues (beyond the 10,000: 200 and 10 runs of 12
// referrals). Every result's reasons are read and compared: they are written when first read.

const big = generateScaleCatalogue({ services: 5000, seed: 19 }).catalogue;
const idsOf = (c: Catalogue) => c.services.map((s) => s.id);
const builtInIds = idsOf(builtIn);
const bigIds = idsOf(big);

/** An evaluation as plain data: each result's reasons are written as they are read, so this reads them all. */
const plain = (e: Evaluation): Evaluation => ({ ...e, results: e.results.map((r) => ({ ...r, reasons: r.reasons })) });

/** Plain checks, not expect(): this runs 10,000 times; fast-check shows the input of a failure. */
function same(engine: Engine, cat: Catalogue, input: unknown, now: Date, compare?: readonly string[]): boolean {
  const compiled = engine.evaluate(input, { now });
  const reference = evaluateReference(input, cat, { now, ...(compare ? { serviceIds: compare } : {}) });
  const only = compare && new Set(compare);
  const results = only ? compiled.results.filter((r) => only.has(r.serviceId)) : compiled.results;
  return isDeepStrictEqual(plain({ ...compiled, results }), reference);
}

/** The referral after each change in turn, the base first. */
function runOf(base: unknown, changes: readonly Change[]): Record<string, unknown>[] {
  const run = [base as Record<string, unknown>];
  for (const c of changes) run.push(applyChange(run[run.length - 1]!, c));
  return run;
}

function sameAfterEachChange(
  cat: Catalogue,
  base: unknown,
  changes: readonly Change[],
  now: Date,
  sample?: string[],
  engine: Engine = createEngine(cat),
) {
  return runOf(base, changes).every((referral) => same(engine, cat, referral, now, sample));
}

/** Forward through the changes, then back to the base: every step back is a referral the engine has seen. */
function sameThereAndBack(cat: Catalogue, base: unknown, changes: readonly Change[], now: Date, sample?: string[]) {
  const engine = createEngine(cat);
  const run = runOf(base, changes);
  return [...run, ...run.slice(0, -1).reverse()].every((referral) => same(engine, cat, referral, now, sample));
}

/** An engine that answers a referral with its answer to the one before: what a result reused wrongly does. */
function staleEngine(cat: Catalogue): Engine {
  const engine = createEngine(cat);
  let last: unknown;
  return {
    evaluate: (input, options) => {
      const answer = engine.evaluate(last ?? input, options);
      last = input;
      return answer;
    },
    get reevaluated() {
      return engine.reevaluated;
    },
  };
}

describe('the compiled engine gives what the reference engine gives', () => {
  test('4,000 unrelated inputs, one after another, on the built-in catalogue', () => {
    const engine = createEngine(builtIn);
    fc.assert(
      fc.property(anyInput(builtInIds), instant, (input, now) => same(engine, builtIn, input, now)),
      { numRuns: 4000 },
    );
  });

  test('500 referrals and 6 changes to each, on the built-in catalogue', () => {
    const changes = fc.array(change(builtInIds), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(structuredReferral(builtInIds), changes, instant, (base, list, now) =>
        sameAfterEachChange(builtIn, base, list, now),
      ),
      { numRuns: 500 },
    );
  });

  test('200 runs of 6 changes and back again, on the built-in catalogue', () => {
    const changes = fc.array(change(builtInIds), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(structuredReferral(builtInIds), changes, instant, (base, list, now) =>
        sameThereAndBack(builtIn, base, list, now),
      ),
      { numRuns: 200 },
    );
  });

  test('the comparison catches an engine that gives a stale answer', () => {
    const changes = fc.array(change(builtInIds), { minLength: 6, maxLength: 6 });
    const run = fc.check(
      fc.property(structuredReferral(builtInIds), changes, instant, (base, list, now) =>
        sameAfterEachChange(builtIn, base, list, now, undefined, staleEngine(builtIn)),
      ),
      { numRuns: 100 },
    );
    expect(run.failed).toBe(true);
  });

  test('the generated catalogue is the size the importer allows by default, with criteria of every kind', () => {
    expect(big.services).toHaveLength(5000);
    const kinds = new Set(big.services.flatMap((s) => s.criteria.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(['age', 'area', 'condition', 'person', 'review']);
  });

  test('2,200 unrelated inputs on 40 random services each of the generated catalogue', () => {
    const engine = createEngine(big);
    const sample = fc.uniqueArray(fc.constantFrom(...bigIds), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(anyInput(bigIds), instant, sample, (input, now, ids) => {
        const compiled = engine.evaluate(input, { now, serviceIds: ids });
        return isDeepStrictEqual(plain(compiled), evaluateReference(input, big, { now, serviceIds: ids }));
      }),
      { numRuns: 2200 },
    );
  });

  test('30 referrals and 9 changes to each on the whole generated catalogue, compared on 60 services', () => {
    const changes = fc.array(change(bigIds), { minLength: 9, maxLength: 9 });
    const sample = fc.uniqueArray(fc.constantFrom(...bigIds), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(structuredReferral(bigIds), changes, instant, sample, (base, list, now, ids) =>
        sameAfterEachChange(big, base, list, now, ids),
      ),
      { numRuns: 30 },
    );
  });

  test('10 runs of 6 changes and back again on the whole generated catalogue, compared on 60 services', () => {
    const changes = fc.array(change(bigIds), { minLength: 6, maxLength: 6 });
    const sample = fc.uniqueArray(fc.constantFrom(...bigIds), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(structuredReferral(bigIds), changes, instant, sample, (base, list, now, ids) =>
        sameThereAndBack(big, base, list, now, ids),
      ),
      { numRuns: 10 },
    );
  });
});
