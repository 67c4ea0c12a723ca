import fc from 'fast-check';
import type { FiledReferral } from '../../src/domain';
import { subjectFor } from '../../src/documents';
import { copy, exampleDocument, maximalDocument, NOTTS } from './fixtures/documents';
import { freeTextLeaves, withText } from './fixtures/free-text';

const withServices = (names: string[], advice = false): FiledReferral => {
  const d = copy(exampleDocument());
  d.kind = advice ? 'advice' : 'referral';
  d.to.services = names.map((name, i) => ({ id: `test.s${i}`, name, provider: 'P', advice }));
  return d;
};

describe('subjectFor', () => {
  test.each<[string, FiledReferral, string]>([
    [
      'one service',
      exampleDocument(),
      'OFFICIAL-SENSITIVE: Referral RC-6B1F0D5E – NVR (Non-Violent Resistance) Informed Practice',
    ],
    [
      'two services in one mailbox',
      maximalDocument(false, NOTTS),
      'OFFICIAL-SENSITIVE: Referral RC-0C5E2A9F – Conflict workshop and Non-Violent Resistance (NVR) group',
    ],
    [
      'three or more',
      withServices(['A', 'B', 'C', 'D']),
      'OFFICIAL-SENSITIVE: Referral RC-6B1F0D5E – A and 3 more services',
    ],
    [
      'an advice request',
      withServices(['The Freedom Programme'], true),
      'OFFICIAL-SENSITIVE: Advice request RC-6B1F0D5E – The Freedom Programme',
    ],
  ])('%s', (_name, doc, subject) => {
    expect(subjectFor(doc)).toBe(subject);
  });

  test('is one line: line breaks, controls and bidi overrides in a service name become spaces; long names are cut', () => {
    const subject = subjectFor(withServices(['Evil\r\nBcc: x@y.z\u202E\u0000 name', 'x'.repeat(500)]));
    expect(subject).toBe(`OFFICIAL-SENSITIVE: Referral RC-6B1F0D5E – Evil Bcc: x@y.z name and ${'x'.repeat(99)}…`);
    expect(subject).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  test('property: nothing the referrer typed about the family ever reaches the subject', () => {
    const base = maximalDocument();
    const leaves = freeTextLeaves(base).filter((l) => l.field.startsWith('referral.'));
    const expected = subjectFor(base);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: leaves.length - 1 }),
        fc.string({ minLength: 1, maxLength: 60 }),
        (i, text) => {
          expect(subjectFor(withText(base, leaves[i]!, text))).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
    for (const p of base.referral.people) expect(expected).not.toContain(p.name);
  });
});
