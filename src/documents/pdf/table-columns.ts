import type { Extent } from './line-breaker';

/** No column of a table is narrower than this (points), unless the table has too many columns for it. */
export const MIN_COLUMN = 40;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The widths `at(level)` at the level where they add up to `available`: they only grow with it, so halve. */
function fill(at: (level: number) => number[], available: number): number[] {
  let [low, high] = [0, available];
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    if (sum(at(mid)) > available) high = mid;
    else low = mid;
  }
  const widths = at(low);
  // What the halving leaves over (a fraction of a point) goes to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = widths[widest]! + available - sum(widths);
  return widths;
}

/**
 * Widths of a table's columns that share `available` points, sized to their content. Every column gets its widest
 * word (and MIN_COLUMN); then the room is shared out like water poured over the columns: a column whose text fits on
 * one line in less than its share gets just that (a name, a date stays on one line), and the columns with more text
 * share the rest equally. When the widest words do not all fit, the widest are cut down to what is left and line
 * breaking breaks them between characters: nothing is clipped, and the other columns keep their words whole.
 */
export function columnWidths(extents: readonly Extent[], available: number): number[] {
  const n = extents.length;
  if (n === 0) return [];
  const floor = Math.min(MIN_COLUMN, available / n);
  const min = extents.map((e) => Math.min(Math.max(e.min, floor), available));
  const natural = extents.map((e, i) => Math.max(e.natural, min[i]!));
  const sumNatural = sum(natural);
  // Everything fits on one line: the spare room goes to the columns in proportion to their text.
  if (sumNatural <= available) return natural.map((w) => w + ((available - sumNatural) * w) / sumNatural);
  if (sum(min) > available) return fill((level) => min.map((m) => Math.max(floor, Math.min(m, level))), available);
  return fill((level) => natural.map((w, i) => Math.max(min[i]!, Math.min(w, level))), available);
}
