import fc from 'fast-check';
import { columnWidths, MIN_COLUMN } from '../../../src/documents/pdf/table-columns';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('columnWidths', () => {
  test('a table whose text fits on one line shares the spare room in proportion to the text', () => {
    const widths = columnWidths(
      [
        { min: 50, natural: 100 },
        { min: 20, natural: 50 },
      ],
      300,
    );
    expect(widths[0]).toBeCloseTo(200);
    expect(widths[1]).toBeCloseTo(100);
  });

  test('short columns keep their text on one line; the long ones share what is left equally', () => {
    // A name, a date and two long columns of words in 400 points.
    const widths = columnWidths(
      [
        { min: 40, natural: 70 },
        { min: 50, natural: 90 },
        { min: 60, natural: 400 },
        { min: 55, natural: 300 },
      ],
      400,
    );
    expect(widths[0]).toBeCloseTo(70);
    expect(widths[1]).toBeCloseTo(90);
    expect(widths[2]).toBeCloseTo(120);
    expect(widths[3]).toBeCloseTo(120);
  });

  test('every column gets at least its widest word, and no less than the minimum', () => {
    const widths = columnWidths(
      [
        { min: 5, natural: 5 },
        { min: 150, natural: 150 },
        { min: 30, natural: 900 },
      ],
      300,
    );
    expect(widths[0]).toBeGreaterThanOrEqual(MIN_COLUMN - 1e-6);
    expect(widths[1]).toBeGreaterThanOrEqual(150 - 1e-6);
    expect(sum(widths)).toBeCloseTo(300);
  });

  test('when the widest words do not fit, the widest column gives way and the others keep their words', () => {
    const widths = columnWidths(
      [
        { min: 10_000, natural: 10_000 },
        { min: 100, natural: 100 },
      ],
      400,
    );
    expect(widths[0]).toBeCloseTo(300);
    expect(widths[1]).toBeCloseTo(100);
    // Two words too wide for half the table each: they share it equally.
    const both = columnWidths(
      [
        { min: 900, natural: 900 },
        { min: 500, natural: 500 },
        { min: 20, natural: 20 },
      ],
      400,
    );
    expect(both.map((w) => Math.round(w))).toEqual([180, 180, 40]);
  });

  test('empty columns and no columns at all', () => {
    expect(columnWidths([], 400)).toEqual([]);
    const widths = columnWidths(
      [
        { min: 0, natural: 0 },
        { min: 0, natural: 0 },
      ],
      400,
    );
    expect(widths[0]).toBeCloseTo(200);
    expect(widths[1]).toBeCloseTo(200);
  });

  test('any content: the widths fill the table exactly and none is negative or wider than the table', () => {
    const extent = fc
      .tuple(fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 5000, noNaN: true }))
      .map(([a, b]) => ({ min: Math.min(a, b), natural: Math.max(a, b) }));
    fc.assert(
      fc.property(
        fc.array(extent, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 50, max: 600, noNaN: true }),
        (es, width) => {
          const widths = columnWidths(es, width);
          expect(widths).toHaveLength(es.length);
          expect(sum(widths)).toBeCloseTo(width, 3);
          for (const w of widths) {
            expect(w).toBeGreaterThan(0);
            expect(w).toBeLessThanOrEqual(width + 1e-6);
          }
        },
      ),
    );
  });
});
