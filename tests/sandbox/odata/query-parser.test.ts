import { encodeSkipToken } from '../../../src/sandbox/odata/skip-token';
import { parseODataQuery } from '../../../src/sandbox/odata/query-parser';

const parse = (query: string) => parseODataQuery(new URLSearchParams(query));

describe('parseODataQuery: accepted', () => {
  it.each<[string, Record<string, unknown>]>([
    ['', {}],
    ['$select=subject, receivedDateTime,id', { select: ['subject', 'receivedDateTime', 'id'] }],
    ['$top=1', { top: 1 }],
    ['$top=1000', { top: 1000 }],
    ['$skip=0', { skip: 0 }],
    ['$skip=40', { skip: 40 }],
    ['$orderby=receivedDateTime desc', { orderBy: [{ field: 'receivedDateTime', desc: true }] }],
    [
      '$orderby=importance DESC,subject,from/emailAddress/name asc',
      {
        orderBy: [
          { field: 'importance', desc: true },
          { field: 'subject', desc: false },
          { field: 'from/emailAddress/name', desc: false },
        ],
      },
    ],
    ['$count=true', { count: true }],
    ['$count=false', { count: false }],
    ['$expand=singleValueExtendedProperties,attachments', { expand: ['singleValueExtendedProperties', 'attachments'] }],
    ['$TOP=5&changeType=created&$deltatoken=abc', { top: 5 }], // option names are case-insensitive; non-$ and delta pass through
    [`$skiptoken=${encodeSkipToken(250)}`, { skip: 250 }],
  ])('%s', (query, expected) => {
    expect(parse(query)).toEqual({ ok: true, query: expected });
  });

  it('parses $filter into an expression', () => {
    const result = parse(
      `$filter=${encodeURIComponent("hasAttachments eq true and categories/any(c:c eq 'Accepted')")}`,
    );
    expect(result.ok && result.query.filter?.type).toBe('and');
  });

  it('parses a $filter nested in $expand (how extended properties are read)', () => {
    const id = 'String {00020329-0000-0000-C000-000000000046} Name ReferralId';
    const result = parse(
      `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${id}'),attachments`)}`,
    );
    expect(result.ok && result.query.expand).toEqual(['singleValueExtendedProperties', 'attachments']);
    expect(result.ok && result.query.expandFilters?.singleValueExtendedProperties).toEqual({
      type: 'compare',
      op: 'eq',
      left: { type: 'path', segments: ['id'] },
      right: { type: 'literal', literal: { kind: 'string', value: id } },
    });
  });
});

describe('parseODataQuery: refused with BadRequest', () => {
  it.each([
    ['$top=0', /\$top/],
    ['$top=1001', /\$top.*1 to 1000/],
    ['$top=-1', /\$top/],
    ['$top=abc', /\$top/],
    ['$top=1.5', /\$top/],
    ['$skip=-3', /\$skip/],
    ['$top=5&$top=6', /more than once/],
    ['$skip=10&$skiptoken=' + encodeSkipToken(10), /cannot be used together/],
    ['$skiptoken=not-a-token', /\$skiptoken is not valid/],
    ['$skiptoken=' + Buffer.from('v1:-5').toString('base64url'), /\$skiptoken is not valid/],
    ['$select=', /Invalid \$select item/],
    ['$select=subject,,id', /Invalid \$select item/],
    ['$select=from/emailAddress', /nested property/],
    ['$orderby=receivedDateTime sideways', /Invalid \$orderby item/],
    ['$orderby=', /Invalid \$orderby item/],
    ['$filter=', /Invalid filter clause.*empty/],
    [
      '$filter=' + encodeURIComponent('(hasAttachments eq true'),
      /Invalid filter clause: unbalanced parentheses.*position 23/,
    ],
    ['$filter=' + encodeURIComponent("subject like 'x'"), /'like' is not a known operator/],
    ['$filter=' + encodeURIComponent('receivedDateTime ge 2026-02-31T00:00:00Z'), /not a valid date/],
    ['$count=yes', /\$count/],
    ['$expand=attachments($select=name)', /'\$select' inside \$expand is not supported/],
    ['$expand=attachments($filter=name eq)', /Invalid filter clause.*\$expand\(attachments\)/],
    ['$expand=attachments(', /unbalanced/],
    ['$expand=*', /Invalid \$expand item/],
    ['$expand=attachments,attachments', /expanded more than once/],
    ['$search=referral', /'\$search' is not supported/],
    ['$format=json', /'\$format' is not supported/],
  ])('%s', (query, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('BadRequest');
    expect(!result.ok && result.message).toMatch(message);
  });
});
