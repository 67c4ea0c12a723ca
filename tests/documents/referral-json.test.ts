import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { filedReferralJsonSchema } from '../../src/cli/commands/schema';
import { filedReferralSchema } from '../../src/domain';
import { DocumentError, referralJson } from '../../src/documents';
import { copy, exampleDocument, maximalDocument, NOTTS } from './fixtures/documents';
import { freeTextLeaves, withText } from './fixtures/free-text';
import { firstRawControl } from './fixtures/hidden';
import { fitted, HOSTILE } from './fixtures/hostile';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateJsonSchema = ajv.compile(filedReferralJsonSchema());

// Ids that must agree across the document (the schema checks them against each other): not free text in practice.
const CROSS_REFERENCED = new Set(['referral.services[].serviceId', 'to.services[].id', 'verdicts[].serviceId']);

describe('referral.json', () => {
  const docs = { example: exampleDocument(), lewisham: maximalDocument(true), notts: maximalDocument(false, NOTTS) };

  test.each(Object.entries(docs))(
    '%s: validates with the zod schema and with the exported JSON Schema (ajv)',
    (_name, doc) => {
      const parsed = JSON.parse(referralJson(doc)) as unknown;
      expect(filedReferralSchema.safeParse(parsed).success).toBe(true);
      expect(validateJsonSchema(parsed)).toBe(true);
      expect(parsed).toEqual(doc);
    },
  );

  test('the exported JSON Schema refuses what the zod schema refuses', () => {
    const bad = [
      { ...copy(docs.example), extra: true },
      { ...copy(docs.example), documentType: 'referral' },
      { ...copy(docs.example), verdicts: [] },
      { ...copy(docs.example), filedAt: '23/11/2026' },
      { ...copy(docs.example), kind: 'status' },
      { ...copy(docs.example), referral: { ...copy(docs.example).referral, people: [] } },
    ];
    for (const d of bad) {
      expect(validateJsonSchema(d)).toBe(false);
      expect(filedReferralSchema.safeParse(d).success).toBe(false);
    }
  });

  test('is 2-space indented JSON with a final newline, the envelope first and the referral last', () => {
    const text = referralJson(docs.example);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "documentType": "referral-card/filed-referral",');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'documentType',
      'schemaVersion',
      'referralId',
      'reference',
      'catalogueVersion',
      'filedAt',
      'kind',
      'to',
      'verdicts',
      'referral',
    ]);
  });

  test('key order is stable: the same document built in another order gives the same bytes', () => {
    const shuffled = copy(docs.lewisham);
    const reverse = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const r = reverse(shuffled.referral);
    r.answers = reverse(r.answers);
    r.risks = reverse({ ...r.risks, dash: reverse({ ...r.risks.dash!, answers: reverse(r.risks.dash!.answers) }) });
    const text = referralJson({ ...reverse(shuffled), referral: r });
    expect(text).toBe(referralJson(docs.lewisham));
    const dash = JSON.parse(text).referral.risks.dash.answers as Record<string, string>;
    expect(Object.keys(dash)).toEqual(['q1', 'q2', 'q3', 'q10']);
    expect(Object.keys(JSON.parse(text).referral.answers)).toEqual(
      [...Object.keys(docs.lewisham.referral.answers)].sort(),
    );
  });

  test('an invalid document is refused with a DocumentError, not written', () => {
    const d = copy(docs.example);
    d.reference = 'RC-NOTRIGHT';
    expect(() => referralJson(d)).toThrow(DocumentError);
    expect(() => referralJson(d)).toThrow(/reference/);
  });

  describe.each(Object.entries(HOSTILE))('hostile text (%s) in every free-text field', (_kind, hostile) => {
    const leaves = freeTextLeaves(docs.lewisham).filter((l) => !CROSS_REFERENCED.has(l.field));

    test('arrives unchanged after a JSON round trip, escaped in the file, and still valid', () => {
      expect(leaves.length).toBeGreaterThan(30);
      for (const leaf of leaves) {
        const value = fitted(hostile, leaf.maxLength);
        const text = referralJson(withText(docs.lewisham, leaf, value));
        // Control characters (and lone surrogates) are escaped as \uXXXX: the file is valid, one-line-per-value JSON.
        expect(firstRawControl(text)).toBeUndefined();
        const back = JSON.parse(text) as unknown;
        expect(validateJsonSchema(back)).toBe(true);
        const got = leaf.path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], back);
        if (leaf.key)
          expect(
            Object.keys(
              leaf.path
                .slice(0, -1)
                .reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], back) as object,
            ),
          ).toContain(value.trim());
        else expect(got).toBe(value.trim());
      }
    });
  });
});
