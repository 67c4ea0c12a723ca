import type { FilterExpr } from '../../../src/sandbox/odata/filter-ast';
import { FilterSyntaxError, parseODataDate } from '../../../src/sandbox/odata/filter-lexer';
import { parseFilter } from '../../../src/sandbox/odata/filter-parser';

const path = (...segments: string[]) => ({ type: 'path', segments });
const str = (value: string) => ({ type: 'literal', literal: { kind: 'string', value } });
const EP_ID = 'String {00020329-0000-0000-C000-000000000046} Name ReferralId';

describe('parseFilter: what the product sends', () => {
  it.each<[string, FilterExpr | Record<string, unknown>]>([
    [
      'receivedDateTime ge 2026-01-01T00:00:00Z',
      {
        type: 'compare',
        op: 'ge',
        left: path('receivedDateTime'),
        right: {
          type: 'literal',
          literal: { kind: 'datetime', value: Date.UTC(2026, 0, 1), text: '2026-01-01T00:00:00Z' },
        },
      },
    ],
    [
      'hasAttachments eq true',
      {
        type: 'compare',
        op: 'eq',
        left: path('hasAttachments'),
        right: { type: 'literal', literal: { kind: 'boolean', value: true } },
      },
    ],
    ["subject ne 'O''Brien'", { type: 'compare', op: 'ne', left: path('subject'), right: str("O'Brien") }],
    [
      'size lt -1.5e3',
      {
        type: 'compare',
        op: 'lt',
        left: path('size'),
        right: { type: 'literal', literal: { kind: 'number', value: -1500 } },
      },
    ],
    [
      'from/emailAddress/address eq null',
      {
        type: 'compare',
        op: 'eq',
        left: path('from', 'emailAddress', 'address'),
        right: { type: 'literal', literal: { kind: 'null' } },
      },
    ],
    [
      "categories/any(c:c eq 'Accepted')",
      {
        type: 'lambda',
        quantifier: 'any',
        collection: path('categories'),
        variable: 'c',
        predicate: {
          type: 'compare',
          op: 'eq',
          left: { type: 'path', variable: 'c', segments: [] },
          right: str('Accepted'),
        },
      },
    ],
    [
      `singleValueExtendedProperties/Any(ep: ep/id eq '${EP_ID}' and ep/value eq 'abc')`,
      {
        type: 'lambda',
        quantifier: 'any',
        collection: path('singleValueExtendedProperties'),
        variable: 'ep',
        predicate: {
          type: 'and',
          left: {
            type: 'compare',
            op: 'eq',
            left: { type: 'path', variable: 'ep', segments: ['id'] },
            right: str(EP_ID),
          },
          right: {
            type: 'compare',
            op: 'eq',
            left: { type: 'path', variable: 'ep', segments: ['value'] },
            right: str('abc'),
          },
        },
      },
    ],
    ["startswith(subject, 'REF-')", { type: 'function', name: 'startswith', args: [path('subject'), str('REF-')] }],
    ['categories/any()', { type: 'lambda', quantifier: 'any', collection: path('categories'), variable: '' }],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });

  it('binds and tighter than or, not tighter than and; parentheses override', () => {
    const plain = parseFilter('a eq 1 or b eq 2 and not c eq 3');
    expect(plain.type).toBe('or');
    expect(plain.type === 'or' && plain.right.type).toBe('and');
    expect(plain.type === 'or' && plain.right.type === 'and' && plain.right.right.type).toBe('not');
    const grouped = parseFilter('(a eq 1 or b eq 2) and c eq 3');
    expect(grouped.type === 'and' && grouped.left.type).toBe('or');
  });

  it('does not treat a property that shares a lambda variable name outside the lambda as the variable', () => {
    const expr = parseFilter("categories/any(c: c eq 'x') and c eq 'y'");
    expect(expr.type === 'and' && expr.right).toEqual({ type: 'compare', op: 'eq', left: path('c'), right: str('y') });
  });
});

describe('parseFilter: malformed input', () => {
  it.each([
    ['(hasAttachments eq true', /unbalanced parentheses/, 23],
    ['hasAttachments eq true)', /unbalanced parentheses/, 22],
    ["categories/any(c: c eq 'x'", /unbalanced parentheses/, 26],
    ["subject foo 'x'", /'foo' is not a known operator/, 8],
    ["subject has 'x'", /'has' is not supported/, 8],
    ["subject in ('a','b')", /'in' is not supported/, 8],
    ['receivedDateTime ge 2026-13-01T00:00:00Z', /not a valid date/, 20],
    ['receivedDateTime ge 2026-02-30T00:00:00Z', /not a valid date/, 20],
    ['receivedDateTime ge 2026-01-01T25:00:00Z', /not a valid date/, 20],
    ['receivedDateTime ge 2026-01-01T10:00:00', /not a valid date/, 20], // a time needs a zone
    ['receivedDateTime ge 2026-01-01T10:00:00+15:00', /not a valid date/, 20],
    ["subject eq 'unterminated", /unterminated string/, 11],
    ['subject eq', /expected a property, value or function/, 10],
    ['subject', /expected a comparison operator/, 7],
    ['eq 1', /expected a comparison operator but found a literal/, 3],
    ["tolower(subject) eq 'x'", /function 'tolower' is not supported/, 0],
    ["contains(subject) eq 'x'", /expected ','/, 16],
    ['a eq 1 b eq 2', /unexpected 'b'/, 7],
    ['a eq 1 and', /expected a property/, 10],
    ['subject eq #', /unexpected character '#'/, 11],
    ['categories/all()', /'all' needs a lambda expression/, 11],
    ["contains(subject, 'a') eq true", /unexpected 'eq'/, 23],
    ["a eq (b eq 'c')", /expected a property, value or function but found '\('/, 5],
  ])('%s', (text, message, position) => {
    let caught: unknown;
    try {
      parseFilter(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FilterSyntaxError);
    expect((caught as FilterSyntaxError).message).toMatch(message);
    expect((caught as FilterSyntaxError).position).toBe(position);
  });

  it('refuses nesting deep enough to threaten the stack', () => {
    expect(() => parseFilter(`${'not '.repeat(500)}a eq 1`)).toThrow(/nested too deeply/);
    expect(() => parseFilter(`${'('.repeat(500)}a eq 1${')'.repeat(500)}`)).toThrow(/nested too deeply|too long/);
  });
});

describe('parseODataDate', () => {
  it.each([
    ['2026-01-01T00:00:00Z', Date.UTC(2026, 0, 1)],
    ['2026-01-01', Date.UTC(2026, 0, 1)],
    ['2026-06-01T10:30:00+01:00', Date.UTC(2026, 5, 1, 9, 30)],
    ['2026-06-01T10:30:00.1234567Z', Date.UTC(2026, 5, 1, 10, 30) + 123.4567],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('%s', (text, ms) => expect(parseODataDate(text)).toBeCloseTo(ms, 3));

  it.each([
    '2025-02-29T00:00:00Z',
    '2026-00-10',
    '2026-1-1',
    'yesterday',
    '2026-01-01T10:60:00Z',
    '2026-01-01T10:00:00+01:00:00',
  ])('refuses %s', (text) => expect(parseODataDate(text)).toBeUndefined());
});
