import { catalogue as builtIn } from '../../../src/catalogues';
import { ageRangeOf, exportOruk, importOruk, isOrukSeed } from '../../../src/catalogues/oruk';
import type { Catalogue } from '../../../src/domain';
import { handCatalogue } from './oruk-fixtures';

// Export → JSON text → import, as the two CLI commands do through a file.
const roundTrip = (c: Catalogue) => importOruk(JSON.parse(JSON.stringify(exportOruk(c))) as unknown);

/** What a round trip must reproduce for each service. */
function essentials(c: Catalogue) {
  const sets = new Map(c.ruleSets.map((r) => [r.id, r]));
  return c.services.map((s) => ({
    id: s.id,
    providerId: s.providerId,
    name: s.name,
    description: s.description,
    mailbox: s.mailbox,
    kind: s.kind,
    audience: s.audience,
    ages: ageRangeOf(s, [...s.criteria, ...s.ruleSets.flatMap((id) => sets.get(id)?.criteria ?? [])]),
  }));
}

function expectRoundTrip(original: Catalogue) {
  const r = roundTrip(original);
  if (!r.ok) throw new Error(JSON.stringify(r.report.issues));
  const back = r.catalogue;
  expect(r.report.skipped).toBe(0);
  // The ages are what `ageRangeOf` reads from the original (ages, else the age criteria); imported services hold them in `ages`.
  expect(
    back.services.map((s) => ({
      id: s.id,
      providerId: s.providerId,
      name: s.name,
      description: s.description,
      mailbox: s.mailbox,
      kind: s.kind,
      audience: s.audience,
      ages: s.ages ?? {},
    })),
  ).toEqual(essentials(original));
  expect(back.providers.map((p) => [p.id, p.name])).toEqual(
    original.providers.filter((p) => original.services.some((s) => s.providerId === p.id)).map((p) => [p.id, p.name]),
  );
  for (const s of back.services) {
    expect(s.criteria).toHaveLength(1);
    expect(s.criteria[0]!.kind).toBe(s.ages ? 'age' : 'review');
    if (s.ages)
      expect(s.criteria[0]).toMatchObject({
        ...(s.ages.min !== undefined ? { min: s.ages.min } : {}),
        ...(s.ages.max !== undefined ? { max: s.ages.max } : {}),
      });
    expect(isOrukSeed(s.citations[0]!.seed)).toBe(true);
  }
  // A second trip changes nothing: the criteria summary is not folded into the description again.
  const again = roundTrip(back);
  expect(again.ok && again.catalogue.services).toEqual(back.services);
  return back;
}

describe('ORUK round trip: export → import reproduces ids, names and ages', () => {
  test('on the hand-made catalogue (ages from `ages`, from criteria and rule sets, pre-birth, none)', () => {
    const back = expectRoundTrip(handCatalogue);
    expect(back.services.map((s) => [s.id, s.ages])).toEqual([
      ['north.group', { min: 2, max: 10 }],
      ['north.teens', { min: 8, max: 16 }],
      ['north.bumps', { min: -1, max: 4 }],
      ['south.advocacy', undefined],
    ]);
    expect(back.services[0]!.contacts).toEqual([
      {
        name: 'Hub duty desk',
        email: 'duty@example.gov.uk',
        phone: '020 7946 0001',
        hours: 'Monday to Friday, 9am to 5pm',
      },
      { phone: '020 7946 0002' },
    ]);
    expect(back.services[0]!.eligibilityDescription).toBe('Parents of children aged 2 to 10 who live with them.');
    expect(back.providers[0]).toMatchObject({
      website: 'https://north.example.gov.uk/family-hub',
      description: 'Parenting and family support',
    });
  });

  test('on the built-in catalogue, every service of every provider', () => {
    expect(builtIn.services.length).toBeGreaterThan(0);
    const back = expectRoundTrip(builtIn);
    expect(back.services.map((s) => s.id)).toEqual(builtIn.services.map((s) => s.id));
  });

  test('with the providerId option, ids carried in the feed are still kept', () => {
    const r = importOruk(exportOruk(handCatalogue), { providerId: 'one-council' });
    expect(r.ok && r.catalogue.services.map((s) => [s.id, s.providerId])).toEqual(
      handCatalogue.services.map((s) => [s.id, 'one-council']),
    );
  });
});
