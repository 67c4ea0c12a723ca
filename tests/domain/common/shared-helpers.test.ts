import { formatBytes, formatMegabytes, isRecord, MONTH_NAMES, ukLongDate } from '../../../src/domain';

describe('isRecord', () => {
  test.each([[{}], [{ a: 1 }], [Object.create(null)]])('a plain object is a record: %p', (value) => {
    expect(isRecord(value)).toBe(true);
  });

  test.each([[null], [undefined], [[]], [[1, 2]], ['text'], [3], [true]])('%p is not a record', (value) => {
    expect(isRecord(value)).toBe(false);
  });
});

describe('formatBytes and formatMegabytes', () => {
  test.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [48_230, '47 KB'],
    [1024 * 1024, '1.0 MB'],
    [52_428_800, '50.0 MB'],
  ])('%d bytes read as %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });

  test('a limit is rounded up to whole megabytes', () => {
    expect(formatMegabytes(150 * 1024 * 1024)).toBe('150 MB');
    expect(formatMegabytes(10 * 1024 * 1024 + 1)).toBe('11 MB');
  });
});

describe('ukLongDate', () => {
  test('a date reads as a UK reader writes it', () => {
    expect(ukLongDate('2014-06-02')).toBe('2 June 2014');
    expect(ukLongDate('2027-12-31')).toBe('31 December 2027');
    expect(MONTH_NAMES).toHaveLength(12);
  });

  test.each([[''], ['2014-6-2'], ['2014-13-01'], ['2014-00-10'], ['02/06/2014'], ['2014-06-02T10:00:00Z']])(
    '%p is not a date it words',
    (text) => {
      expect(ukLongDate(text)).toBeUndefined();
    },
  );
});
