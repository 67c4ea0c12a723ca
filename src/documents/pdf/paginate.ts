import type { Row } from './layout';
import { MARGIN, PAGE } from './pdf-geometry';

/** A row placed on a page: `top` is the y of its top edge (PDF y grows upwards). */
export type PlacedRow = Row & { readonly top: number };

const TOP = PAGE.height - MARGIN.top;
const USABLE = PAGE.height - MARGIN.top - MARGIN.bottom;

/** Height of a row and of the rows it must stay with (a heading and the first line after it). */
function keptHeight(rows: readonly Row[], i: number): number {
  let h = rows[i]!.height;
  for (let j = i; rows[j]?.keepWithNext && rows[j + 1]; j += 1) h += rows[j + 1]!.spaceBefore + rows[j + 1]!.height;
  // A chain taller than a page cannot be kept together: break it like any other rows.
  return h > USABLE ? rows[i]!.height : h;
}

/** Cuts rows into A4 pages, top to bottom; always at least one page. */
export function paginate(rows: readonly Row[]): PlacedRow[][] {
  const pages: PlacedRow[][] = [];
  let page: PlacedRow[] = [];
  let y = TOP;
  rows.forEach((row, i) => {
    const space = page.length ? row.spaceBefore : 0;
    if (page.length && y - space - keptHeight(rows, i) < MARGIN.bottom) {
      pages.push(page);
      page = [];
      y = TOP;
    }
    y -= page.length ? row.spaceBefore : 0;
    page.push({ ...row, top: y });
    y -= row.height;
  });
  pages.push(page);
  return pages;
}
