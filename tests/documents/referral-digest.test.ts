// referralDigest: what a list keeps of a filed referral — initials and ages, no names — and the referral as the
// duplicate rule reads it (names and dates of birth, for the rule only, never shown).
import { findPossibleDuplicates, duplicateCheckOf } from '../../src/domain';
import { initialsOf, referralDigest } from '../../src/documents/referral-digest';
import { filedExample } from '../ui/support/filed-documents';

const NOW = new Date('2026-12-07T09:00:00Z');

describe('initialsOf', () => {
  test.each([
    ['Amira Hassan', 'A H'],
    ["Mary-Jane O'Brien", 'M J O'],
    ['  amira   hassan  ', 'A H'],
    ['Ørjan Ålesund', 'Ø Å'],
    ['Jean Pierre Louis Martin', 'J P L'],
    ['Prince', 'P'],
    ['', ''],
    ['123 !!', ''],
    ['<script>alert(1)</script>', 'S'],
  ])('%s', (name, initials) => expect(initialsOf(name)).toBe(initials));
});

test('children as initials and ages; family initials from the surnames; no names anywhere shown', () => {
  const digest = referralDigest(filedExample(), NOW);
  expect(digest.reference).toBe(filedExample().reference);
  expect(digest.children).toEqual([
    { initials: 'S E', age: 12 },
    { initials: 'A E', age: 6 },
  ]);
  expect(digest.familyInitials).toEqual(['E']);
  expect(JSON.stringify({ ...digest, forDuplicates: undefined })).not.toMatch(/Sam|Alex|Dana|Example/);
});

test('an age on the birthday itself, and the day before', () => {
  expect(referralDigest(filedExample(), new Date('2026-06-02T08:00:00Z')).children[0]).toEqual({
    initials: 'S E',
    age: 12,
  });
  expect(referralDigest(filedExample(), new Date('2026-06-01T22:30:00Z')).children[0]).toEqual({
    initials: 'S E',
    age: 11,
  });
});

test('an approximate age given at filing grows by the whole years since; an unborn child has no age', () => {
  const doc = filedExample((r) => {
    r.people = [
      ...r.people.filter((p) => p.kind !== 'child'),
      { id: 'c1', kind: 'child', name: 'Amira Hassan', dateOfBirthNotKnown: true, approximateAge: 4 },
      { id: 'c2', kind: 'child', name: 'Baby Hassan', expectedDate: '2027-02-01' },
    ] as typeof r.people;
    r.services = [{ serviceId: 'lewisham.nvr', personIds: ['p1'] }];
  });
  expect(referralDigest(doc, new Date('2027-11-02T12:00:00Z')).children).toEqual([
    { initials: 'A H', age: 4 },
    { initials: 'B H' },
  ]);
  expect(referralDigest(doc, new Date('2027-11-03T12:00:00Z')).children[0]).toEqual({ initials: 'A H', age: 5 });
  // A clock earlier than the filing (a skewed device) never makes a child younger than given.
  expect(referralDigest(doc, new Date('2026-01-01T12:00:00Z')).children[0]).toEqual({ initials: 'A H', age: 4 });
  expect(referralDigest(doc, NOW).familyInitials).toEqual(['H', 'E']);
});

test('forDuplicates finds the same child to the same service, also with the date of birth not known', () => {
  const earlier = referralDigest(
    filedExample((r) => {
      r.people = r.people.map((p) =>
        p.id === 'c1'
          ? ({
              id: 'c1',
              kind: 'child',
              name: 'Sam Example',
              dateOfBirthNotKnown: true,
              approximateAge: 12,
            } as typeof p)
          : p,
      );
    }),
    NOW,
  ).forDuplicates;
  expect(earlier.referredOn).toBe(filedExample().filedAt);
  const draft = duplicateCheckOf(
    {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      people: [{ id: 'k', kind: 'child', name: 'Sam  Example', dateOfBirth: '2014-06-02' }],
      services: [{ serviceId: 'lewisham.nvr', personIds: ['k'] }],
    },
    () => 'NVR',
  );
  const found = findPossibleDuplicates(draft, [earlier], { now: NOW });
  expect(found).toEqual([
    expect.objectContaining({ child: 'Sam Example', matchedOn: 'approximate-age', referredOn: '2026-11-03' }),
  ]);
  // Another service, or a referral older than 90 days, is not a duplicate.
  const other = duplicateCheckOf(
    {
      ...draft,
      people: [{ id: 'k', kind: 'child', name: 'Sam Example' }],
      services: [{ serviceId: 'lewisham.coda', personIds: ['k'] }],
    },
    () => 'CODA',
  );
  expect(findPossibleDuplicates(other, [earlier], { now: NOW })).toEqual([]);
  expect(findPossibleDuplicates(draft, [earlier], { now: new Date('2027-02-02T09:00:00Z') })).toEqual([]);
});
