import { draftReducer, getIn, newDraft, setIn } from '../../../src/ui/state/draft';
import type { Draft } from '../../../src/ui/state/draft';

const t0 = new Date('2026-11-23T10:00:00Z');
const t1 = new Date('2026-11-23T10:00:05Z');
const reduce = draftReducer(() => t1);

describe('draft state', () => {
  test('a new draft is a referral skeleton with the signed-in referrer', () => {
    const d = newDraft('id-1', t0, { name: 'Sam', email: 'sam@example.gov.uk' });
    expect(d.referral).toMatchObject({
      schemaVersion: 1,
      id: 'id-1',
      createdAt: '2026-11-23T10:00:00.000Z',
      referrer: { name: 'Sam', email: 'sam@example.gov.uk' },
      people: [],
      services: [],
    });
  });

  test('set writes at a path without touching the original, and stamps updatedAt', () => {
    const d = newDraft('id-1', t0);
    const next = reduce(d, { type: 'set', path: ['context', 'p2pLevel'], value: 3 });
    expect(getIn(next.referral, ['context', 'p2pLevel'])).toBe(3);
    expect(getIn(d.referral, ['context', 'p2pLevel'])).toBeUndefined();
    expect(next.updatedAt).toBe(t1.toISOString());
  });

  test('set with undefined removes the key; paths through arrays copy them', () => {
    const withKid = reduce(newDraft('id', t0), { type: 'add-person', kind: 'child', id: 'c1' });
    const named = reduce(withKid, { type: 'set', path: ['people', 0, 'name'], value: 'Jo' });
    expect(getIn(named.referral, ['people', 0])).toEqual({ id: 'c1', kind: 'child', name: 'Jo' });
    expect(getIn(withKid.referral, ['people', 0, 'name'])).toBe('');
    const cleared = reduce(named, { type: 'set', path: ['people', 0, 'name'], value: undefined });
    expect(getIn(cleared.referral, ['people', 0])).toEqual({ id: 'c1', kind: 'child' });
    expect(setIn(undefined, ['a', 1, 'b'], 2)).toEqual({ a: [undefined, { b: 2 }] });
  });

  test('removing a person takes them out of every service request', () => {
    let d: Draft = newDraft('id', t0);
    d = reduce(d, { type: 'add-person', kind: 'adult', id: 'p1' });
    d = reduce(d, { type: 'add-person', kind: 'child', id: 'c1' });
    d = reduce(d, { type: 'toggle-service', serviceId: 'lewisham.coda', personIds: ['p1', 'c1'] });
    d = reduce(d, { type: 'remove-person', id: 'c1' });
    expect(d.referral.people).toEqual([{ id: 'p1', kind: 'adult', name: '', role: 'parent', relationship: '' }]);
    expect(d.referral.services).toEqual([{ serviceId: 'lewisham.coda', personIds: ['p1'] }]);
  });

  test('toggling a service adds then removes it; an advice request is marked', () => {
    let d: Draft = newDraft('id', t0);
    d = reduce(d, { type: 'toggle-service', serviceId: 'dvip.yuva', advice: true });
    expect(d.referral.services).toEqual([{ serviceId: 'dvip.yuva', personIds: [], advice: true }]);
    d = reduce(d, { type: 'toggle-service', serviceId: 'dvip.yuva' });
    expect(d.referral.services).toEqual([]);
  });

  test('replace swaps the whole draft (restoring a saved one)', () => {
    const saved = newDraft('saved', t0);
    expect(reduce(newDraft('other', t0), { type: 'replace', draft: saved })).toBe(saved);
  });
});
