import { contactDetails, contactNote, contactWords } from '../../../src/domain';

describe('a contact in words', () => {
  test('details in order, the note in brackets after them without its full stop', () => {
    expect(
      contactWords({
        name: 'YUVA',
        email: 'referrals@example.org',
        phone: '020 7946 0000',
        note: 'For assessment and interventions with adolescents.',
      }),
    ).toBe('YUVA, referrals@example.org, 020 7946 0000 (For assessment and interventions with adolescents)');
    expect(contactWords({ phone: '020 7946 0000', hours: 'Monday to Friday, 9am to 5pm' })).toBe(
      '020 7946 0000, Monday to Friday, 9am to 5pm',
    );
  });

  test('a note alone is given as written; an empty contact is empty', () => {
    expect(contactWords({ note: 'Refer with the form.' })).toBe('Refer with the form.');
    expect(contactWords({})).toBe('');
    expect(contactDetails({ hours: 'Evenings', name: 'Front door' })).toEqual(['Front door', 'Evenings']);
  });

  test('the note keeps its own words and brackets; only closing full stops go', () => {
    expect(contactNote('  PO Box 2838, London W6 9ZE  ', true)).toBe('(PO Box 2838, London W6 9ZE)');
    expect(contactNote('Clinics (Appendix 3)...', true)).toBe('(Clinics (Appendix 3))');
    expect(contactNote('Is this the team?', true)).toBe('(Is this the team?)');
  });
});
