import { readFileSync } from 'node:fs';
import path from 'node:path';
import { duplicateCheckOf, earlierReferralOf } from '../../../src/domain/referral/duplicate-input';
import type { ReferralForDuplicates } from '../../../src/domain/referral/duplicate-input';
import { filedReferralSchema } from '../../../src/domain/referral/filed-referral.schema';
import { findPossibleDuplicates } from '../../../src/domain/referral/possible-duplicates';

const FILED = filedReferralSchema.parse(
  JSON.parse(readFileSync(path.join(__dirname, '../../../docs/examples/referral.filed.json'), 'utf8')),
);

const NAMES: Record<string, string> = { 'lewisham.nvr': 'NVR', 'lewisham.triple-p-group': 'Triple P Group' };
const nameOf = (id: string) => NAMES[id];

const FAMILY: ReferralForDuplicates['people'] = [
  { id: 'p1', kind: 'adult', name: 'Dana Hassan' },
  { id: 'c1', kind: 'child', name: 'Amira Hassan', dateOfBirth: '2014-06-02' },
  { id: 'c2', kind: 'child', name: 'Yusuf Hassan' },
];

describe('duplicateCheckOf', () => {
  it.each([
    ['a child named', ['c1'], { c1: ['s'], c2: [] }],
    ['the family as a whole', [], { c1: ['s'], c2: ['s'] }],
    ['an adult only', ['p1'], { c1: ['s'], c2: ['s'] }],
    ['an adult and a child', ['p1', 'c2'], { c1: [], c2: ['s'] }],
  ])('a service for %s is for %j', (_, personIds, expected) => {
    const check = duplicateCheckOf({ people: FAMILY, services: [{ serviceId: 's', personIds }] }, nameOf);
    expect(Object.fromEntries(check.children.map((c, i) => [`c${i + 1}`, c.serviceIds]))).toEqual(expected);
  });

  it('keeps the children only, with a date of birth when there is one, and names the services', () => {
    const check = duplicateCheckOf(
      {
        id: '3f2a9c1b-7d4e-4a5b-9c6d-1e2f3a4b5c6d',
        people: FAMILY,
        services: [
          { serviceId: 'lewisham.nvr', personIds: ['c1'] },
          { serviceId: 'lewisham.unknown', personIds: [] },
        ],
      },
      nameOf,
    );
    expect(check).toEqual({
      reference: 'RC-3F2A9C1B',
      children: [
        { name: 'Amira Hassan', dateOfBirth: '2014-06-02', serviceIds: ['lewisham.nvr', 'lewisham.unknown'] },
        { name: 'Yusuf Hassan', serviceIds: ['lewisham.unknown'] },
      ],
      services: [
        { id: 'lewisham.nvr', name: 'NVR' },
        { id: 'lewisham.unknown', name: 'lewisham.unknown' },
      ],
    });
  });

  it('leaves out advice requests, which are not referrals', () => {
    const check = duplicateCheckOf(
      { people: FAMILY, services: [{ serviceId: 'lewisham.nvr', personIds: ['c1'], advice: true }] },
      nameOf,
    );
    expect(check.services).toEqual([]);
    expect(check.children.map((c) => c.serviceIds)).toEqual([[], []]);
  });

  it('skips a child whose name is not yet typed in a draft', () => {
    const draft = { people: [{ id: 'c1', kind: 'child' }], services: [] };
    expect(duplicateCheckOf(draft, nameOf).children).toEqual([]);
  });
});

describe('earlierReferralOf: a filed referral.json', () => {
  it('gives the reference, the filing time, the children and the services by name', () => {
    const before = earlierReferralOf(FILED);
    expect(before.reference).toBe(FILED.reference);
    expect(before.referredOn).toBe(FILED.filedAt);
    expect(before.services).toEqual(FILED.to.services.map((s) => ({ id: s.id, name: s.name })));
    const children = FILED.referral.people.filter((p) => p.kind === 'child');
    expect(before.children.map((c) => c.name)).toEqual(children.map((c) => c.name));
  });

  it('is found again when the same family is referred to the same service a month later', () => {
    const before = earlierReferralOf(FILED);
    const again = duplicateCheckOf(FILED.referral, (id) => (id === 'lewisham.nvr' ? 'NVR' : undefined));
    const now = new Date(Date.parse(FILED.filedAt) + 30 * 86_400_000);
    const found = findPossibleDuplicates({ ...again, reference: 'RC-FFFFFFFF' }, [before], { now });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.reference === FILED.reference && d.matchedOn === 'date-of-birth')).toBe(true);
    // The referral itself, found again in Sent Items after a retried filing, is not its own duplicate.
    expect(findPossibleDuplicates(again, [before], { now })).toEqual([]);
  });
});
