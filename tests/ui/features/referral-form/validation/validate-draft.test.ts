import { fieldIssues } from '../../../../../src/ui/features/referral-form/validation/validate-draft';
import { newDraft } from '../../../../../src/ui/state/draft';

const ID = '00000000-0000-4000-8000-000000000001';
const base = () =>
  newDraft(ID, new Date('2026-11-23T10:00:00Z'), { name: 'Sam', email: 'sam@council.gov.uk' }).referral;
const messages = (r: unknown) => Object.fromEntries(fieldIssues(r).map((i) => [i.fieldId, i.message]));
// What filing needs of every referral beyond the people: the family's council, address, a way to reach them safely.
const CONTACT = {
  reason: 'Jo hits his mother.',
  family: {
    councilCode: 'E09000023',
    address: { line1: '10 Example Street', postcode: 'SE6 4RU' },
    phones: [{ number: '07700 900123' }],
    safeContact: { call: 'yes', text: 'yes', email: 'no', leaveMessage: 'not-known' },
  },
};

describe('field problems of a draft', () => {
  test('a new draft asks for what is required, in plain words, in form order', () => {
    const issues = fieldIssues(base());
    expect(issues.map((i) => i.message)).toEqual([
      'Enter your role',
      'Enter your organisation',
      'Say whether the family has consented to this referral',
      'Add at least one person',
      'Choose the council area the family lives in',
      "Enter the first line of the family's address",
      "Enter the family's postcode",
      'Add a phone number for the family, or a safe contact person',
      'Say whether it is safe to call them',
      'Say whether it is safe to text them',
      'Say whether it is safe to email them',
      'Say whether it is safe to leave a message',
      'Enter the reason for the referral',
    ]);
    expect(issues.map((i) => i.fieldId)).toEqual([
      'f-referrer-role',
      'f-referrer-organisation',
      'f-consent-given',
      'f-people',
      'f-family-councilCode',
      'f-family-address-line1',
      'f-family-address-postcode',
      'f-family-phones',
      'f-family-safeContact-call',
      'f-family-safeContact-text',
      'f-family-safeContact-email',
      'f-family-safeContact-leaveMessage',
      'f-reason',
    ]);
  });

  test('each person is named in their own problems, so two are told apart', () => {
    const r = {
      ...base(),
      people: [
        { id: 'c1', kind: 'child', name: '' },
        { id: 'a1', kind: 'adult', name: 'Pat', role: 'parent', relationship: '' },
      ],
    };
    const m = messages(r);
    expect(m['f-people-0-name']).toBe('Enter the name of person 1 (a child)');
    expect(m['f-people-1-relationship']).toBe('Say how Pat is related to the children');
  });

  test('dates typed wrongly are explained in UK terms, not YYYY-MM-DD', () => {
    const r = {
      ...base(),
      consent: { given: true, recordedOn: '30/02/2026', givenBy: 'Pat' },
      people: [{ id: 'c1', kind: 'child', name: 'Jo', dateOfBirth: '2026-02-30' }],
    };
    const m = messages(r);
    expect(m['f-consent-recordedOn']).toBe('There is no 30 February');
    expect(m['f-people-0-dateOfBirth']).toBe('There is no 30 February');
  });

  test('consent not given needs a lawful basis and a reason; a bad email keeps the schema’s words', () => {
    const r = {
      ...base(),
      ...CONTACT,
      referrer: { name: 'Sam', role: 'SW', organisation: 'LA', email: 'not-an-email' },
      consent: { given: false },
      people: [{ id: 'c1', kind: 'child', name: 'Jo' }],
    };
    expect(fieldIssues(r).map((i) => i.message)).toEqual([
      'Enter an email address like name@council.gov.uk',
      'Choose the lawful basis for referring without consent',
      'Record why consent was not sought or not given',
    ]);
  });

  test('too-long text says the limit; hostile or odd input never throws', () => {
    const r = {
      ...base(),
      referrer: { name: 'x'.repeat(201), role: 'SW', organisation: 'LA', email: 'a@b.co' },
      consent: { given: true, recordedOn: '2026-11-20', givenBy: 'Pat' },
      people: [{ id: 'c1', kind: 'child', name: 'Jo' }],
    };
    expect(messages(r)['f-referrer-name']).toBe('Your name must be 200 characters or fewer');
    for (const odd of [null, 42, 'x', [], { people: 'many', consent: 7, support: { previous: [null] } }])
      expect(() => fieldIssues(odd)).not.toThrow();
  });

  test('a complete referral has no problems', () => {
    const r = {
      ...base(),
      ...CONTACT,
      referrer: { name: 'Sam', role: 'SW', organisation: 'LA', email: 'sam@council.gov.uk' },
      consent: { given: true, recordedOn: '2026-11-20', givenBy: 'Pat' },
      people: [{ id: 'c1', kind: 'child', name: 'Jo', dateOfBirth: '2019-03-27' }],
    };
    expect(fieldIssues(r)).toEqual([]);
  });
});
