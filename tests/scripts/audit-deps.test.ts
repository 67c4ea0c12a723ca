// The offline dependency audit: the tree it records, the version ranges it reads, and what it fails on.
import { ageInDays, audit, flattenTree, inRange } from '../../scripts/audit-deps';

const tree = {
  name: 'referral-card',
  dependencies: {
    zod: { version: '4.6.7' },
    undici: { version: '7.30.2', dependencies: { 'old-thing': { version: '1.0.0' } } },
    jose: { version: '6.2.19', dependencies: { 'old-thing': { version: '1.0.0' }, semver: { version: '7.0.0-rc.1' } } },
    broken: {},
  },
};

test('flattens npm ls into each package once, sorted, skipping entries without a version', () => {
  expect(flattenTree(tree)).toEqual([
    'jose@6.2.19',
    'old-thing@1.0.0',
    'semver@7.0.0-rc.1',
    'undici@7.30.2',
    'zod@4.6.7',
  ]);
  expect(flattenTree({})).toEqual([]);
});

test.each([
  ['1.2.3', '< 1.2.4', true],
  ['1.2.4', '< 1.2.4', false],
  ['2.0.0', '>= 2.0.0, < 2.1.4', true],
  ['2.1.4', '>= 2.0.0, < 2.1.4', false],
  ['1.9.9', '>= 2.0.0, < 2.1.4', false],
  ['1.0.0', '= 1.0.0', true],
  ['1.0.0', '1.0.0', true],
  ['7.0.0-rc.1', '< 7.0.0', true],
  ['7.0.0-rc.10', '>= 7.0.0-rc.2', true],
  ['7.0.0-alpha', '>= 7.0.0-1', true],
  ['1.0.0', '< banana', undefined],
  ['not-a-version', '< 1.0.0', undefined],
])('%s in "%s" is %s', (version, range, expected) => {
  expect(inRange(version, range)).toBe(expected);
});

test('finds deprecated packages and advisories that cover an installed version; nothing when clean', () => {
  const packages = flattenTree(tree);
  const findings = audit(
    packages,
    { date: '2026-12-01', packages: { 'old-thing@1.0.0': 'No longer maintained', 'zod@3.0.0': 'old major' } },
    {
      date: '2026-12-01',
      advisories: [
        { id: 'GHSA-aaaa', package: 'undici', vulnerableRange: '< 7.31.0', severity: 'high', summary: 'Header bug' },
        { id: 'GHSA-bbbb', package: 'zod', vulnerableRange: '< 4.0.0', severity: 'low', summary: 'Old bug' },
        { id: 'GHSA-cccc', package: 'jose', vulnerableRange: 'around 6', severity: 'low', summary: 'Unreadable' },
      ],
    },
  );
  expect(findings).toEqual([
    { kind: 'deprecated', package: 'old-thing@1.0.0', detail: 'No longer maintained' },
    { kind: 'advisory', package: 'undici@7.30.2', detail: 'GHSA-aaaa (high): Header bug' },
    { kind: 'unreadable-range', package: 'jose@6.2.19', detail: 'GHSA-cccc: around 6' },
  ]);
  expect(audit(packages, { packages: {} }, { advisories: [] })).toEqual([]);
});

test('says how old a snapshot is, and undefined when it has no date', () => {
  const now = Date.UTC(2026, 11, 7, 12);
  expect(ageInDays({ date: '2026-12-01' }, now)).toBe(6);
  expect(ageInDays({ date: null }, now)).toBeUndefined();
  expect(ageInDays(undefined, now)).toBeUndefined();
});
