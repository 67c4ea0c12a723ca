import { z } from 'zod';
import { formatIssue, referenceFor, referralSchema, validateReferral } from '../../../src/domain';
import { miniCatalogue } from '../fixtures/mini-catalogue';
import { referral } from '../fixtures/referrals';

const issuesOf = (input: unknown, withCatalogue = false) => {
  const r = validateReferral(input, withCatalogue ? miniCatalogue : undefined);
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('referral schema', () => {
  test('a complete referral is valid', () => {
    expect(issuesOf(referral())).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    [
      'a date that does not exist',
      { people: [{ id: 'c1', kind: 'child', name: 'A', dateOfBirth: '2026-02-30' }] },
      /^people\[0\]\.dateOfBirth: Enter a real date/,
    ],
    [
      'a date in another format',
      { people: [{ id: 'c1', kind: 'child', name: 'A', dateOfBirth: '01/02/2020' }] },
      /^people\[0\]\.dateOfBirth: Enter a date in the form YYYY-MM-DD/,
    ],
    ['a wrong schema version', { schemaVersion: 3 }, /^schemaVersion:/],
    ['an id that is not a UUID', { id: 'abc' }, /^id:/],
    ['an email that is not one', { referrer: { email: 'not an email' } }, /^referrer\.email: Enter an email address/],
    [
      'consent refused without a reason',
      { consent: { given: false, lawfulBasis: 'safeguarding', reason: ' ' } },
      /^consent\.reason: Record why consent/,
    ],
    [
      'consent refused with an unknown lawful basis',
      { consent: { given: false, lawfulBasis: 'because', reason: 'x' } },
      /^consent\.lawfulBasis:/,
    ],
    ['an unknown field', { surprise: true }, /surprise/],
    ['no people', { people: [] }, /^people: Add at least one person/],
    [
      'a person id used twice',
      {
        people: [
          { id: 'x', kind: 'child', name: 'A' },
          { id: 'x', kind: 'child', name: 'B' },
        ],
      },
      /^people\[1\]\.id: Person id "x" is used twice/,
    ],
    [
      'a service for a person who is not there',
      { services: [{ serviceId: 'test.group', personIds: ['ghost'] }] },
      /^services\[0\]\.personIds\[0\]: No person with id "ghost"/,
    ],
    ['a yes/no answer that is neither', { risks: { perpetratorInHome: 'maybe' } }, /^risks\.perpetratorInHome:/],
    [
      'an attachment over 150 MB',
      { attachments: [{ id: 'a', name: 'big.zip', contentType: 'application/zip', size: 150 * 1024 * 1024 + 1 }] },
      /^attachments\[0\]\.size: Attachments can be at most 150 MB/,
    ],
    [
      'a DASH answer to a question that does not exist',
      { risks: { dash: { answers: { q25: 'yes' } } } },
      /^risks\.dash\.answers/,
    ],
  ])('refuses %s with a field-level message', (_name, patch, expected) => {
    const issues = issuesOf(referral(patch));
    expect(issues.some((i) => expected.test(i))).toBe(true);
  });

  test('with a catalogue: unknown services and answers that do not fit their question are refused', () => {
    const bad = referral({
      services: [{ serviceId: 'nope.nope', personIds: [] }],
      answers: { 'test.colour': 'green', 'not.a-question': 'yes' },
    });
    expect(issuesOf(bad, true)).toEqual(
      expect.arrayContaining([
        'services[0].serviceId: "nope.nope" is not a service in the catalogue',
        'answers.test.colour: Not a valid answer to "Favourite colour"',
        'answers.not.a-question: "not.a-question" is not a question in the catalogue',
      ]),
    );
    expect(
      issuesOf(referral({ answers: { 'test.colour': 'red', 'test.commits-to-sessions': 'not-known' } }), true),
    ).toEqual([]);
  });

  test('exports to JSON Schema with the date pattern kept', () => {
    const schema = z.toJSONSchema(referralSchema, { unrepresentable: 'any' }) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'referrer', 'consent', 'people', 'services']),
    );
    expect(JSON.stringify(schema)).toContain('^(\\\\d{4})-(\\\\d{2})-(\\\\d{2})$');
  });

  test('the reference is derived from the id', () => {
    expect(referenceFor('3f2a9c1b-7d4e-4a5b-9c6d-1e2f3a4b5c6d')).toBe('RC-3F2A9C1B');
  });
});
