import fc from 'fast-check';
import { DEFAULT_MAX_SERVICES, describeImportReport, importOruk, isOrukSeed } from '../../../src/catalogues/oruk';
import type { ImportOrukResult, ImportReport } from '../../../src/catalogues/oruk';
import { evaluate, validateCatalogue } from '../../../src/domain';
import type { Catalogue, Service } from '../../../src/domain';
import { NOW, referral } from '../../domain/fixtures/referrals';
import { ORUK_TAXONOMY } from '../../../src/catalogues/oruk/oruk.types';
import { legacyFeed } from './oruk-fixtures';

const svc = (over: Record<string, unknown> = {}) => ({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Parenting Café',
  description: 'Drop-in',
  status: 'active',
  ...over,
});
const page = (contents: unknown[]) => ({
  total_items: contents.length,
  total_pages: 1,
  page_number: 1,
  size: contents.length,
  first_page: true,
  last_page: true,
  empty: contents.length === 0,
  contents,
});

const imported = (r: ImportOrukResult): Catalogue => {
  if (!r.ok) throw new Error(`import failed: ${describeImportReport(r.report).join('\n')}`);
  return r.catalogue;
};
const only = (r: ImportOrukResult): Service => {
  const c = imported(r);
  expect(c.services).toHaveLength(1);
  return c.services[0]!;
};
const codesOf = (report: ImportReport) =>
  [...report.issues, ...report.services.flatMap((s) => s.issues)].map((i) => i.code);
const recordIssues = (r: ImportOrukResult, index = 0) =>
  r.report.services[index]!.issues.map((i) => ({ code: i.code, path: i.path, severity: i.severity }));

describe('importOruk: HSDS 3.0 shapes', () => {
  test('a page envelope: id, name, description, mailbox from email, age criterion citing the feed', () => {
    const r = importOruk(
      page([
        svc({
          email: 'cafe@example.gov.uk',
          minimum_age: 0,
          maximum_age: 5,
          organization: { id: 'o1', name: 'Example Council', description: 'A council' },
        }),
      ]),
    );
    const s = only(r);
    expect(r.report).toMatchObject({
      shape: 'hsds-3.0-page',
      servicesInFeed: 1,
      imported: 1,
      skipped: 0,
      notRead: 0,
      issues: [],
    });
    expect(s).toMatchObject({
      id: 'example-council.a1b2c3d4-0000-4000-8000-000000000001',
      providerId: 'example-council',
      name: 'Parenting Café',
      description: 'Drop-in',
      mailbox: 'cafe@example.gov.uk',
      ages: { min: 0, max: 5 },
      kind: 'support',
      audience: 'family',
    });
    expect(s.criteria).toEqual([
      expect.objectContaining({ kind: 'age', min: 0, max: 5, requirement: 'For ages 0 to 5 (Open Referral UK feed)' }),
    ]);
    const citation = s.criteria[0]!.citation;
    expect(isOrukSeed(citation.seed)).toBe(true);
    expect(citation.section).toBe(
      'Open Referral UK feed, service a1b2c3d4-0000-4000-8000-000000000001: minimum_age, maximum_age',
    );
    expect(imported(r).providers).toEqual([
      expect.objectContaining({ id: 'example-council', name: 'Example Council', description: 'A council' }),
    ]);
    expect(validateCatalogue(imported(r)).ok).toBe(true);
  });

  test('a bare list of services and a single service are read too', () => {
    expect(importOruk([svc(), svc({ id: 'second', name: 'Second' })]).report).toMatchObject({
      shape: 'list',
      imported: 2,
    });
    const single = importOruk(svc());
    expect(single.report).toMatchObject({ shape: 'single-service', imported: 1 });
    expect(single.report.services[0]!.path).toEqual([]);
  });

  test('only a minimum or only a maximum gives a one-sided age criterion', () => {
    expect(only(importOruk([svc({ minimum_age: 18 })])).criteria[0]).toMatchObject({
      kind: 'age',
      min: 18,
      requirement: 'For ages 18 and over (Open Referral UK feed)',
    });
    const upTo = only(importOruk([svc({ maximum_age: 11 })])).criteria[0]!;
    expect(upTo).toMatchObject({ kind: 'age', max: 11, requirement: 'For ages up to 11 (Open Referral UK feed)' });
    expect('min' in upTo).toBe(false);
  });

  test('a service without ages gets a review criterion: check eligibility with the provider, quoting the feed', () => {
    const s = only(importOruk([svc({ eligibility_description: 'Residents of the borough' })]));
    expect(s.criteria).toEqual([expect.objectContaining({ kind: 'review', id: `${s.id}.oruk-review` })]);
    expect(s.criteria[0]!.requirement).toBe(
      'The Open Referral UK feed gives no age range for this service: check eligibility with the provider before referring (the feed says: "Residents of the borough")',
    );
    expect(s.eligibilityDescription).toBe('Residents of the borough');
    expect('ages' in s).toBe(false);
  });

  test('the imported criteria work in the engine: a 7-year-old is outside 0–5, inside 5–10, and review without ages', () => {
    const c = imported(
      importOruk(
        [
          svc({ id: 'young', name: 'Young', minimum_age: 0, maximum_age: 5 }),
          svc({ id: 'older', name: 'Older', minimum_age: 5, maximum_age: 10 }),
          svc({ id: 'unknown', name: 'Unknown' }),
        ],
        { providerId: 'example' },
      ),
    );
    const verdicts = evaluate(referral(), c, { now: NOW }).results.map((r) => [r.serviceId, r.verdict]);
    expect(verdicts).toEqual([
      ['example.young', 'ineligible'],
      ['example.older', 'eligible'],
      ['example.unknown', 'review'],
    ]);
  });

  test('contacts: name, email, first phone, phone description as hours, title as note; service phones become a contact', () => {
    const s = only(
      importOruk([
        svc({
          contacts: [
            {
              id: 'c1',
              name: 'Duty desk',
              title: 'Referrals coordinator',
              email: 'duty@example.gov.uk',
              phones: [
                { id: 'p1', number: '020 7946 0000', description: 'Weekdays 9 to 5' },
                { id: 'p2', number: '020 7946 9999' },
              ],
            },
            { id: 'c2', name: 'Second', phones: [{ id: 'p3', number: '020 7946 0003' }] },
          ],
          phones: [
            { id: 'p4', number: '020 7946 0003' },
            { id: 'p5', number: '0300 000 0000' },
          ],
        }),
      ]),
    );
    expect(s.contacts).toEqual([
      {
        name: 'Duty desk',
        email: 'duty@example.gov.uk',
        phone: '020 7946 0000',
        hours: 'Weekdays 9 to 5',
        note: 'Referrals coordinator',
      },
      { name: 'Second', phone: '020 7946 0003' },
    ]);
    const withServicePhone = only(importOruk([svc({ phones: [{ id: 'p5', number: '0300 000 0000' }] })]));
    expect(withServicePhone.contacts).toEqual([{ phone: '0300 000 0000' }]);
  });

  test('the provider: the providerId option puts every service under it, ids prefixed by it', () => {
    const c = imported(
      importOruk(
        [
          svc({ organization: { id: 'o1', name: 'Org One', description: 'x' } }),
          svc({ id: 'b2', name: 'Other', organization: { id: 'o2', name: 'Org Two', description: 'y' } }),
        ],
        { providerId: 'my-council' },
      ),
    );
    expect(c.providers.map((p) => p.id)).toEqual(['my-council']);
    expect(c.providers[0]!.name).toBe('Org One');
    expect(c.services.map((s) => [s.id, s.providerId])).toEqual([
      ['my-council.a1b2c3d4-0000-4000-8000-000000000001', 'my-council'],
      ['my-council.b2', 'my-council'],
    ]);
  });

  test('without the option: one provider per organization; organization_id or nothing fall back', () => {
    const c = imported(
      importOruk([
        svc({ id: 'x1', organization: { id: 'o1', name: 'Ünïcode Trust & Co', description: 'x' } }),
        svc({ id: 'x2', organization_id: 'ORG-42' }),
        svc({ id: 'x3' }),
      ]),
    );
    expect(c.services.map((s) => s.id)).toEqual(['unicode-trust-co.x1', 'org-org-42.x2', 'oruk-import.x3']);
    expect(c.providers.map((p) => [p.id, p.name])).toEqual([
      ['unicode-trust-co', 'Ünïcode Trust & Co'],
      ['org-org-42', 'org-org-42'],
      ['oruk-import', 'oruk-import'],
    ]);
  });

  test('an organization name with no letters falls back to its id, then to the default provider', () => {
    const c = imported(
      importOruk([
        svc({ id: 'y1', organization: { id: 'O 9', name: '***' } }),
        svc({ id: 'y2', organization: { name: '!!!' } }),
        svc({ id: 'y3', organization: 'Not an object' }),
      ]),
    );
    expect(c.services.map((s) => s.providerId)).toEqual(['org-o-9', 'oruk-import', 'oruk-import']);
  });

  test('a provider id carried from our export wins over the name, unless it is not a valid id', () => {
    const carried = (code: string) => ({
      name: 'Named Org',
      attributes: [{ taxonomy_term: { taxonomy: ORUK_TAXONOMY.providerId, code } }],
    });
    const r = importOruk([
      svc({ id: 'z1', organization: carried('lbbd') }),
      svc({ id: 'z2', organization: carried('Not Valid!') }),
    ]);
    expect(imported(r).services.map((s) => s.providerId)).toEqual(['lbbd', 'named-org']);
  });

  test('long or symbol-only feed ids still give valid, distinct service ids', () => {
    const long = 'X'.repeat(150);
    const c = imported(
      importOruk([svc({ id: long }), svc({ id: `${long}Y` }), svc({ id: '!!!' }), svc({ id: '???' })], {
        providerId: 'p',
      }),
    );
    const ids = c.services.map((s) => s.id);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
  });

  test("our own eligibility summary is not re-imported as the provider's words", () => {
    const s = only(
      importOruk([
        svc({
          eligibility_description: 'Parents of under-fives.\n\nReferral Card criteria:\n- For children aged 0 to 4',
          minimum_age: 0,
          maximum_age: 4,
        }),
      ]),
    );
    expect(s.eligibilityDescription).toBe('Parents of under-fives.');
  });

  test('status inactive or defunct is skipped with a reason; temporarily closed is imported', () => {
    const r = importOruk(
      [
        svc({ id: 'a', status: 'inactive' }),
        svc({ id: 'b', status: 'defunct' }),
        svc({ id: 'c', status: 'temporarily closed' }),
      ],
      { providerId: 'p' },
    );
    expect(r.report.services.map((s) => [s.status, s.issues[0]?.code])).toEqual([
      ['skipped', 'inactive_service'],
      ['skipped', 'inactive_service'],
      ['imported', undefined],
    ]);
  });

  test('a page that is one of several is imported with a partial_feed warning', () => {
    const r = importOruk({ ...page([svc()]), total_pages: 3, page_number: 1 });
    expect(r.ok).toBe(true);
    expect(r.report.issues).toEqual([
      expect.objectContaining({ code: 'partial_feed', severity: 'warning', path: ['total_pages'] }),
    ]);
  });
});

describe('importOruk: legacy Open Referral UK shape', () => {
  const r = importOruk(legacyFeed);
  const c = imported(r);
  const [toddlers, youth, debt] = c.services;

  test('reads content[], one provider per organization', () => {
    expect(r.report).toMatchObject({ shape: 'legacy-oruk-page', servicesInFeed: 3, imported: 3, skipped: 0 });
    expect(c.providers.map((p) => [p.id, p.name, p.website])).toEqual([
      ['example-borough-council', 'Example Borough Council', 'https://www.example.gov.uk'],
      ['example-advice-centre', 'Example Advice Centre', undefined],
    ]);
    expect(c.services.map((s) => s.name)).toEqual(['Toddler Time', 'Youth Mentoring', 'Debt Advice Drop-in']);
  });

  test('ages from eligibilitys[], cited as such; the eligibility words become the description', () => {
    expect(toddlers).toMatchObject({
      ages: { min: 0, max: 4 },
      mailbox: 'toddlers@example.gov.uk',
      eligibilityDescription: 'Children under five with a parent or carer',
    });
    expect(toddlers!.criteria[0]).toMatchObject({ kind: 'age', min: 0, max: 4 });
    expect(toddlers!.criteria[0]!.citation.section).toContain('eligibilitys[].minimum_age, maximum_age');
    expect(toddlers!.contacts).toEqual([
      { name: 'Family Hub reception', phone: '020 7946 0100', note: 'Receptionist' },
    ]);
  });

  test('several eligibility entries: the widest range, ages written as text read with a warning', () => {
    expect(youth).toMatchObject({ ages: { min: 11, max: 25 }, eligibilityDescription: 'Young people; Care leavers' });
    expect(
      recordIssues(r, 1)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['age_as_text', 'age_as_text', 'several_eligibilities']);
  });

  test('no eligibility entries: review; a service-level phone becomes the contact', () => {
    expect(debt!.criteria).toEqual([expect.objectContaining({ kind: 'review' })]);
    expect(debt!.contacts).toEqual([{ phone: '0300 123 4567' }]);
  });

  test('service-level ages win over eligibilitys[] when a feed has both', () => {
    const s = only(
      importOruk({
        content: [svc({ minimum_age: 3, maximum_age: 6, eligibilitys: [{ minimum_age: 0, maximum_age: 99 }] })],
      }),
    );
    expect(s.ages).toEqual({ min: 3, max: 6 });
  });
});

describe('importOruk: malformed feeds are reported, never thrown', () => {
  test.each<[string, unknown, string]>([
    ['null', null, 'not_a_feed'],
    ['undefined', undefined, 'not_a_feed'],
    ['a number', 42, 'not_a_feed'],
    ['a string', '{"contents": []}', 'not_a_feed'],
    ['an object with neither contents nor content', { total_items: 0, items: [] }, 'unrecognised_shape'],
    ['contents that is not a list', { contents: { id: 'x' } }, 'wrong_type'],
    ['content that is not a list', { content: 'nothing' }, 'wrong_type'],
    ['an empty page', page([]), 'no_services'],
    ['a list of garbage', [1, 'two', null, [], true], 'no_services'],
  ])('%s → ok: false with %s', (_name, feed, code) => {
    const r = importOruk(feed);
    expect(r.ok).toBe(false);
    expect(r.report.issues.map((i) => i.code)).toContain(code);
    expect(r.report.issues.every((i) => i.severity && typeof i.message === 'string' && Array.isArray(i.path))).toBe(
      true,
    );
  });

  test('each bad record is skipped with its reason and path; the good ones are imported', () => {
    const r = importOruk(
      page([
        svc({ id: undefined }),
        svc({ id: { nested: true } }),
        svc({ id: '   ' }),
        svc({ id: 'no-name', name: undefined }),
        svc({ id: 'name-number', name: 42 }),
        'not a service',
        null,
        svc({ id: 'good' }),
        svc({ id: 'good', name: 'Same id again' }),
        svc({ id: 'x'.repeat(201) }),
      ]),
      { providerId: 'p' },
    );
    expect(r.ok).toBe(true);
    expect(r.report).toMatchObject({ servicesInFeed: 10, imported: 1, skipped: 9 });
    const skipped = r.report.services.map((s) => [
      s.status,
      s.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.')]),
    ]);
    expect(skipped).toEqual([
      ['skipped', [['missing_id', 'contents.0.id']]],
      ['skipped', [['wrong_type', 'contents.1.id']]],
      ['skipped', [['missing_id', 'contents.2.id']]],
      ['skipped', [['missing_name', 'contents.3.name']]],
      ['skipped', [['missing_name', 'contents.4.name']]],
      ['skipped', [['not_an_object', 'contents.5']]],
      ['skipped', [['not_an_object', 'contents.6']]],
      ['imported', []],
      ['skipped', [['duplicate_id', 'contents.8.id']]],
      ['skipped', [['invalid_id', 'contents.9.id']]],
    ]);
    expect(r.report.services[4]!.issues).toContainEqual(
      expect.objectContaining({ code: 'wrong_type', severity: 'warning', path: ['contents', 4, 'name'] }),
    );
    expect(r.report.services[8]!.issues[0]!.message).toBe('Service id "p.good" is already used by contents[7]');
  });

  test('wrong types inside a good record are warnings; the record is imported without them', () => {
    const r = importOruk(
      [
        svc({
          description: ['not', 'text'],
          email: 'not an email',
          minimum_age: 'twelve',
          maximum_age: 10.5,
          contacts: 'nobody',
          attributes: { not: 'a list' },
          organization: 'Example Council',
          eligibility_description: 17,
        }),
      ],
      { providerId: 'p' },
    );
    const s = only(r);
    expect(s).toMatchObject({ description: 'Parenting Café', kind: 'support' });
    expect('mailbox' in s || 'contacts' in s || 'ages' in s).toBe(false);
    expect(s.criteria[0]!.kind).toBe('review');
    expect(
      recordIssues(r)
        .map((i) => `${i.severity} ${i.code} ${i.path.join('.')}`)
        .sort(),
    ).toEqual([
      'warning invalid_age 0.maximum_age',
      'warning invalid_email 0.email',
      'warning missing_description 0.description',
      'warning wrong_type 0.attributes',
      'warning wrong_type 0.contacts',
      'warning wrong_type 0.description',
      'warning wrong_type 0.eligibility_description',
      'warning wrong_type 0.minimum_age',
      'warning wrong_type 0.organization',
    ]);
  });

  test('age edge cases: negative, above 120 (no limit), inverted range', () => {
    expect(only(importOruk([svc({ minimum_age: -3, maximum_age: 8 })])).ages).toEqual({ max: 8 });
    const noLimit = importOruk([svc({ minimum_age: 18, maximum_age: 999 })]);
    expect(only(noLimit).ages).toEqual({ min: 18 });
    expect(codesOf(noLimit.report)).toContain('age_no_limit');
    const inverted = importOruk([svc({ minimum_age: 12, maximum_age: 4 })]);
    expect(only(inverted).criteria[0]!.kind).toBe('review');
    expect(codesOf(inverted.report)).toContain('age_range_inverted');
  });

  test('garbage contacts and attributes are dropped one by one', () => {
    const r = importOruk(
      [
        svc({
          contacts: [
            null,
            'x',
            { id: 'c' },
            { name: '  ' },
            { name: 'Kept', phones: [{ number: '1'.repeat(61) }, 'x', { number: '0800 000 000' }] },
          ],
          attributes: [
            null,
            1,
            { taxonomy_term: 'x' },
            { taxonomy_term: { taxonomy: 'referral-card-service-id', code: 'NOT VALID' } },
          ],
        }),
      ],
      { providerId: 'p' },
    );
    const s = only(r);
    expect(s.contacts).toEqual([{ name: 'Kept', phone: '0800 000 000' }]);
    expect(s.id).toBe('p.a1b2c3d4-0000-4000-8000-000000000001');
    expect(codesOf(r.report).sort()).toEqual([
      'empty_contact',
      'empty_contact',
      'invalid_contact',
      'invalid_contact',
      'invalid_phone',
      'invalid_service_id',
    ]);
  });

  test('more than 20 contacts keeps 20, with a warning', () => {
    const contacts = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, name: `Contact ${i}` }));
    const r = importOruk([svc({ contacts })]);
    expect(only(r).contacts).toHaveLength(20);
    expect(codesOf(r.report)).toEqual(['too_many_contacts']);
  });

  test('deeply nested garbage is not walked: a 100,000-level organization is just an unnamed organization', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { organization: deep, contents: deep, name: deep };
    const r = importOruk(
      { contents: [svc({ organization: deep, attributes: [deep], contacts: [deep], eligibilitys: [deep] })] },
      { providerId: 'p' },
    );
    expect(r.ok).toBe(true);
  });

  test('an over-long name and description are cut to the schema limits with warnings', () => {
    const r = importOruk([svc({ name: 'N'.repeat(500), description: 'D'.repeat(5000) })]);
    const s = only(r);
    expect([s.name.length, s.description.length]).toEqual([200, 4000]);
    expect(codesOf(r.report)).toEqual(['truncated', 'truncated']);
  });

  test('10,000 services: the first maxServices (5000 by default) are read and the rest reported', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      svc({ id: `svc-${i}`, name: `Service ${i}`, minimum_age: i % 18 }),
    );
    const r = importOruk(page(many), { providerId: 'big' });
    expect(DEFAULT_MAX_SERVICES).toBe(5000);
    expect(r.ok).toBe(true);
    expect(r.report).toMatchObject({ servicesInFeed: 10_000, imported: 5000, skipped: 0, notRead: 5000 });
    expect(r.report.issues).toEqual([
      {
        severity: 'error',
        code: 'too_many_services',
        path: ['contents'],
        message: 'The feed has 10000 services, more than the limit of 5000; the first 5000 are read and 5000 are not',
      },
    ]);
    expect(imported(r).services.at(-1)!.id).toBe('big.svc-4999');
    const small = importOruk(many, { maxServices: 10 });
    expect(small.report).toMatchObject({ imported: 10, notRead: 9990 });
  });

  test('bad options: an invalid providerId refuses; an invalid maxServices falls back to the default', () => {
    const bad = importOruk([svc()], { providerId: 'Not A Slug!' });
    expect(bad.ok).toBe(false);
    expect(bad.report.issues).toEqual([expect.objectContaining({ code: 'invalid_option', path: ['providerId'] })]);
    const fallback = importOruk([svc()], { maxServices: -1 });
    expect(fallback.ok).toBe(true);
    expect(fallback.report.issues).toEqual([
      expect.objectContaining({ code: 'invalid_option', path: ['maxServices'], severity: 'warning' }),
    ]);
    expect(importOruk([svc()], { maxServices: 1e9 }).report.issues).toEqual([
      expect.objectContaining({ code: 'invalid_option', path: ['maxServices'], severity: 'warning' }),
    ]);
    expect(importOruk([svc()], { version: 'v'.repeat(61) }).ok).toBe(false);
    expect(imported(importOruk([svc()], { version: 'council-2026-12' })).version).toBe('council-2026-12');
  });

  test('a feed whose getters throw, or a revoked proxy, is reported as unreadable', () => {
    const hostile = {
      get contents(): unknown {
        throw new Error('boom');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const badName = Object.defineProperty(svc(), 'name', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    for (const feed of [hostile, proxy, [badName]]) {
      const r = importOruk(feed);
      expect(r.ok).toBe(false);
      expect(r.report.issues.map((i) => i.code)).toEqual(['unreadable_feed']);
    }
  });

  test('any JSON at all: never throws; ok means a valid catalogue; the report is plain data', () => {
    const service = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        name: fc.oneof(fc.string(), fc.constant(undefined)),
        description: fc.anything(),
        email: fc.oneof(fc.emailAddress(), fc.string()),
        minimum_age: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.string()),
        maximum_age: fc.anything(),
        contacts: fc.anything(),
        attributes: fc.anything(),
        eligibilitys: fc.anything(),
        organization: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const feed = fc.oneof(
      fc.anything(),
      fc.array(service),
      fc.record({ contents: fc.array(fc.oneof(service, fc.anything())) }),
      fc.record({ content: fc.array(service) }),
    );
    fc.assert(
      fc.property(feed, (f) => {
        const r = importOruk(f);
        expect(JSON.parse(JSON.stringify(r.report))).toEqual(r.report);
        if (r.ok) expect(validateCatalogue(r.catalogue).ok).toBe(true);
        else expect(r.report.issues.length).toBeGreaterThan(0);
        expect(r.report.imported + r.report.skipped + r.report.notRead).toBe(r.report.servicesInFeed);
      }),
      { numRuns: 300 },
    );
  });
});

describe('describeImportReport', () => {
  test('a summary line, feed issues, then each record with findings; clean imports are not listed', () => {
    const r = importOruk(
      page([svc({ id: 'ok' }), svc({ id: 'bad', name: '' }), svc({ id: 'odd', name: 'Odd', email: 'nope' })]),
      { providerId: 'p' },
    );
    expect(describeImportReport(r.report)).toEqual([
      'Open Referral feed (hsds-3.0-page): 3 services; 2 imported, 1 skipped',
      'Skipped: bad',
      '  error: contents[1].name: The service has no name [missing_name]',
      'Imported with changes: p.odd (Odd)',
      '  warning: contents[2].email: "email" is not an email address; ignored [invalid_email]',
    ]);
  });
});
