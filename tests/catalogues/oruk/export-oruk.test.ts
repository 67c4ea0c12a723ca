import { exportOruk, ORUK_TAXONOMY, PRE_BIRTH_CODE } from '../../../src/catalogues/oruk';
import type { OrukService } from '../../../src/catalogues/oruk';
import { isUuid } from '../../../src/catalogues/oruk/uuid-v5';
import type { Catalogue } from '../../../src/domain';
import { handCatalogue } from './oruk-fixtures';

const exported = exportOruk(handCatalogue);
const byName = (name: string): OrukService => {
  const s = exported.contents.find((x) => x.name === name);
  if (!s) throw new Error(`no exported service named ${name}`);
  return s;
};
const codes = (s: OrukService, taxonomy: string) =>
  s.attributes.filter((a) => a.taxonomy_term.taxonomy === taxonomy).map((a) => a.taxonomy_term.code);

/** Every value anywhere in a JSON tree, with its path. */
function* walk(v: unknown, path = ''): Generator<[string, unknown]> {
  yield [path, v];
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* walk(x, `${path}[${i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* walk(x, `${path}.${k}`);
}

describe('exportOruk: the HSDS 3.0 page', () => {
  test('is one page holding every service', () => {
    expect(exported).toMatchObject({
      total_items: 4,
      total_pages: 1,
      page_number: 1,
      size: 4,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(exported.contents.map((s) => s.name)).toEqual(handCatalogue.services.map((s) => s.name));
  });

  test('an empty catalogue gives an empty page, not an error', () => {
    const empty: Catalogue = { ...handCatalogue, services: [] };
    expect(exportOruk(empty)).toEqual({
      total_items: 0,
      total_pages: 1,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
  });

  test('omits fields without a value: no null or undefined anywhere (ORUK compliance)', () => {
    const json = JSON.parse(JSON.stringify(exported)) as unknown;
    const bad = [...walk(exported)].filter(([, v]) => v === null || v === undefined).map(([p]) => p);
    expect(bad).toEqual([]);
    expect(json).toEqual(exported);
    const advocacy = byName('Advocacy');
    for (const key of ['email', 'url', 'minimum_age', 'maximum_age'] as const) expect(key in advocacy).toBe(false);
  });

  test('fills what HSDS 3.0 requires: uuid ids, name, status; organization description; phone number; term name and description', () => {
    const ids: string[] = [];
    for (const s of exported.contents) {
      expect(isUuid(s.id)).toBe(true);
      expect(s.status).toBe('active');
      expect(s.organization_id).toBe(s.organization.id);
      expect(s.organization.description.length).toBeGreaterThan(0);
      ids.push(s.id);
      for (const c of s.contacts ?? []) {
        expect(isUuid(c.id)).toBe(true);
        ids.push(c.id);
        for (const p of c.phones ?? []) {
          expect(isUuid(p.id)).toBe(true);
          expect(p.number.length).toBeGreaterThan(0);
          ids.push(p.id);
        }
      }
      for (const a of [...s.attributes, ...s.organization.attributes]) {
        expect(isUuid(a.id) && isUuid(a.link_id) && isUuid(a.taxonomy_term.id)).toBe(true);
        expect(a.taxonomy_term_id).toBe(a.taxonomy_term.id);
        expect(a.taxonomy_term.name.length && a.taxonomy_term.description.length).toBeTruthy();
        ids.push(a.id);
      }
    }
    // Organization attributes repeat once per service of that provider; everything else is unique.
    expect(new Set(ids).size).toBe(ids.length - (exported.contents.length - handCatalogue.providers.length));
  });

  test('ids are stable from one export to the next and differ between services', () => {
    expect(exportOruk(structuredClone(handCatalogue)).contents.map((s) => s.id)).toEqual(
      exported.contents.map((s) => s.id),
    );
    expect(new Set(exported.contents.map((s) => s.id)).size).toBe(4);
  });
});

describe('exportOruk: one service', () => {
  test('carries our id, provider id, kind and audience as attributes', () => {
    const group = byName('Group programme');
    expect(codes(group, ORUK_TAXONOMY.serviceId)).toEqual(['north.group']);
    expect(codes(group, ORUK_TAXONOMY.kind)).toEqual(['group']);
    expect(codes(group, ORUK_TAXONOMY.audience)).toEqual(['adult']);
    expect(group.organization.attributes.map((a) => a.taxonomy_term.code)).toEqual(['north-hub']);
    expect(group.attributes.every((a) => a.link_id === group.id && a.link_entity === 'service')).toBe(true);
  });

  test('the referral mailbox is the email; the provider website is the url', () => {
    const group = byName('Group programme');
    expect(group.email).toBe('north.referrals@example.gov.uk');
    expect(group.url).toBe('https://north.example.gov.uk/family-hub');
    expect(group.organization).toMatchObject({
      name: 'North Family Hub',
      description: 'Parenting and family support',
      website: 'https://north.example.gov.uk/family-hub',
    });
  });

  test('an organization without a description gets its name (HSDS requires one)', () => {
    expect(byName('Advocacy').organization.description).toBe('South Domestic Abuse Service');
  });

  test('ages come from `ages` where given', () => {
    expect(byName('Group programme')).toMatchObject({ minimum_age: 2, maximum_age: 10 });
  });

  test('otherwise from the age criteria, own and from rule sets (the range all of them allow)', () => {
    expect(byName('Teen programme')).toMatchObject({ minimum_age: 8, maximum_age: 16 });
  });

  test('contradictory age criteria give no ages rather than a wrong range', () => {
    const c = structuredClone(handCatalogue);
    c.services[1]!.criteria[0] = { ...c.services[1]!.criteria[0]!, kind: 'age', min: 17 } as never;
    const teen = exportOruk(c).contents[1]!;
    expect('minimum_age' in teen || 'maximum_age' in teen).toBe(false);
  });

  test('pre-birth is exported as minimum_age 0 with a pre-birth attribute', () => {
    const bumps = byName('Bumps and babies');
    expect(bumps).toMatchObject({ minimum_age: 0, maximum_age: 4 });
    expect(codes(bumps, ORUK_TAXONOMY.age)).toEqual([PRE_BIRTH_CODE]);
    expect(codes(byName('Group programme'), ORUK_TAXONOMY.age)).toEqual([]);
  });

  test('eligibility_description is the published words, then every criterion requirement once', () => {
    const text = byName('Group programme').eligibility_description!;
    expect(text).toBe(
      [
        'Parents of children aged 2 to 10 who live with them.',
        '',
        'Referral Card criteria:',
        '- For children aged 2 to 10',
        '- No active substance misuse by the parent or carer',
        '- For children up to 16',
      ].join('\n'),
    );
    expect(byName('Advocacy').eligibility_description).toBe(
      'Referral Card criteria:\n- Discuss the level of risk with the team',
    );
  });

  test('contacts: name, email, phone with hours as its description; the note is not exported', () => {
    const [duty, phoneOnly] = byName('Group programme').contacts!;
    expect(duty).toMatchObject({
      name: 'Hub duty desk',
      email: 'duty@example.gov.uk',
      phones: [{ number: '020 7946 0001', description: 'Monday to Friday, 9am to 5pm' }],
    });
    expect(JSON.stringify(duty)).not.toContain('Advice before referring');
    expect(phoneOnly).toEqual({
      id: expect.any(String),
      phones: [{ id: expect.any(String), number: '020 7946 0002' }],
    });
    expect(byName('Bumps and babies').contacts).toBeUndefined();
  });

  test('a service whose provider is missing still exports (the id stands in for the name)', () => {
    const c: Catalogue = { ...handCatalogue, providers: [] };
    expect(exportOruk(c).contents[0]!.organization).toMatchObject({ name: 'north-hub', description: 'north-hub' });
  });
});
