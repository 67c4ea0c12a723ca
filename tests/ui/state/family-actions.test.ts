import { draftReducer } from '../../../src/ui/state/draft-reducer';
import { newDraft } from '../../../src/ui/state/draft';
import type { Draft } from '../../../src/ui/state/draft';
import type { DraftAction } from '../../../src/ui/state/draft-actions';

const t0 = new Date('2026-11-23T10:00:00Z');
const t1 = new Date('2026-11-23T10:00:05Z');
const reduce = draftReducer(() => t1);
const run = (...actions: DraftAction[]): Draft => actions.reduce(reduce, newDraft('id', t0));

describe('the reason for the referral', () => {
  test('is written, stamps updatedAt, and goes when emptied', () => {
    const d = run({ type: 'edit-reason', reason: 'Sam hits his mother.' });
    expect(d.referral.reason).toBe('Sam hits his mother.');
    expect(d.updatedAt).toBe(t1.toISOString());
    expect('reason' in reduce(d, { type: 'edit-reason', reason: undefined }).referral).toBe(false);
  });
});

describe("the family's contact details", () => {
  test('top-level fields are patched; other parts of the referral keep their identity', () => {
    const before = run({ type: 'add-person', kind: 'child', id: 'c1' });
    const d = reduce(before, { type: 'edit-family', patch: { language: 'Polish', interpreterNeeded: 'yes' } });
    expect(d.referral.family).toEqual({ language: 'Polish', interpreterNeeded: 'yes' });
    expect(d.referral.people).toBe(before.referral.people);
  });

  test('an address is edited field by field, and an emptied address is no address at all', () => {
    let d = run(
      { type: 'edit-family-part', part: 'address', patch: { line1: '10 Example Street' } },
      { type: 'edit-family-part', part: 'address', patch: { postcode: 'SE6 4RU' } },
    );
    expect(d.referral.family?.address).toEqual({ line1: '10 Example Street', postcode: 'SE6 4RU' });
    d = reduce(d, { type: 'edit-family-part', part: 'address', patch: { line1: undefined, postcode: undefined } });
    // Not `{}`, which the schema would refuse for want of a first line.
    expect(d.referral.family).toBeUndefined();
  });

  test('the safe-to answers and the safe contact person are parts of their own', () => {
    const d = run(
      { type: 'edit-family-part', part: 'safeContact', patch: { call: 'no', text: 'yes' } },
      { type: 'edit-family-part', part: 'safeContact', patch: { when: 'Weekdays 9 to 3' } },
      { type: 'edit-family-part', part: 'safeContactPerson', patch: { name: 'Aunt Jo', phone: '07700 900456' } },
    );
    expect(d.referral.family).toEqual({
      safeContact: { call: 'no', text: 'yes', when: 'Weekdays 9 to 3' },
      safeContactPerson: { name: 'Aunt Jo', phone: '07700 900456' },
    });
  });

  test('phone rows are added, edited and removed by position', () => {
    let d = run({ type: 'add-phone' }, { type: 'add-phone' });
    expect(d.referral.family?.phones).toEqual([{}, {}]);
    d = reduce(d, { type: 'edit-phone', index: 1, patch: { number: '07700 900123', kind: 'mobile' } });
    d = reduce(d, { type: 'edit-phone', index: 0, patch: { number: '020 7946 0000' } });
    d = reduce(d, { type: 'remove-phone', index: 0 });
    expect(d.referral.family?.phones).toEqual([{ number: '07700 900123', kind: 'mobile' }]);
    d = reduce(d, { type: 'remove-phone', index: 0 });
    expect(d.referral.family).toBeUndefined();
  });

  test('a phone list read back from an old save with odd items keeps only the rows', () => {
    const odd = newDraft('id', t0);
    const saved: Draft = {
      ...odd,
      referral: { ...odd.referral, family: { phones: [null, 'x', { number: '1' }] as never } },
    };
    const d = reduce(saved, { type: 'add-phone' });
    expect(d.referral.family?.phones).toEqual([{ number: '1' }, {}]);
  });

  test('editing or removing a row that is not there changes nothing else', () => {
    let d = run({ type: 'add-phone' }, { type: 'edit-phone', index: 0, patch: { number: '1' } });
    d = reduce(d, { type: 'edit-phone', index: 5, patch: { number: '2' } });
    d = reduce(d, { type: 'remove-phone', index: -1 });
    expect(d.referral.family?.phones).toEqual([{ number: '1' }]);
  });
});

describe('the latest incident and a person’s own address', () => {
  test('the incident is patched under risks and goes when emptied, leaving the other risks', () => {
    let d = run(
      { type: 'edit-section', section: 'risks', patch: { perpetratorInHome: 'no' } },
      { type: 'edit-incident', patch: { dateNotKnown: true, account: 'He threw a chair.' } },
    );
    expect(d.referral.risks).toEqual({
      perpetratorInHome: 'no',
      latestIncident: { dateNotKnown: true, account: 'He threw a chair.' },
    });
    d = reduce(d, { type: 'edit-incident', patch: { dateNotKnown: undefined, account: undefined } });
    expect(d.referral.risks).toEqual({ perpetratorInHome: 'no' });
  });

  test("an adult's address is edited field by field, for that adult only", () => {
    let d = run({ type: 'add-person', kind: 'adult', id: 'a1' }, { type: 'add-person', kind: 'adult', id: 'a2' });
    d = reduce(d, { type: 'edit-person-address', index: 1, patch: { line1: '3 Other Road' } });
    d = reduce(d, { type: 'edit-person-address', index: 1, patch: { postcode: 'SE13 5AB' } });
    expect(d.referral.people?.[1]).toMatchObject({
      id: 'a2',
      address: { line1: '3 Other Road', postcode: 'SE13 5AB' },
    });
    expect(d.referral.people?.[0]).not.toHaveProperty('address');
    d = reduce(d, { type: 'edit-person-address', index: 1, patch: { line1: undefined, postcode: undefined } });
    expect(d.referral.people?.[1]).not.toHaveProperty('address');
  });
});
