import { applyOverlay, importOruk, overlaySchema } from '../../../src/catalogues/oruk';
import { evaluate } from '../../../src/domain';
import type { Catalogue } from '../../../src/domain';
import { NOW, referral } from '../../domain/fixtures/referrals';
import { legacyFeed } from './oruk-fixtures';

// The council's own words would be cited; here the test cites a seed so the citation validates.
const cite = { seed: '000_00e7cb9a8a716238.txt', section: 'Making a referral' };
const base = ((): Catalogue => {
  const r = importOruk(legacyFeed, { providerId: 'example' });
  if (!r.ok) throw new Error('fixture import failed');
  return r.catalogue;
})();
const ids = base.services.map((s) => s.id);
const [toddlers, youth, debt] = ids as [string, string, string];

const issuesOf = (overlay: unknown) => {
  const r = applyOverlay(base, overlay);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
};

describe('applyOverlay: merging a council overlay', () => {
  test('adds criteria after the imported ones, sets the mailbox, replaces contacts, adds rule sets', () => {
    const r = applyOverlay(base, {
      version: 'example-2026-12',
      ruleSets: [
        {
          id: 'example.general',
          description: 'Every example service',
          criteria: [
            {
              kind: 'condition',
              id: 'example.general.consent',
              requirement: 'The family consents to the referral',
              citation: cite,
              test: { fact: 'consent.given', eq: 'yes' },
            },
          ],
        },
      ],
      services: {
        [toddlers]: {
          criteria: [
            {
              kind: 'person',
              id: 'example.toddlers.resident',
              who: 'child',
              requirement: 'Lives in the borough',
              citation: cite,
              test: { fact: 'child.livesInBorough', eq: 'yes' },
            },
          ],
          ruleSets: ['example.general'],
          mailbox: 'toddler.referrals@example.gov.uk',
          contacts: [{ name: 'Early years team', email: 'early.years@example.gov.uk' }],
        },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s = r.catalogue.services.find((x) => x.id === toddlers)!;
    expect(r.catalogue.version).toBe('example-2026-12');
    expect(s.criteria.map((c) => c.id)).toEqual([`${toddlers}.oruk-age`, 'example.toddlers.resident']);
    expect(s).toMatchObject({
      mailbox: 'toddler.referrals@example.gov.uk',
      contacts: [{ name: 'Early years team', email: 'early.years@example.gov.uk' }],
      ruleSets: ['example.general'],
    });
    expect(r.catalogue.ruleSets.map((x) => x.id)).toEqual(['example.general']);
    // Untouched services and the input catalogue are unchanged.
    expect(r.catalogue.services.find((x) => x.id === youth)).toEqual(base.services[1]);
    expect(base.services[0]!.mailbox).toBe('toddlers@example.gov.uk');
  });

  test('replaceCriteria drops the imported "check with the provider" review, so a verdict can be reached', () => {
    const before = evaluate(referral(), base, { now: NOW, serviceIds: [debt] }).results[0]!;
    expect(before.verdict).toBe('review');
    const r = applyOverlay(base, {
      services: {
        [debt]: {
          replaceCriteria: true,
          criteria: [
            {
              kind: 'condition',
              id: 'example.debt.consent',
              requirement: 'The family consents',
              citation: cite,
              test: { fact: 'consent.given', eq: 'yes' },
            },
          ],
        },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.catalogue.services[2]!.criteria.map((c) => c.id)).toEqual(['example.debt.consent']);
    const after = evaluate(referral(), r.catalogue, { now: NOW, serviceIds: [debt] }).results[0]!;
    expect(after.verdict).toBe('eligible');
  });

  test('an empty overlay gives the same catalogue', () => {
    const r = applyOverlay(base, {});
    expect(r.ok && r.catalogue).toEqual(base);
  });
});

describe('applyOverlay: errors are issues, not silence', () => {
  test('an unknown service id is an issue, even one zod would swallow ("__proto__")', () => {
    expect(issuesOf({ services: { 'example.ghost': { mailbox: 'a@example.gov.uk' } } })).toEqual([
      { code: 'unknown_service', path: 'services.example.ghost' },
    ]);
    expect(issuesOf(JSON.parse('{"services":{"__proto__":{"mailbox":"a@example.gov.uk"}}}'))).toEqual([
      { code: 'unknown_service', path: 'services.__proto__' },
    ]);
  });

  test.each<[string, unknown, string, string]>([
    ['not an object', 'overlay', 'invalid_type', ''],
    ['null', null, 'invalid_type', ''],
    ['an unknown top-level key', { servics: {} }, 'unrecognized_keys', ''],
    [
      'an unknown service key',
      { services: { [toddlers]: { mailboxx: 'a@example.gov.uk' } } },
      'unrecognized_keys',
      `services.${toddlers}`,
    ],
    [
      'a bad mailbox',
      { services: { [toddlers]: { mailbox: 'not-an-email' } } },
      'invalid_format',
      `services.${toddlers}.mailbox`,
    ],
    [
      'a criterion without a citation',
      { services: { [toddlers]: { criteria: [{ kind: 'review', id: 'x.y', requirement: 'Ask' }] } } },
      'invalid_union',
      `services.${toddlers}.criteria.0`,
    ],
    [
      'contacts that are not a list',
      { services: { [toddlers]: { contacts: 'x' } } },
      'invalid_type',
      `services.${toddlers}.contacts`,
    ],
  ])('a bad overlay (%s) is reported with zod paths into the overlay', (_name, overlay, code, path) => {
    expect(issuesOf(overlay)).toContainEqual({ code, path });
  });

  test('an overlay that parses but breaks the catalogue is reported by validateCatalogue, at the service id', () => {
    expect(issuesOf({ services: { [youth]: { ruleSets: ['example.missing'] } } })).toEqual([
      { code: 'unknown_rule_set', path: `services.${youth}.ruleSets.0` },
    ]);
    expect(
      issuesOf({
        services: {
          [youth]: {
            criteria: [{ kind: 'review', id: `${youth}.oruk-age`, requirement: 'Duplicate', citation: cite }],
          },
        },
      }),
    ).toEqual([{ code: 'duplicate_criterion', path: `services.${youth}` }]);
    expect(
      issuesOf({
        services: {
          [youth]: {
            criteria: [
              {
                kind: 'condition',
                id: 'example.x',
                requirement: 'r',
                citation: cite,
                test: { fact: 'risks.nonsense', eq: 'yes' },
              },
            ],
          },
        },
      }),
    ).toEqual([{ code: 'unknown_fact', path: `services.${youth}.criteria.1` }]);
    expect(issuesOf({ services: { [youth]: { replaceCriteria: true, criteria: [] } } })).toEqual([
      { code: 'no_criteria', path: `services.${youth}` },
    ]);
    expect(
      issuesOf({
        packageRules: [
          {
            kind: 'max-items',
            id: 'example.max',
            services: ['other.*'],
            max: 2,
            message: 'At most two',
            citation: cite,
          },
        ],
      }),
    ).toEqual([{ code: 'unknown_service', path: 'packageRules.0.services.0' }]);
  });

  test('overlaySchema is exported for the CLI and for JSON Schema', () => {
    expect(overlaySchema.safeParse({ services: {} }).success).toBe(true);
    expect(overlaySchema.safeParse({ services: [] }).success).toBe(false);
  });
});
