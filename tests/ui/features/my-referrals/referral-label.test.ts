// The label of an entry: the children's initials and today's ages from what was sent; never a name.
import type { DetailsResult } from '../../../../src/graph';
import { labelOf } from '../../../../src/ui/features/my-referrals/referral-label';
import { filedExample } from '../../support/filed-documents';

const TODAY = new Date('2026-12-07T09:00:00Z');
const ok = (change?: Parameters<typeof filedExample>[0]): DetailsResult => ({
  ok: true,
  document: filedExample(change),
});

test('children as initials and ages on the day shown, in the order given', () => {
  // Sam Example born 2 June 2014, Alex Example born 15 January 2020.
  const label = labelOf(ok(), TODAY);
  expect(label).toEqual({ kind: 'label', text: 'S E, age 12; A E, age 6', initials: ['S E', 'A E', 'E'] });
  expect(JSON.stringify(label)).not.toMatch(/Sam|Alex|Example/);
  // A year on, the ages move with the day the list is shown, not the day the file was read.
  expect(labelOf(ok(), new Date('2027-12-07T09:00:00Z'))).toMatchObject({ text: 'S E, age 13; A E, age 7' });
});

test('an approximate age grows from the filing date; an unborn child and a baby read plainly', () => {
  const label = labelOf(
    ok((r) => {
      r.people = [
        ...r.people.filter((p) => p.kind !== 'child'),
        { id: 'c1', kind: 'child', name: 'Amira Hassan', dateOfBirthNotKnown: true, approximateAge: 4 },
        { id: 'c2', kind: 'child', name: 'Baby Hassan', expectedDate: '2027-02-01' },
        { id: 'c3', kind: 'child', name: 'Omar Hassan', dateOfBirth: '2026-05-01' },
      ] as typeof r.people;
      r.services = [{ serviceId: 'lewisham.nvr', personIds: ['p1'] }];
    }),
    new Date('2027-11-20T09:00:00Z'), // a year after filing (3 November 2026)
  );
  expect(label).toMatchObject({ kind: 'label', text: 'A H, age 5; B H; O H, age 1' });
  expect(
    labelOf(
      ok((r) => void (r.people[2] = { ...r.people[2]!, dateOfBirth: '2026-10-01' } as never)),
      TODAY,
    ),
  ).toMatchObject({
    text: 'S E, age 12; A E, under 1',
  });
});

test('no children: the family’s initials', () => {
  const label = labelOf(
    ok((r) => {
      r.people = r.people.filter((p) => p.kind !== 'child');
      r.services = [{ serviceId: 'lewisham.nvr', personIds: ['p1'] }];
    }),
    TODAY,
  );
  expect(label).toMatchObject({ kind: 'label', text: 'Family E, no children named' });
});

test('not yet read, quarantined, or unreachable: said so, never blank', () => {
  expect(labelOf(undefined, TODAY)).toEqual({ kind: 'loading' });
  expect(labelOf({ ok: false, reason: 'not-json', message: 'The referral details file is damaged.' }, TODAY)).toEqual({
    kind: 'unreadable',
    reason: 'The referral details file is damaged.',
  });
  expect(labelOf({ ok: false, reason: 'unavailable', error: new Error('x') }, TODAY)).toEqual({ kind: 'unavailable' });
});
