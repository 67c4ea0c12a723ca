import { draftReducer } from '../../../src/ui/state/draft-reducer';
import { sectionEdit } from '../../../src/ui/state/draft-actions';
import { getIn, newDraft, setIn } from '../../../src/ui/state/draft';
import type { Draft } from '../../../src/ui/state/draft';

const t0 = new Date('2026-11-23T10:00:00Z');
const t1 = new Date('2026-11-23T10:00:05Z');
const reduce = draftReducer(() => t1);

describe('draft state', () => {
  test('a new draft is a referral skeleton with the signed-in referrer', () => {
    const d = newDraft('id-1', t0, { name: 'Sam', email: 'sam@example.gov.uk' });
    expect(d.referral).toMatchObject({
      schemaVersion: 2,
      id: 'id-1',
      createdAt: '2026-11-23T10:00:00.000Z',
      referrer: { name: 'Sam', email: 'sam@example.gov.uk' },
      people: [],
      services: [],
    });
  });

  test('an edit changes a copy, not the original, and stamps updatedAt', () => {
    const d = newDraft('id-1', t0);
    const next = reduce(d, { type: 'edit-section', section: 'context', patch: { p2pLevel: 3 } });
    expect(getIn(next.referral, ['context', 'p2pLevel'])).toBe(3);
    expect(getIn(d.referral, ['context', 'p2pLevel'])).toBeUndefined();
    expect(next.updatedAt).toBe(t1.toISOString());
  });

  test('a field edited to undefined goes; paths through arrays copy them', () => {
    const withKid = reduce(newDraft('id', t0), { type: 'add-person', kind: 'child', id: 'c1' });
    const named = reduce(withKid, { type: 'edit-person', index: 0, patch: { name: 'Jo' } });
    expect(getIn(named.referral, ['people', 0])).toEqual({ id: 'c1', kind: 'child', name: 'Jo' });
    expect(getIn(withKid.referral, ['people', 0, 'name'])).toBe('');
    const cleared = reduce(named, { type: 'edit-person', index: 0, patch: { name: undefined } });
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

describe('typed actions per part of the referral', () => {
  const start = () => reduce(newDraft('id', t0), { type: 'add-person', kind: 'child', id: 'c1' });

  test('a section edit changes its fields only, and a field edited to undefined goes', () => {
    const d = reduce(start(), {
      type: 'edit-section',
      section: 'needs',
      patch: { additionalNeeds: 'yes', behaviours: ['externalising'] },
    });
    expect(d.referral.needs).toEqual({ additionalNeeds: 'yes', behaviours: ['externalising'] });
    const cleared = reduce(d, { type: 'edit-section', section: 'needs', patch: { additionalNeeds: undefined } });
    expect(cleared.referral.needs).toEqual({ behaviours: ['externalising'] });
    expect(cleared.referral.people).toBe(d.referral.people); // untouched parts keep their identity
  });

  test('consent: choosing replaces the branch; editing patches it', () => {
    let d = reduce(start(), { type: 'choose-consent', consent: { given: true, recordedOn: '2026-11-20' } });
    d = reduce(d, { type: 'edit-consent', patch: { givenBy: 'Alex' } });
    expect(d.referral.consent).toEqual({ given: true, recordedOn: '2026-11-20', givenBy: 'Alex' });
    d = reduce(d, { type: 'choose-consent', consent: { given: false } });
    expect(d.referral.consent).toEqual({ given: false });
  });

  test('a person is edited by place; moving a date across removes it from where it was', () => {
    let d = reduce(start(), { type: 'edit-person', index: 0, patch: { name: 'Jo', dateOfBirth: '2027-01-01' } });
    d = reduce(d, { type: 'edit-person', index: 0, patch: { dateOfBirth: undefined, expectedDate: '2027-01-01' } });
    expect(d.referral.people).toEqual([{ id: 'c1', kind: 'child', name: 'Jo', expectedDate: '2027-01-01' }]);
    expect(reduce(d, { type: 'edit-person', index: 5, patch: { name: 'Nobody' } }).referral.people).toEqual(
      d.referral.people,
    );
  });

  test('support entries are added, edited and removed; an empty list goes', () => {
    let d = reduce(start(), { type: 'add-support', list: 'previous' });
    d = reduce(d, { type: 'edit-support', list: 'previous', index: 0, patch: { service: 'Early help' } });
    expect(d.referral.support).toEqual({ previous: [{ service: 'Early help' }] });
    d = reduce(d, { type: 'remove-support', list: 'previous', index: 0 });
    expect(d.referral.support).toEqual({});
  });

  test('the lead professional, the DASH answers and fields, notes and attachments', () => {
    let d = reduce(start(), { type: 'edit-lead-professional', patch: { name: 'Pat' } });
    d = reduce(d, { type: 'answer-dash', question: 'q3', answer: 'yes' });
    d = reduce(d, { type: 'edit-dash', patch: { incidentsLast12Months: 2 } });
    d = reduce(d, { type: 'edit-notes', notes: 'Call after 3pm' });
    const file = { id: 'a1', name: 'plan.pdf', contentType: 'application/pdf', size: 10, source: 'upload' as const };
    d = reduce(d, { type: 'set-attachments', attachments: [file] });
    expect(d.referral.context).toEqual({ leadProfessional: { name: 'Pat' } });
    expect(d.referral.risks).toEqual({ dash: { answers: { q3: 'yes' }, incidentsLast12Months: 2 } });
    expect(d.referral.notes).toBe('Call after 3pm');
    expect(d.referral.attachments).toEqual([file]);
    expect(reduce(d, { type: 'edit-notes', notes: undefined }).referral).not.toHaveProperty('notes');
  });

  test('who a service is for, and a catalogue question answered at the path its fact declares', () => {
    let d = reduce(start(), { type: 'toggle-service', serviceId: 'lewisham.nvr' });
    d = reduce(d, { type: 'choose-service-people', index: 0, personIds: ['c1'] });
    d = reduce(d, { type: 'answer-question', path: ['answers', 'lewisham.struggling'], value: 'yes' });
    expect(d.referral.services).toEqual([{ serviceId: 'lewisham.nvr', personIds: ['c1'] }]);
    expect(d.referral.answers).toEqual({ 'lewisham.struggling': 'yes' });
  });

  test('a draft saved with odd lists (read back as stored) is still changed safely', () => {
    const odd = { ...newDraft('id', t0), referral: { people: 'nobody', services: [null, 7] } as never };
    const d = reduce(odd, { type: 'add-person', kind: 'adult', id: 'p1' });
    expect(d.referral.people).toEqual([{ id: 'p1', kind: 'adult', name: '', role: 'parent', relationship: '' }]);
    expect(reduce(odd, { type: 'remove-person', id: 'x' }).referral.services).toEqual([]);
  });

  test("field edits name the section's own fields: a key it does not have is a type error", () => {
    const editReferrer = sectionEdit('referrer');
    expect(editReferrer('role', 'Social worker')).toEqual({
      type: 'edit-section',
      section: 'referrer',
      patch: { role: 'Social worker' },
    });
    // @ts-expect-error a referrer has no "school"
    expect(editReferrer('school', 'x').type).toBe('edit-section');
  });
});
