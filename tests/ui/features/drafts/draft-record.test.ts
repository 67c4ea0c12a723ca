// Stored drafts are checked without zod (they are read before the first screen). The rules are zod's, written out:
// these tests hold the hand-written check to the zod schema it replaced, on hand-picked and generated records.
import fc from 'fast-check';
import { z } from 'zod';
import { parseDraftRecord } from '../../../../src/ui/features/drafts/draft-record.schema';

const zodRecord = z.object({
  id: z.string().min(1).max(200),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  referral: z.record(z.string(), z.unknown()),
});

const hasOwnProtoKey = (raw: unknown): boolean => {
  const referral = raw !== null && typeof raw === 'object' ? (raw as { referral?: unknown }).referral : undefined;
  return (
    referral !== null && typeof referral === 'object' && Object.prototype.hasOwnProperty.call(referral, '__proto__')
  );
};

function expectSameAnswer(raw: unknown): void {
  // zod's record() copies keys by assignment, so an own "__proto__" key swaps its copy's prototype; ours keeps it as
  // data (tested on its own below). Everywhere else the two must agree.
  if (hasOwnProtoKey(raw)) return;
  const zod = zodRecord.safeParse(raw);
  const mine = parseDraftRecord(raw);
  expect({ raw, ok: mine !== undefined }).toEqual({ raw, ok: zod.success });
  if (mine && zod.success) expect(mine).toEqual(zod.data);
}

const AT = '2026-11-23T10:42:00.000Z';
const GOOD = { id: 'd1', createdAt: AT, updatedAt: AT, referral: { people: [] } };

describe('parseDraftRecord agrees with the zod record schema', () => {
  test.each([
    ['a draft', GOOD],
    ['extra fields, dropped', { ...GOOD, extra: 1 }],
    ['whole seconds', { ...GOOD, createdAt: '2026-11-23T10:42:00Z' }],
    ['29 February in a leap year', { ...GOOD, createdAt: '2028-02-29T00:00:00Z' }],
    ['29 February otherwise', { ...GOOD, createdAt: '2027-02-29T00:00:00Z' }],
    ['an offset instead of Z', { ...GOOD, updatedAt: '2026-11-23T10:42:00+01:00' }],
    ['no seconds', { ...GOOD, updatedAt: '2026-11-23T10:42Z' }],
    ['hour 24', { ...GOOD, updatedAt: '2026-11-23T24:00:00Z' }],
    ['an empty id', { ...GOOD, id: '' }],
    ['a 201-character id', { ...GOOD, id: 'x'.repeat(201) }],
    ['a numeric id', { ...GOOD, id: 7 }],
    ['a referral list', { ...GOOD, referral: [] }],
    ['a null referral', { ...GOOD, referral: null }],
    ['a date object', { ...GOOD, createdAt: new Date(AT) }],
    ['null', null],
    ['a string', 'draft'],
  ])('%s', (_, raw) => expectSameAnswer(raw));

  test('the referral is a copy: the stored object is never handed to the form', () => {
    const referral = { people: [] };
    expect(parseDraftRecord({ ...GOOD, referral })?.referral).not.toBe(referral);
  });

  test('an own "__proto__" key in the referral stays data and never becomes the copy’s prototype', () => {
    const referral = JSON.parse('{"__proto__": {"polluted": true}, "people": []}') as Record<string, unknown>;
    const copy = parseDraftRecord({ ...GOOD, referral })?.referral as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(copy, '__proto__')).toBe(true);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('on generated records', () => {
    const instant = fc.oneof(
      fc
        .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc.constantFrom(
        '2026-11-23T10:42:00Z',
        '2026-13-01T00:00:00Z',
        '2026-04-31T00:00:00Z',
        '2026-11-23 10:42:00Z',
        '2026-11-23T10:42:00.5Z',
        '',
      ),
      fc.string(),
    );
    const record = fc.oneof(
      fc.record({
        id: fc.string({ maxLength: 210 }),
        createdAt: instant,
        updatedAt: instant,
        referral: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
      }),
      fc.record(
        { id: fc.string(), createdAt: instant, updatedAt: instant, referral: fc.object() },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(record, (raw) => expectSameAnswer(raw)),
      { numRuns: 2000 },
    );
  });
});
