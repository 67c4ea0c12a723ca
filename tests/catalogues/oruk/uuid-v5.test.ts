import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { isUuid, sha1, sha1Hex, toHex, uuidV5 } from '../../../src/catalogues/oruk/uuid-v5';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('sha1 (pure, browser-safe)', () => {
  test.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ])('FIPS 180 test vector %j', (input, expected) => {
    expect(sha1Hex(input)).toBe(expected);
  });

  test('agrees with node:crypto on any bytes, including every padding boundary', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(toHex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
    for (let n = 50; n <= 140; n++) {
      const bytes = new Uint8Array(n).fill(n);
      expect(toHex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  test('hashes UTF-8, not UTF-16', () => {
    expect(sha1Hex('café ✓')).toBe(createHash('sha1').update('café ✓', 'utf8').digest('hex'));
  });
});

describe('uuidV5', () => {
  test('matches the RFC 4122 v5 reference (python uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('python.org', DNS_NAMESPACE)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  test('is deterministic, version 5, RFC variant, and differs by name and namespace', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ua = uuidV5(a);
        expect(uuidV5(a)).toBe(ua);
        expect(isUuid(ua)).toBe(true);
        expect(ua[14]).toBe('5');
        expect('89ab').toContain(ua[19]);
        if (a !== b) expect(uuidV5(b)).not.toBe(ua);
      }),
    );
    expect(uuidV5('x', DNS_NAMESPACE)).not.toBe(uuidV5('x'));
  });

  test('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(RangeError);
  });
});
