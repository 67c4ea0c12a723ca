import type { FilterExpr } from './filter-ast';
import { FilterSyntaxError } from './filter-lexer';
import { parseFilter } from './filter-parser';
import { decodeSkipToken } from './skip-token';

export type OrderBy = { field: string; desc: boolean };

export type ODataQuery = {
  select?: string[];
  /** Page size, as Graph uses `$top` on mail collections (more items → `@odata.nextLink`). */
  top?: number;
  /** Offset of the first item: from `$skip`, or decoded from a `$skiptoken` we issued. */
  skip?: number;
  /** `field` is a property path such as `receivedDateTime` or `from/emailAddress/address`. */
  orderBy?: OrderBy[];
  filter?: FilterExpr;
  expand?: string[];
  count?: boolean;
  /** Nested filters: `$expand=singleValueExtendedProperties($filter=id eq '…')` → key `singleValueExtendedProperties`. */
  expandFilters?: Record<string, FilterExpr>;
};

export type ODataParseResult = { ok: true; query: ODataQuery } | { ok: false; code: string; message: string };

export const MAX_TOP = 1000;
// Bounded work: every sort key costs a comparison per pair of items, and a request must not hold the server.
export const MAX_ORDERBY_KEYS = 10;
export const MAX_SELECT_FIELDS = 64;
// Options other handlers read (delta) pass through here untouched.
const PASS_THROUGH = new Set(['$deltatoken']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ORDER_ITEM = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(asc|desc))?$/i;
const EXPAND_ITEM = /^([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?$/s;

class QueryError extends Error {}

/**
 * Parses the OData system query options of a Graph request. Options without `$` are left to the
 * handler; any `$` option the sandbox does not emulate is refused rather than ignored (Azurite's
 * rule: never pretend).
 */
export function parseODataQuery(params: URLSearchParams): ODataParseResult {
  try {
    return { ok: true, query: parseOptions(params) };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, code: 'BadRequest', message: error.message };
    throw error;
  }
}

function parseOptions(params: URLSearchParams): ODataQuery {
  const options = new Map<string, string>();
  for (const [rawKey, value] of params) {
    if (!rawKey.startsWith('$')) continue;
    const key = rawKey.toLowerCase();
    if (options.has(key)) throw new QueryError(`Query option '${key}' is specified more than once.`);
    options.set(key, value);
  }
  const query: ODataQuery = {};
  for (const [key, value] of options) {
    switch (key) {
      case '$select':
        query.select = parseSelect(value);
        break;
      case '$top':
        query.top = parseInteger(value, key, 1, MAX_TOP);
        break;
      case '$skip':
        query.skip = parseInteger(value, key, 0, 2 ** 31 - 1);
        break;
      case '$skiptoken':
        query.skip = parseSkipToken(value);
        break;
      case '$orderby':
        query.orderBy = parseOrderBy(value);
        break;
      case '$filter':
        query.filter = parseFilterOption(value, '$filter');
        break;
      case '$expand':
        parseExpand(value, query);
        break;
      case '$count':
        if (value !== 'true' && value !== 'false')
          throw new QueryError(`Invalid value '${value}' for $count; expected true or false.`);
        query.count = value === 'true';
        break;
      default:
        if (!PASS_THROUGH.has(key)) throw new QueryError(`Query option '${key}' is not supported.`);
    }
  }
  if (options.has('$skip') && options.has('$skiptoken'))
    throw new QueryError('$skip and $skiptoken cannot be used together.');
  return query;
}

function parseInteger(value: string, key: string, min: number, max: number): number {
  const n = /^[0-9]{1,10}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= min && n <= max))
    throw new QueryError(`Invalid value '${value}' for ${key}; expected an integer from ${min} to ${max}.`);
  return n;
}

function parseSkipToken(value: string): number {
  const offset = decodeSkipToken(value);
  if (offset === undefined) throw new QueryError('The $skiptoken is not valid; follow @odata.nextLink as returned.');
  return offset;
}

function parseSelect(value: string): string[] {
  const fields = value.split(',').map((field) => field.trim());
  if (fields.length > MAX_SELECT_FIELDS)
    throw new QueryError(`$select names ${fields.length} properties; at most ${MAX_SELECT_FIELDS} are allowed.`);
  for (const field of fields) {
    if (field.includes('/')) throw new QueryError(`$select of a nested property ('${field}') is not supported.`);
    if (!NAME.test(field)) throw new QueryError(`Invalid $select item '${field}'.`);
  }
  return fields;
}

function parseOrderBy(value: string): OrderBy[] {
  const items = value.split(',');
  if (items.length > MAX_ORDERBY_KEYS)
    throw new QueryError(`$orderby has ${items.length} sort keys; at most ${MAX_ORDERBY_KEYS} are allowed.`);
  return items.map((item) => {
    const match = ORDER_ITEM.exec(item.trim());
    if (!match)
      throw new QueryError(
        `Invalid $orderby item '${item.trim()}'; expected a property optionally followed by asc or desc.`,
      );
    return { field: match[1] as string, desc: match[2]?.toLowerCase() === 'desc' };
  });
}

function parseFilterOption(value: string, where: string): FilterExpr {
  if (value.trim() === '') throw new QueryError(`Invalid filter clause: ${where} is empty.`);
  try {
    return parseFilter(value);
  } catch (error) {
    if (error instanceof FilterSyntaxError)
      throw new QueryError(`Invalid filter clause: ${error.message} at position ${error.position} in ${where}.`);
    throw error;
  }
}

function parseExpand(value: string, query: ODataQuery): void {
  const names: string[] = [];
  for (const item of splitTopLevel(value, ',')) {
    const match = EXPAND_ITEM.exec(item.trim());
    if (!match) throw new QueryError(`Invalid $expand item '${item.trim()}'.`);
    const name = match[1] as string;
    if (names.includes(name)) throw new QueryError(`'${name}' is expanded more than once.`);
    names.push(name);
    if (match[2] === undefined) continue;
    for (const option of splitTopLevel(match[2], ';')) {
      const [key = '', ...rest] = option.split('=');
      if (key.trim().toLowerCase() !== '$filter')
        throw new QueryError(`Query option '${key.trim()}' inside $expand is not supported.`);
      query.expandFilters = { ...query.expandFilters, [name]: parseFilterOption(rest.join('='), `$expand(${name})`) };
    }
  }
  query.expand = names;
}

/** Splits on `separator` outside parentheses and quoted strings; refuses unbalanced input. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'")
      quoted = !quoted; // a doubled '' toggles twice: still correct
    else if (quoted) continue;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) break;
  }
  if (depth !== 0 || quoted) throw new QueryError('Invalid $expand: unbalanced parentheses or quotes.');
  parts.push(text.slice(start));
  return parts;
}
