import { matchesFilter } from '../../../src/sandbox/odata/filter-eval';
import { parseFilter } from '../../../src/sandbox/odata/filter-parser';

const EP = 'String {00020329-0000-0000-C000-000000000046} Name ReferralId';

const message = {
  id: 'm1',
  subject: "REF-1234 O'Brien family",
  receivedDateTime: '2026-03-10T09:30:00Z',
  hasAttachments: true,
  isRead: false,
  importance: 'normal',
  size: 2048,
  categories: ['Accepted', 'GFPO'],
  from: { emailAddress: { address: 'Referrer@Lewisham.gov.uk', name: 'A Referrer' } },
  flag: null,
  singleValueExtendedProperties: [
    { id: EP, value: 'abc' },
    { id: 'String {00020329-0000-0000-C000-000000000046} Name TriageState', value: 'screening' },
  ],
};

const cases: [string, boolean][] = [
  // Dates: the literal is an instant; the property is an ISO string.
  ['receivedDateTime ge 2026-01-01T00:00:00Z', true],
  ['receivedDateTime ge 2026-03-10T09:30:00Z', true],
  ['receivedDateTime gt 2026-03-10T09:30:00Z', false],
  ['receivedDateTime le 2026-03-10T10:29:59+01:00', false],
  ['receivedDateTime le 2026-03-10T10:30:00+01:00', true],
  ['receivedDateTime lt 2026-03-11', true],
  ['receivedDateTime eq 2026-03-10T09:30:00.000Z', true],
  ['receivedDateTime ne 2026-03-10T09:30:00Z', false],
  ['subject ge 2026-01-01T00:00:00Z', false], // not a date: no ordering
  // Booleans, numbers, strings (case-insensitive, as Exchange compares).
  ['hasAttachments eq true', true],
  ['hasAttachments eq false', false],
  ['isRead ne true', true],
  ['size gt 2047', true],
  ['size le 2047', false],
  ['size eq 2048.0', true],
  ["importance eq 'NORMAL'", true],
  ["importance lt 'z'", true],
  ["from/emailAddress/address eq 'referrer@lewisham.gov.uk'", true],
  ["subject eq 'REF-1234 O''Brien family'", true],
  // Types that do not match never compare equal.
  ["size eq '2048'", false],
  ["size ne '2048'", true],
  ['hasAttachments eq 1', false],
  ["categories eq 'Accepted'", false],
  // null and missing properties.
  ['flag eq null', true],
  ['missing eq null', true],
  ['subject ne null', true],
  ['missing gt 1', false],
  ["missing/deeper eq 'x'", false],
  // Logic.
  ["hasAttachments eq true and importance eq 'low'", false],
  ["hasAttachments eq true or importance eq 'low'", true],
  ["not (hasAttachments eq true and importance eq 'low')", true],
  ['not hasAttachments eq true', false],
  // String functions.
  ["startswith(subject, 'ref-')", true],
  ["contains(subject, 'brien')", true],
  ["endswith(subject, 'REF')", false],
  ["contains(size, '2')", false],
  // Lambdas over categories and extended properties.
  ["categories/any(c:c eq 'accepted')", true],
  ["categories/any(c:c eq 'Declined')", false],
  ["categories/all(c: c ne 'Declined')", true],
  ["categories/all(c: c eq 'Accepted')", false],
  ['categories/any()', true],
  ["missing/any(c: c eq 'x')", false],
  ["missing/all(c: c eq 'x')", true],
  [`singleValueExtendedProperties/Any(ep: ep/id eq '${EP}' and ep/value eq 'abc')`, true],
  [`singleValueExtendedProperties/any(ep: ep/id eq '${EP.toLowerCase()}' and ep/value eq 'ABC')`, true],
  [`singleValueExtendedProperties/Any(ep: ep/id eq '${EP}' and ep/value eq 'xyz')`, false],
  // The two conditions must hold on the same element, not on different ones.
  [`singleValueExtendedProperties/Any(ep: ep/id eq '${EP}' and ep/value eq 'screening')`, false],
  ["singleValueExtendedProperties/any(ep: startswith(ep/value, 'scr'))", true],
  // A lambda can read the outer item too.
  ["categories/any(c: c eq 'GFPO' and hasAttachments eq true)", true],
];

describe('matchesFilter', () => {
  it.each(cases)('%s → %s', (filter, expected) => {
    expect(matchesFilter(message, parseFilter(filter))).toBe(expected);
  });

  it('does not throw on odd items', () => {
    const expr = parseFilter(
      "singleValueExtendedProperties/any(ep: ep/id eq 'x') or categories/any(c: c eq 'x') or a/b/c eq 1",
    );
    for (const item of [
      {},
      { singleValueExtendedProperties: [null, 3, 'x', []] },
      { categories: 'Accepted' },
      { a: [1, 2] },
      { a: { b: null } },
    ]) {
      expect(matchesFilter(item, expr)).toBe(false);
    }
  });

  it('reads only own properties, not the prototype chain', () => {
    expect(matchesFilter({}, parseFilter('constructor ne null or toString ne null'))).toBe(false);
  });
});
