import fc from 'fast-check';
import { visualRuns } from '../../../src/documents/pdf/bidi-runs';

describe('visualRuns', () => {
  test('left-to-right text is one run, untouched', () => {
    expect(visualRuns('Dana [U+202E]elpmaxe <b> 123')).toEqual([{ text: 'Dana [U+202E]elpmaxe <b> 123', rtl: false }]);
  });

  test('right-to-left words read from the right, numbers inside them left to right, the Latin around them stays put', () => {
    expect(visualRuns('AB שלום 123 עולם CD')).toEqual([
      { text: 'AB ', rtl: false },
      { text: 'עולם', rtl: true },
      { text: ' ', rtl: false },
      { text: '123', rtl: false },
      { text: ' ', rtl: false },
      { text: 'שלום', rtl: true },
      { text: ' CD', rtl: false },
    ]);
  });

  test('Arabic and Hebrew words are separate runs, so each is shaped with its own script', () => {
    expect(visualRuns('مرحبا שלום').map((r) => r.text)).toEqual(['שלום', ' ', 'مرحبا']);
  });

  test('property: the runs hold exactly the characters of the text, none lost or added', () => {
    const sort = (s: string) => [...s].sort().join('');
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('a', 'Z', ' ', '1', '2', '.', '(', 'ש', 'ל', 'م', 'ر', '\u064E', '😀'))
          .map((a) => a.join('')),
        (text) => {
          const runs = visualRuns(text);
          expect(sort(runs.map((r) => r.text).join(''))).toBe(sort(text));
          if (!/[\u0590-\u08FF]/.test(text)) expect(runs.map((r) => r.text).join('')).toBe(text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
