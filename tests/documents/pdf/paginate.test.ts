import type { Row } from '../../../src/documents/pdf/layout';
import { paginate } from '../../../src/documents/pdf/paginate';
import { MARGIN, PAGE } from '../../../src/documents/pdf/pdf-geometry';

const row = (patch: Partial<Row> = {}): Row => ({
  size: 10,
  height: 14,
  spaceBefore: 0,
  keepWithNext: false,
  cells: [],
  ...patch,
});
const USABLE = PAGE.height - MARGIN.top - MARGIN.bottom;

describe('paginate', () => {
  test('always gives at least one page', () => {
    expect(paginate([])).toEqual([[]]);
  });

  test('fills a page down to the bottom margin and carries on on the next', () => {
    const perPage = Math.floor(USABLE / 14);
    const pages = paginate(Array.from({ length: perPage * 2 + 1 }, () => row()));
    expect(pages.map((p) => p.length)).toEqual([perPage, perPage, 1]);
    for (const page of pages) {
      expect(page[0]!.top).toBe(PAGE.height - MARGIN.top);
      for (const r of page) expect(r.top - r.height).toBeGreaterThanOrEqual(MARGIN.bottom);
    }
  });

  test('drops the space above a row at the top of a page', () => {
    const perPage = Math.floor(USABLE / 14);
    const pages = paginate([...Array.from({ length: perPage }, () => row()), row({ spaceBefore: 20 })]);
    expect(pages[1]![0]!.top).toBe(PAGE.height - MARGIN.top);
  });

  test('a heading never ends a page: it moves to the next page with the line after it', () => {
    const perPage = Math.floor(USABLE / 14);
    const rows = [...Array.from({ length: perPage - 1 }, () => row()), row({ keepWithNext: true }), row()];
    const pages = paginate(rows);
    expect(pages[0]).toHaveLength(perPage - 1);
    expect(pages[1]![0]!.keepWithNext).toBe(true);
  });

  test('a chain of kept rows taller than a page is broken like any other rows', () => {
    const rows = Array.from({ length: 200 }, () => row({ keepWithNext: true }));
    expect(paginate(rows).flat()).toHaveLength(200);
  });
});
