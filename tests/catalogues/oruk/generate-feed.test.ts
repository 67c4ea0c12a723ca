import fc from 'fast-check';
import { evaluate } from '../../../src/domain';
import type { Condition, Criterion } from '../../../src/domain';
import { importOruk } from '../../../src/catalogues/oruk';
import {
  GENERATED_QUESTIONS,
  generateOrukFeed,
  generateOverlay,
  generateScaleCatalogue,
  seededRandom,
} from '../../../src/catalogues/oruk/generate';
import { anyInput, instant } from '../../domain/eligibility/referral-arbitraries';

// The generated feed stands in for a council's Open Referral UK feed at scale: it must import whole, its overlay
// must hold everything a catalogue can, and the engine must take any referral against it without throwing.

const scale = generateScaleCatalogue({ services: 5000, seed: 7 });

const operatorsOf = (c: Condition): string[] => {
  if ('all' in c) return ['all', ...c.all.flatMap(operatorsOf)];
  if ('any' in c) return ['any', ...c.any.flatMap(operatorsOf)];
  if ('not' in c) return ['not', ...operatorsOf(c.not)];
  return Object.keys(c).filter((k) => k !== 'fact');
};
const testsOf = (c: Criterion): Condition[] => ('test' in c ? [c.test] : []);

describe('the seeded random source', () => {
  test('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });

  test('some() gives distinct items in the list order, and no more than the list holds', () => {
    const r = seededRandom(3);
    expect(r.some([1, 2, 3, 4, 5, 6], 3)).toHaveLength(3);
    const picked = r.some(['a', 'b', 'c', 'd'], 10);
    expect(picked).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('a generated Open Referral UK feed', () => {
  test('the same seed gives the same feed; another seed another one', () => {
    expect(generateOrukFeed({ services: 50, seed: 5 })).toEqual(generateOrukFeed({ services: 50, seed: 5 }));
    expect(generateOrukFeed({ services: 50, seed: 5 })).not.toEqual(generateOrukFeed({ services: 50, seed: 6 }));
  });

  test('5,000 services by default, imported whole with no errors', () => {
    expect(scale.feed.contents).toHaveLength(5000);
    expect(scale.feed.total_items).toBe(5000);
    const imported = importOruk(scale.feed);
    expect(imported.ok).toBe(true);
    expect(imported.report.imported).toBe(5000);
    expect(imported.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('ages as directories publish them: ranges, open ends, before birth, and none', () => {
    const services = scale.catalogue.services;
    expect(services.some((s) => s.ages?.min === -1)).toBe(true);
    expect(services.some((s) => s.ages?.min !== undefined && s.ages.max === undefined)).toBe(true);
    expect(services.some((s) => s.ages?.min === undefined && s.ages?.max !== undefined)).toBe(true);
    expect(services.some((s) => s.criteria.some((c) => c.id.endsWith('.oruk-review')))).toBe(true);
    expect(services.filter((s) => s.eligibilityDescription).length).toBeGreaterThan(3000);
  });

  test('an empty feed is an empty page, which the importer refuses as having no services', () => {
    const feed = generateOrukFeed({ services: 0 });
    expect(feed.empty).toBe(true);
    expect(importOruk(feed).ok).toBe(false);
  });
});

describe('a generated overlay', () => {
  const { catalogue, overlay } = scale;
  const all = [...catalogue.services.flatMap((s) => s.criteria), ...catalogue.ruleSets.flatMap((r) => r.criteria)];

  test('holds criteria of every kind, and conditions with every operator', () => {
    expect(new Set(all.map((c) => c.kind))).toEqual(new Set(['age', 'area', 'condition', 'person', 'review']));
    const operators = new Set(all.flatMap(testsOf).flatMap(operatorsOf));
    for (const op of ['eq', 'in', 'gte', 'lte', 'includesAny', 'countAtLeast', 'all', 'any', 'not'])
      expect(operators).toContain(op);
  });

  test('holds areas for families and for children, with schools and review margins', () => {
    const areas = all.flatMap((c) => (c.kind === 'area' ? [c] : []));
    expect(areas.some((a) => a.who === 'family')).toBe(true);
    expect(areas.some((a) => a.who === 'child' && a.school)).toBe(true);
    expect(areas.some((a) => a.review)).toBe(true);
    expect(areas.some((a) => a.councils.length > 1)).toBe(true);
  });

  test('holds questions of every type, rule sets used by services, and package rules of every kind', () => {
    expect(new Set(GENERATED_QUESTIONS.map((q) => q.type))).toEqual(
      new Set(['answer', 'number', 'choice', 'multi', 'date']),
    );
    expect(catalogue.services.filter((s) => s.ruleSets.length).length).toBeGreaterThan(100);
    expect(new Set(catalogue.packageRules.map((r) => r.kind))).toEqual(
      new Set(['max-items', 'separate-groups', 'condition']),
    );
    expect(Object.keys(overlay.services ?? {}).length).toBeGreaterThan(3000);
  });

  test('the same catalogue gives the same overlay', () => {
    expect(generateOverlay(catalogue, 7)).toEqual(generateOverlay(catalogue, 7));
  });
});

describe('the engine on the generated catalogue', () => {
  const ids = scale.catalogue.services.map((s) => s.id);
  const VERDICTS = new Set(['eligible', 'ineligible', 'review', 'incomplete']);

  test('never throws, and gives every service a verdict with a reason (60 random inputs)', () => {
    fc.assert(
      fc.property(anyInput(ids), instant, (input, now) => {
        const e = evaluate(input, scale.catalogue, { now });
        if (e.results.length !== ids.length) return false;
        return e.results.every(
          (r) =>
            r.reasons.length > 0 && VERDICTS.has(r.verdict) && (r.verdict !== 'incomplete' || r.missing.length > 0),
        );
      }),
      { numRuns: 60 },
    );
  });
});
