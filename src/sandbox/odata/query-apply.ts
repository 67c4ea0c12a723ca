import { parseODataDate } from './filter-lexer';
import { matchesFilter } from './filter-eval';
import { MAX_TOP, type ODataQuery, type OrderBy } from './query-parser';
import { encodeSkipToken } from './skip-token';

export type ApplyOptions = {
  /** The public URL of this request: `@odata.nextLink` is built from it. */
  requestUrl: URL;
  /** Page size when `$top` is absent (Graph's mail default is 10). */
  defaultPageSize?: number;
  /** Upper bound on a page, whatever `$top` asks for (default 1000). */
  maxPageSize?: number;
  /** Properties returned only when named in `$expand`, e.g. `singleValueExtendedProperties`. */
  navigationProperties?: string[];
};

export type ODataPage<T> = { value: Partial<T>[]; nextLink?: string; count?: number };

export const DEFAULT_PAGE_SIZE = 10;

/**
 * Applies a parsed query to a collection: filter → order → page → shape. `$top` is the page size,
 * as on Graph's mail collections; when more items remain, `nextLink` is the request URL with
 * `$skiptoken` in place of any `$skip`/`$skiptoken`. `count` (for `$count=true`) counts all matches.
 * The items are not modified: shaped items are new objects.
 */
export function applyODataQuery<T extends object>(items: T[], query: ODataQuery, opts: ApplyOptions): ODataPage<T> {
  const { filter, orderBy } = query;
  let rows = filter ? items.filter((item) => matchesFilter(item, filter)) : items;
  if (orderBy && orderBy.length > 0) rows = sortRows(rows, orderBy);
  const pageSize = Math.max(
    1,
    Math.min(query.top ?? opts.defaultPageSize ?? DEFAULT_PAGE_SIZE, opts.maxPageSize ?? MAX_TOP),
  );
  const start = query.skip ?? 0;
  const page = rows.slice(start, start + pageSize);
  const result: ODataPage<T> = { value: page.map((item) => shape(item, query, opts.navigationProperties ?? [])) };
  const next = start + page.length;
  if (next < rows.length) result.nextLink = buildNextLink(opts.requestUrl, next);
  if (query.count) result.count = rows.length;
  return result;
}

function shape<T extends object>(item: T, query: ODataQuery, navigation: string[]): Partial<T> {
  const expanded = new Set(query.expand ?? []);
  const selected = query.select && new Set(query.select);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const isExpanded = expanded.has(key);
    if (navigation.includes(key) && !isExpanded) continue;
    // $select always keeps id, OData annotations and what was expanded (Graph does the same).
    if (selected && !selected.has(key) && key !== 'id' && !key.startsWith('@odata.') && !isExpanded) continue;
    const nested = query.expandFilters?.[key];
    if (nested && Array.isArray(value)) {
      const kept = value.filter(
        (element: unknown) => element !== null && typeof element === 'object' && matchesFilter(element, nested),
      );
      // Graph leaves the property out when its $expand filter matches nothing.
      if (kept.length > 0) out[key] = kept;
      continue;
    }
    out[key] = value;
  }
  return out as Partial<T>;
}

type SortKey = { rank: number; text: string; number: number | undefined };

/** Stable multi-key sort; keys are computed once per item, not per comparison. */
function sortRows<T extends object>(rows: T[], orderBy: OrderBy[]): T[] {
  const paths = orderBy.map((o) => o.field.split('/'));
  const keyed = rows.map((item, index) => ({ item, index, keys: paths.map((path) => sortKey(resolve(item, path))) }));
  keyed.sort((a, b) => {
    for (const [i, order] of orderBy.entries()) {
      const c = compareKeys(a.keys[i] as SortKey, b.keys[i] as SortKey);
      if (c !== 0) return order.desc ? -c : c;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}

function resolve(item: object, path: string[]): unknown {
  let current: unknown = item;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

// OData: nulls sort first in ascending order. Date strings compare as instants, other strings case-insensitively.
function sortKey(raw: unknown): SortKey {
  if (raw === null || raw === undefined) return { rank: 0, text: '', number: undefined };
  if (typeof raw === 'boolean') return { rank: 1, text: '', number: raw ? 1 : 0 };
  if (typeof raw === 'number') return { rank: 2, text: '', number: raw };
  if (typeof raw === 'string') return { rank: 3, text: raw, number: parseODataDate(raw) };
  return { rank: 4, text: '', number: undefined };
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.number !== undefined && b.number !== undefined) return a.number === b.number ? 0 : a.number < b.number ? -1 : 1;
  if (a.rank !== 3) return 0;
  const [x, y] = [a.text.toLowerCase(), b.text.toLowerCase()];
  if (x !== y) return x < y ? -1 : 1;
  return a.text === b.text ? 0 : a.text < b.text ? -1 : 1;
}

function buildNextLink(url: URL, offset: number): string {
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !['$skip', '$skiptoken'].includes(decodeKey(part).toLowerCase()));
  kept.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${url.origin}${url.pathname}?${kept.join('&')}`;
}

function decodeKey(part: string): string {
  const key = part.split('=')[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}
