import fc from 'fast-check';
import { visibleText } from '../../../src/documents';
import { codePointLabel } from '../../../src/documents/text/visible-text';
import { firstHidden } from '../fixtures/hidden';

describe('visibleText', () => {
  test('every C0 control but tab and line feed is written as [U+XXXX]; tab and line breaks stay', () => {
    const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(visibleText(c0)).toBe(
      `${Array.from({ length: 9 }, (_, i) => codePointLabel(i)).join('')}\t\n[U+000B][U+000C]\n${Array.from({ length: 18 }, (_, i) => codePointLabel(14 + i)).join('')}`,
    );
  });

  test.each([
    ['a right-to-left override', 'ab\u202Ecd\u202C', 'ab[U+202E]cd[U+202C]'],
    ['isolates and marks', '\u2066x\u2069\u200F\u061C', '[U+2066]x[U+2069][U+200F][U+061C]'],
    ['DEL and C1 controls', 'a\u007F\u0085\u009Fb', 'a[U+007F][U+0085][U+009F]b'],
    ['a byte-order mark and non-characters', '\uFEFFx\uFFFE', '[U+FEFF]x[U+FFFE]'],
    ['unpaired surrogates', 'a\uD800b\uDC00c', 'a[U+D800]b[U+DC00]c'],
    ['Windows and old Mac line breaks and the Unicode separators', 'a\r\nb\rc\u2028d\u2029e', 'a\nb\nc\nd\ne'],
  ])('%s', (_name, input, expected) => {
    expect(visibleText(input)).toBe(expected);
  });

  test('leaves ordinary text alone: letters of any script, emoji with their joiners, markup', () => {
    const text = 'Zoë <b>&</b> שלום مرحبا 中文 😀 👨\u200D👩\u200D👧 ❤\uFE0F';
    expect(visibleText(text)).toBe(text);
  });

  test('property: the result has no hidden characters, and showing it again changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const v = visibleText(s);
        expect(firstHidden(v, '\t\n')).toBeUndefined();
        expect(visibleText(v)).toBe(v);
      }),
      { numRuns: 2000 },
    );
  });
});
