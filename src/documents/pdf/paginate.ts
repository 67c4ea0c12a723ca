import type { Row } from './layout';
import { MARGIN, PAGE } from './pdf-geometry';

/** A row placed on a page: `top` is the y of its top edge (PDF y grows upwards). */
export type PlacedRow = Row & { readonly top: number };

const TOP = PAGE.height - MARGIN.top;
const USABLE = PAGE.height - MARGIN.top - MARGIN.bottom;
/** A row kept together that is taller than this is split at the foot of the page instead of leaving a gap. */
const KEEP_TOGETHER_LIMIT = USABLE / 3;

const linesOf = (row: Row) => Math.max(1, ...row.cells.map((c) => c.lines.length));
const lineHeight = (row: Row) => row.height / linesOf(row);

/** A row moved whole to the next page rather than split there. */
const unbreakable = (row: Row) => row.keepWithNext || (row.keepTogether === true && row.height <= KEEP_TOGETHER_LIMIT);

/**
 * The height a row needs at the foot of a page to start there: all of it, or its first line (three for a row of
 * cells side by side, so a row split across pages shows enough of itself to be read).
 */
const startHeight = (row: Row) =>
  unbreakable(row) ? row.height : Math.min(row.height, lineHeight(row) * (row.cells.length > 1 ? 3 : 1));

/** Room needed below a row for the rows it must stay with (a heading, then the start of what follows it). */
function keptBelow(rows: readonly Row[], i: number): number {
  let h = 0;
  for (let j = i; rows[j]?.keepWithNext && rows[j + 1]; j += 1)
    h += rows[j + 1]!.spaceBefore + startHeight(rows[j + 1]!);
  // A chain taller than a page cannot be kept together: break it like any other rows.
  return rows[i]!.height + h > USABLE ? 0 : h;
}

/** A row's first `n` lines and the rest, which carries on at the top of the next page. */
function split(row: Row, n: number): [Row, Row] {
  const h = lineHeight(row);
  const part = (from: number, to?: number) => row.cells.map((c) => ({ ...c, lines: c.lines.slice(from, to) }));
  const { opens: _opens, rule: _rule, ...rest } = row;
  return [
    { ...rest, ...(row.opens ? { opens: row.opens } : {}), cells: part(0, n), height: n * h },
    { ...rest, ...(row.rule ? { rule: row.rule } : {}), cells: part(n), height: row.height - n * h, spaceBefore: 0 },
  ];
}

class Pages {
  private readonly pages: PlacedRow[][] = [];
  private page: PlacedRow[] = [];
  private y = TOP;

  /** Nothing on the page yet but a repeated table header. */
  get fresh(): boolean {
    return this.page.every((r) => r.repeated);
  }

  /** Room left above the bottom margin for a row, after its space above. */
  room(row: Row): number {
    return this.y - (this.page.length ? row.spaceBefore : 0) - MARGIN.bottom;
  }

  put(row: Row): void {
    this.y -= this.page.length ? row.spaceBefore : 0;
    this.page.push({ ...row, top: this.y });
    this.y -= row.height;
  }

  /** Starts a new page, with the header of the table that `row` belongs to when it has one. */
  next(row: Row): void {
    this.pages.push(this.page);
    this.page = [];
    this.y = TOP;
    if (row.header && row.header.height < USABLE / 4)
      this.put({ ...row.header, repeated: true, keepWithNext: false, spaceBefore: 0 });
  }

  /** Every page, the last one included. */
  done(): PlacedRow[][] {
    return [...this.pages, this.page];
  }

  /** Places a row, splitting it across as many pages as it needs. */
  place(row: Row, below: number): void {
    let rest = row;
    for (;;) {
      const room = this.room(rest);
      if (rest.height + below <= room) return this.put(rest);
      const fits = Math.floor((room + 0.001) / lineHeight(rest));
      const least = this.fresh ? 1 : Math.ceil(startHeight(rest) / lineHeight(rest));
      const breakable = this.fresh || (!unbreakable(rest) && below === 0);
      if (breakable && fits >= least && fits < linesOf(rest)) {
        const [first, more] = split(rest, fits);
        this.put(first);
        rest = more;
      } else if (this.fresh) return this.put(rest);
      this.next(rest);
    }
  }
}

/** Cuts rows into A4 pages, top to bottom; always at least one page. */
export function paginate(rows: readonly Row[]): PlacedRow[][] {
  const pages = new Pages();
  rows.forEach((row, i) => pages.place(row, keptBelow(rows, i)));
  return pages.done();
}
