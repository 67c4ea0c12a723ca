// What must be in a referral before filing, beyond what the schema checks: asked in words, each at its own field.
import { fieldIssues } from '../../../../../src/ui/features/referral-form/validation/validate-draft';
import { setIn } from '../../../../../src/ui/state/draft';
import { filableDraft } from './filable-draft';

const DA = { domesticAbuse: true, marac: false };

const complete = () => ({
  ...filableDraft(),
  reason: 'Pat is frightened of Lee.',
  people: [
    { id: 'a1', kind: 'adult', name: 'Pat', role: 'parent', relationship: 'mother', abuseRole: 'victim-survivor' },
  ],
});
const withHarm = () => ({
  ...complete(),
  people: [
    ...complete().people,
    {
      id: 'a2',
      kind: 'adult',
      name: 'Lee',
      role: 'other-adult',
      relationship: 'ex-partner',
      abuseRole: 'person-causing-harm',
      knowsOfReferral: 'no',
    },
  ],
  risks: { latestIncident: { date: '2026-11-01', account: 'He broke the door.' } },
});
const byField = (r: unknown, needs = DA) =>
  Object.fromEntries(fieldIssues(r, needs).map((i) => [i.fieldId, i.message]));

// No domestic-abuse service chosen: only what every referral needs.
const contactProblems = (r: unknown) => byField(r, { domesticAbuse: false, marac: false });

describe('the family’s contact details before filing', () => {
  test('a bad postcode is said in words; one written another usual way is accepted', () => {
    const bad = setIn(complete(), ['family', 'address', 'postcode'], 'SE6 4R');
    expect(contactProblems(bad)['f-family-address-postcode']).toBe('Enter a UK postcode, like SE6 4RU');
    expect(contactProblems(setIn(complete(), ['family', 'address', 'postcode'], 'se64ru'))).toEqual({});
  });

  test('a safe contact person stands in for a phone number; a phone row with no number asks for one', () => {
    const noPhone = setIn(complete(), ['family', 'phones'], undefined);
    expect(contactProblems(noPhone)).toEqual({
      'f-family-phones': 'Add a phone number for the family, or a safe contact person',
    });
    expect(contactProblems(setIn(noPhone, ['family', 'safeContactPerson'], { name: 'Aunt Jo' }))).toEqual({});
    const emptyRow = setIn(complete(), ['family', 'phones'], [{ number: '07700 900123' }, { kind: 'home' }]);
    expect(contactProblems(emptyRow)).toEqual({ 'f-family-phones-1-number': 'Enter the phone number, or remove it' });
    const badNumber = setIn(complete(), ['family', 'phones', 0, 'number'], 'call me');
    expect(contactProblems(badNumber)['f-family-phones-0-number']).toBe('Enter a phone number, like 07700 900123');
  });

  test('"not known" answers whether it is safe; no answer does not', () => {
    const r = setIn(complete(), ['family', 'safeContact'], { call: 'not-known', text: 'no' });
    expect(contactProblems(r)).toEqual({
      'f-family-safeContact-email': 'Say whether it is safe to email them',
      'f-family-safeContact-leaveMessage': 'Say whether it is safe to leave a message',
    });
  });

  test('another council area, named in words, is a council; a blank reason is no reason', () => {
    const named = setIn(setIn(complete(), ['family', 'councilCode'], undefined), ['family', 'councilName'], 'Fife');
    expect(contactProblems(named)).toEqual({});
    expect(contactProblems(setIn(complete(), ['reason'], '   '))).toEqual({
      'f-reason': 'Enter the reason for the referral',
    });
  });
});

describe('a domestic-abuse service before filing', () => {
  test('needs the latest incident and someone recorded as having used abusive behaviour', () => {
    expect(byField(complete(), { domesticAbuse: false, marac: false })).toEqual({});
    expect(byField(complete())).toEqual({
      'f-risks-latestIncident-date': 'Enter the date of the latest incident, or tick “Date not known”',
      'f-risks-latestIncident-account': 'Say what happened in the latest incident',
      'f-risks-personCausingHarm':
        'Add the person who has used abusive behaviour, as an adult in Family with that role',
    });
    expect(byField(withHarm())).toEqual({});
  });

  test('"date not known" answers the date; the account is still needed', () => {
    const r = setIn(withHarm(), ['risks', 'latestIncident'], { dateNotKnown: true });
    expect(byField(r)).toEqual({ 'f-risks-latestIncident-account': 'Say what happened in the latest incident' });
  });

  test('the person causing harm needs a name and whether they know of the referral, said by name', () => {
    const unnamed = setIn(setIn(withHarm(), ['people', 1, 'name'], ''), ['people', 1, 'knowsOfReferral'], undefined);
    expect(byField(unnamed)).toEqual({
      'f-people-1-name': 'Enter the name of person 2 (an adult)',
      'f-people-1-knowsOfReferral': 'Say whether person 2 (an adult) knows about this referral',
    });
    const named = setIn(withHarm(), ['people', 1, 'knowsOfReferral'], undefined);
    expect(byField(named)).toEqual({ 'f-people-1-knowsOfReferral': 'Say whether Lee knows about this referral' });
  });

  test('their address, if given, needs a first line and a real postcode; their age must be a whole number of years', () => {
    let r = setIn(withHarm(), ['people', 1, 'address'], { postcode: 'nowhere' });
    expect(byField(r)).toEqual({
      'f-people-1-address-line1': 'Enter the first line of their address, or clear the address',
      'f-people-1-address-postcode': 'Enter a UK postcode, like SE6 4RU',
    });
    r = setIn(setIn(withHarm(), ['people', 1, 'dateOfBirthNotKnown'], true), ['people', 1, 'approximateAge'], 34.5);
    expect(byField(r)).toEqual({ 'f-people-1-approximateAge': 'Enter an age in whole years, from 0 to 120' });
  });

  test('odd input never throws', () => {
    for (const odd of [null, 7, { family: 'x', risks: { latestIncident: 3 }, people: [null, { kind: 'adult' }] }])
      expect(() => fieldIssues(odd, { domesticAbuse: true, marac: true })).not.toThrow();
  });
});
