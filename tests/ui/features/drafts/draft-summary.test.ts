import { draftTitle, isBlankDraft, ukDateTime, ukTime } from '../../../../src/ui/features/drafts/draft-summary';
import { draftReducer } from '../../../../src/ui/state/draft-reducer';
import { newDraft } from '../../../../src/ui/state/draft';
import type { Draft } from '../../../../src/ui/state/draft';

const t0 = new Date('2026-11-23T10:42:00Z');
const reduce = draftReducer(() => t0);
const sam = { name: 'Sam Worker', email: 'sam@council.gov.uk' };
const withPeople = (people: unknown[]): Draft => ({
  ...newDraft('d', t0),
  referral: { ...newDraft('d', t0).referral, people: people as never }, // saved drafts are read back as they are
});

describe('draft titles and times', () => {
  test('UK format in London time, in winter and in summer; nonsense gives nothing, not "NaN"', () => {
    expect(ukDateTime('2026-11-23T10:42:00.000Z')).toBe('23/11/2026 10:42');
    expect(ukDateTime('2026-07-01T23:30:00.000Z')).toBe('02/07/2026 00:30');
    expect(ukTime('2026-07-01T08:05:00.000Z')).toBe('09:05');
    expect(ukDateTime('not a date')).toBe('');
    expect(ukTime('')).toBe('');
  });

  test('the title names the first child by first name only, when there is one', () => {
    expect(draftTitle(newDraft('d', t0, sam))).toBe('Referral started 23/11/2026 10:42');
    const family = withPeople([
      { id: 'a1', kind: 'adult', name: 'Alex Smith' },
      { id: 'c0', kind: 'child', name: '   ' },
      { id: 'c1', kind: 'child', name: '  Jo-Ann   Marie Bloggs ' },
      { id: 'c2', kind: 'child', name: 'Kim Bloggs' },
    ]);
    expect(draftTitle(family)).toBe('Referral for Jo-Ann, started 23/11/2026 10:42');
    expect(draftTitle(withPeople([{ id: 'a1', kind: 'adult', name: 'Alex Smith' }]))).toBe(
      'Referral started 23/11/2026 10:42',
    );
  });

  test('odd shapes in a draft do not break the title', () => {
    expect(draftTitle(withPeople([null, 7, { kind: 'child', name: 42 }, ['x']]))).toBe(
      'Referral started 23/11/2026 10:42',
    );
    expect(draftTitle({ ...newDraft('d', t0), referral: { people: 'nobody' } as never })).toBe(
      'Referral started 23/11/2026 10:42',
    );
    expect(draftTitle(withPeople([{ kind: 'child', name: 'x'.repeat(500) }])).length).toBeLessThan(100);
  });
});

describe('blank drafts', () => {
  test('a new draft, even with the signed-in referrer prefilled, is blank', () => {
    expect(isBlankDraft(newDraft('d', t0))).toBe(true);
    expect(isBlankDraft(newDraft('d', t0, sam))).toBe(true);
  });

  test('anything typed about the family or the referral makes it worth keeping', () => {
    const d = newDraft('d', t0, sam);
    expect(isBlankDraft(reduce(d, { type: 'edit-section', section: 'context', patch: { p2pLevel: 2 } }))).toBe(false);
    expect(isBlankDraft(reduce(d, { type: 'add-person', kind: 'child', id: 'c1' }))).toBe(false);
    expect(isBlankDraft(reduce(d, { type: 'toggle-service', serviceId: 's1' }))).toBe(false);
    expect(isBlankDraft(reduce(d, { type: 'answer-question', path: ['answers', 'x'], value: false }))).toBe(false);
  });

  test("the referrer's own details alone do not: they are remembered for the signed-in user instead", () => {
    const own = { role: 'IDVA', organisation: 'Refuge', team: 'East', phone: '0115 000 0000' };
    const d = reduce(newDraft('d', t0, sam), { type: 'edit-section', section: 'referrer', patch: own });
    expect(isBlankDraft(d)).toBe(true);
    expect(isBlankDraft(reduce(d, { type: 'edit-reason', reason: 'Help at home' }))).toBe(false);
  });

  test('fields typed into and emptied again leave it blank', () => {
    const d = reduce(newDraft('d', t0, sam), { type: 'edit-section', section: 'referrer', patch: { phone: '' } });
    expect(isBlankDraft(reduce(d, { type: 'edit-section', section: 'referrer', patch: { role: '' } }))).toBe(true);
  });
});
