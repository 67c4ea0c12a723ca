import { applyODataQuery } from '../../../src/sandbox/odata/query-apply';
import { type ODataQuery, parseODataQuery } from '../../../src/sandbox/odata/query-parser';

type Msg = {
  id: string;
  '@odata.etag'?: string;
  subject?: string | null;
  receivedDateTime?: string;
  importance?: string;
  n?: number;
  singleValueExtendedProperties?: { id: string; value: string }[];
};

const BASE = 'https://localhost:3000/graph/v1.0/users/Family.Hub.Referrals@lewisham.gov.uk/messages';

function queryOf(url: URL): ODataQuery {
  const parsed = parseODataQuery(url.searchParams);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

/** Follows nextLink until the end, the way the Graph client's PageIterator does. */
function pageThrough(items: Msg[], firstUrl: string, opts: { defaultPageSize?: number; maxPageSize?: number } = {}) {
  const seen: string[] = [];
  const links: string[] = [];
  let url: string | undefined = firstUrl;
  while (url) {
    const requestUrl: URL = new URL(url);
    const page = applyODataQuery(items, queryOf(requestUrl), { requestUrl, ...opts });
    seen.push(...page.value.map((m) => m.id as string));
    url = page.nextLink;
    if (url) links.push(url);
    if (links.length > 1000) throw new Error('paging does not end');
  }
  return { seen, links };
}

const many: Msg[] = Array.from({ length: 250 }, (_, i) => ({
  id: `m${String(i).padStart(3, '0')}`,
  receivedDateTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  n: i,
}));

describe('applyODataQuery paging', () => {
  it('pages through 250 items by nextLink: every item exactly once, in order (default page size 10)', () => {
    const { seen, links } = pageThrough(many, BASE);
    expect(seen).toEqual(many.map((m) => m.id));
    expect(links).toHaveLength(24);
    for (const link of links) {
      expect(link.startsWith(`${BASE}?`)).toBe(true);
      expect(link).toMatch(/\$skiptoken=[A-Za-z0-9_-]+$/);
    }
  });

  it('pages with $top as the page size, $orderby desc and $filter kept in the nextLink', () => {
    const filter = encodeURIComponent('receivedDateTime ge 2026-01-01T01:00:00Z');
    const { seen, links } = pageThrough(many, `${BASE}?$top=50&$orderby=receivedDateTime%20desc&$filter=${filter}`);
    const expected = many
      .filter((m) => (m.n as number) >= 60)
      .map((m) => m.id)
      .reverse();
    expect(seen).toEqual(expected);
    expect(links).toHaveLength(3); // 190 items in pages of 50
    expect(links[0]).toContain(`$filter=${filter}`);
    expect(links[0]).toContain('$top=50');
  });

  it('starts at $skip and replaces it with $skiptoken in the nextLink', () => {
    const url = new URL(`${BASE}?$skip=5&$top=10`);
    const page = applyODataQuery(many, queryOf(url), { requestUrl: url });
    expect(page.value.map((m) => m.n)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(page.nextLink).not.toMatch(/\$skip=/);
    const second = applyODataQuery(many, queryOf(new URL(page.nextLink as string)), {
      requestUrl: new URL(page.nextLink as string),
    });
    expect(second.value[0]?.n).toBe(15);
    expect(pageThrough(many, url.href).seen).toEqual(many.slice(5).map((m) => m.id));
  });

  it('gives no nextLink on the last page or past the end', () => {
    const url = new URL(`${BASE}?$top=1000`);
    expect(applyODataQuery(many, queryOf(url), { requestUrl: url })).toEqual({ value: many });
    const past = new URL(`${BASE}?$skip=900`);
    expect(applyODataQuery(many, queryOf(past), { requestUrl: past })).toEqual({ value: [] });
  });

  it('honours defaultPageSize and caps $top at maxPageSize', () => {
    const url = new URL(BASE);
    expect(applyODataQuery(many, {}, { requestUrl: url, defaultPageSize: 25 }).value).toHaveLength(25);
    expect(applyODataQuery(many, { top: 500 }, { requestUrl: url, maxPageSize: 100 }).value).toHaveLength(100);
    expect(pageThrough(many, `${BASE}?$top=999`, { maxPageSize: 100 }).seen).toEqual(many.map((m) => m.id));
  });

  it('counts every match, not just the page, for $count=true', () => {
    const url = new URL(`${BASE}?$count=true&$top=5&$filter=${encodeURIComponent('n lt 42')}`);
    const page = applyODataQuery(many, queryOf(url), { requestUrl: url });
    expect(page.count).toBe(42);
    expect(page.value).toHaveLength(5);
  });
});

describe('applyODataQuery shaping and ordering', () => {
  const EP = 'String {00020329-0000-0000-C000-000000000046} Name ReferralId';
  const items: Msg[] = Object.freeze(
    [
      {
        id: 'a',
        '@odata.etag': 'W/"1"',
        subject: 'beta',
        receivedDateTime: '2026-03-10T10:00:00+01:00',
        importance: 'high',
        singleValueExtendedProperties: [
          { id: EP, value: 'R1' },
          { id: 'String {x} Name Other', value: 'o' },
        ],
      },
      { id: 'b', subject: 'Alpha', receivedDateTime: '2026-03-10T09:30:00Z', importance: 'normal' },
      { id: 'c', subject: null, receivedDateTime: '2026-03-10T08:00:00Z', importance: 'high' },
      { id: 'd', subject: 'alpha', receivedDateTime: '2026-03-11T00:00:00Z', importance: 'normal' },
    ].map((m) => Object.freeze(m)),
  ) as Msg[];
  const run = (query: string, navigationProperties?: string[]) => {
    const url = new URL(`${BASE}?${query}`);
    return applyODataQuery(items, queryOf(url), { requestUrl: url, navigationProperties }).value;
  };

  it('$select keeps id and @odata annotations always', () => {
    expect(run('$select=subject')).toEqual([
      { id: 'a', '@odata.etag': 'W/"1"', subject: 'beta' },
      { id: 'b', subject: 'Alpha' },
      { id: 'c', subject: null },
      { id: 'd', subject: 'alpha' },
    ]);
  });

  it('orders dates as instants, whatever their offset', () => {
    // a is 09:00Z written as 10:00+01:00, so it sorts before b (09:30Z).
    expect(run('$orderby=receivedDateTime').map((m) => m.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(run('$orderby=receivedDateTime desc').map((m) => m.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('orders strings case-insensitively, nulls first ascending, and stays stable', () => {
    expect(run('$orderby=subject').map((m) => m.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(run('$orderby=subject desc').map((m) => m.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('orders by several keys', () => {
    expect(run('$orderby=importance,receivedDateTime desc').map((m) => m.id)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('hides navigation properties unless expanded, and filters them by a nested $filter', () => {
    const nav = ['singleValueExtendedProperties'];
    expect(run('$top=1', nav)[0]).not.toHaveProperty('singleValueExtendedProperties');
    expect(run('$top=1&$expand=singleValueExtendedProperties', nav)[0]?.singleValueExtendedProperties).toHaveLength(2);
    const expand = encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${EP.toUpperCase()}')`);
    const [first, second] = run(`$top=2&$select=subject&$expand=${expand}`, nav);
    expect(first).toEqual({
      id: 'a',
      '@odata.etag': 'W/"1"',
      subject: 'beta',
      singleValueExtendedProperties: [{ id: EP, value: 'R1' }],
    });
    expect(second).toEqual({ id: 'b', subject: 'Alpha' }); // nothing matched: left out, as Graph does
  });

  it('finds a message by extended property value', () => {
    const filter = encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${EP}' and ep/value eq 'r1')`);
    expect(run(`$filter=${filter}`).map((m) => m.id)).toEqual(['a']);
  });

  it('leaves the input items untouched', () => {
    run('$select=subject&$orderby=subject desc&$expand=singleValueExtendedProperties', [
      'singleValueExtendedProperties',
    ]);
    expect(items.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(items[0]?.singleValueExtendedProperties).toHaveLength(2);
  });
});
