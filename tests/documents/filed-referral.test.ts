import { catalogue, CATALOGUE_VERSION } from '../../src/catalogues';
import { evaluate, filedReferralSchema, referenceFor } from '../../src/domain';
import type { Referral } from '../../src/domain';
import { buildFiledReferral, DocumentError } from '../../src/documents';
import {
  copy,
  exampleDocument,
  exampleOptions,
  exampleReferral,
  FILED_AT,
  LEWISHAM,
  maximalDocument,
  maximalReferral,
  NOTTS,
} from './fixtures/documents';

const errorOf = (f: () => unknown): DocumentError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DocumentError) return e;
    throw e;
  }
  throw new Error('expected a DocumentError');
};

describe('buildFiledReferral', () => {
  test('the example becomes a valid filed document with the verdicts of the engine at filing time', () => {
    const doc = exampleDocument();
    expect(filedReferralSchema.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({
      documentType: 'referral-card/filed-referral',
      schemaVersion: 2,
      referralId: exampleReferral().id,
      reference: referenceFor(exampleReferral().id),
      catalogueVersion: CATALOGUE_VERSION,
      filedAt: '2026-11-23T09:45:00.000Z',
      kind: 'referral',
      to: {
        mailbox: LEWISHAM,
        services: [
          {
            id: 'lewisham.nvr',
            name: 'NVR (Non-Violent Resistance) Informed Practice',
            provider: 'Lewisham Family Hub',
            advice: false,
          },
        ],
      },
    });
    const engine = evaluate(exampleReferral(), catalogue, { now: FILED_AT, serviceIds: ['lewisham.nvr'] }).results[0]!;
    expect(doc.verdicts).toEqual([
      {
        serviceId: 'lewisham.nvr',
        verdict: engine.verdict,
        // Each reason as the engine gave it, its citation naming the document for auditors.
        reasons: engine.reasons.map(({ code, status, message, finding, citation }) => ({
          code,
          status,
          message,
          ...(finding ? { finding } : {}),
          citation: { ...citation, title: 'Focused Support Services Offer and Referral Criteria' },
        })),
      },
    ]);
  });

  test('only the services of this mailbox travel, in the order the referrer chose them', () => {
    const notts = maximalDocument(true, NOTTS);
    expect(notts.to.services.map((s) => s.id)).toEqual(['notts.conflict-workshop', 'notts.nvr-group']);
    expect(notts.referral.services.map((s) => s.serviceId)).toEqual(['notts.conflict-workshop', 'notts.nvr-group']);
    expect(notts.verdicts.map((v) => v.serviceId)).toEqual(['notts.conflict-workshop', 'notts.nvr-group']);
    const lewisham = maximalDocument(true, LEWISHAM);
    expect(lewisham.referral.services.map((s) => s.serviceId)).toEqual(['lewisham.nvr', 'lewisham.freedom']);
    // Everything else about the family travels unchanged.
    const { services: _a, ...rest } = maximalReferral();
    const { services: _b, ...filedRest } = lewisham.referral;
    expect(filedRest).toEqual(rest);
  });

  test('the mailbox is matched without regard to case, and kept as the caller spelled it', () => {
    const doc = buildFiledReferral(
      exampleReferral(),
      catalogue,
      exampleOptions({ mailbox: 'FAMILY.hub.referrals@LEWISHAM.gov.uk' }),
    );
    expect(doc.to.mailbox).toBe('FAMILY.hub.referrals@LEWISHAM.gov.uk');
  });

  test('a message is an advice request only when every service in it is one', () => {
    expect(maximalDocument(true, LEWISHAM)).toMatchObject({
      kind: 'referral',
      to: { services: [{ advice: false }, { advice: true }] },
    });
    const r = exampleReferral();
    r.services = [{ serviceId: 'lewisham.nvr', personIds: [], advice: true }];
    expect(buildFiledReferral(r, catalogue, exampleOptions()).kind).toBe('advice');
  });

  test('an incomplete verdict carries the facts still missing', () => {
    const r: Referral = { ...exampleReferral(), answers: {} };
    const doc = buildFiledReferral(r, catalogue, exampleOptions());
    expect(doc.verdicts[0]!.verdict).toBe('incomplete');
    expect(doc.verdicts[0]!.missing?.map((m) => m.fact)).toEqual(
      expect.arrayContaining(['answers.lewisham.attendance-mandated']),
    );
  });

  test('the same referral and time give the same document; the clock for the verdicts can be set apart', () => {
    expect(exampleDocument()).toEqual(exampleDocument());
    const r = exampleReferral();
    r.people = r.people.map((p) => (p.id === 'c1' ? { ...p, dateOfBirth: '2018-12-01' } : p));
    const before = buildFiledReferral(r, catalogue, exampleOptions({ now: new Date('2026-11-30T12:00:00Z') }));
    const after = buildFiledReferral(r, catalogue, exampleOptions({ now: new Date('2026-12-01T12:00:00Z') }));
    const ageReason = (d: typeof before) => d.verdicts[0]!.reasons.find((x) => x.code.includes('age'))!;
    expect(ageReason(before).status).not.toBe(ageReason(after).status);
    expect(before.filedAt).toBe(after.filedAt);
  });

  test.each<[string, () => unknown, string, RegExp]>([
    [
      'no services',
      () => buildFiledReferral(exampleReferral(), catalogue, exampleOptions({ serviceIds: [] })),
      'no-services',
      /Choose at least one service/,
    ],
    [
      'a service not in the catalogue',
      () => buildFiledReferral(exampleReferral(), catalogue, exampleOptions({ serviceIds: ['nope.nope'] })),
      'unknown-service',
      /"nope\.nope" is not a service/,
    ],
    [
      'a service the referrer did not choose',
      () => buildFiledReferral(exampleReferral(), catalogue, exampleOptions({ serviceIds: ['lewisham.freedom'] })),
      'not-requested',
      /The Freedom Programme is not one of the services chosen/,
    ],
    [
      'a service of another mailbox',
      () => buildFiledReferral(maximalReferral(), catalogue, exampleOptions({ serviceIds: ['notts.nvr-group'] })),
      'wrong-mailbox',
      /is not filed to Family\.Hub.*its mailbox is parenting\.courses@nottsc\.gov\.uk/,
    ],
    [
      'an impossible filing time',
      () => buildFiledReferral(exampleReferral(), catalogue, exampleOptions({ filedAt: new Date('nope') })),
      'invalid-date',
      /not a valid date/,
    ],
    [
      'an invalid referral',
      () => buildFiledReferral({ ...exampleReferral(), people: [] }, catalogue, exampleOptions()),
      'invalid-referral',
      /people: Add at least one person.*Correct it in the card/,
    ],
    [
      'an answer the catalogue does not know',
      () => buildFiledReferral({ ...exampleReferral(), answers: { 'made.up': 'yes' } }, catalogue, exampleOptions()),
      'invalid-referral',
      /answers\.made\.up: "made\.up" is not a question/,
    ],
  ])('refuses %s with a DocumentError in words', (_name, f, code, message) => {
    const e = errorOf(f);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  test('a service without a mailbox is refused, saying so', () => {
    const r = exampleReferral();
    r.services = [{ serviceId: 'lbbd.reset', personIds: [] }];
    expect(
      errorOf(() => buildFiledReferral(r, catalogue, exampleOptions({ serviceIds: ['lbbd.reset'] }))).message,
    ).toMatch(/RESET is not filed to .*the catalogue gives it no mailbox/);
  });

  test("an invalid referral is reported with field paths but without the family's details", () => {
    const r = { ...exampleReferral(), referrer: { ...exampleReferral().referrer, email: 'Dana Example at home' } };
    const e = errorOf(() => buildFiledReferral(r, catalogue, exampleOptions()));
    expect(e.issues.map((i) => i.path.join('.'))).toContain('referrer.email');
    expect(e.message).not.toMatch(/Dana/);
  });
});

describe('the filed-referral schema refuses documents that do not hang together', () => {
  test.each<[string, (d: ReturnType<typeof exampleDocument>) => void, string]>([
    [
      "a referral id that is not the referral's",
      (d) => {
        d.referralId = '11111111-2222-4333-8444-555555555555';
      },
      'referralId',
    ],
    [
      "a reference that is not the referral id's",
      (d) => {
        d.reference = 'RC-00000000';
      },
      'reference',
    ],
    [
      'a service that is not in the referral',
      (d) => {
        d.to.services.push({ id: 'lewisham.freedom', name: 'x', provider: 'y', advice: false });
      },
      'to.services',
    ],
    [
      'a missing verdict',
      (d) => {
        d.verdicts = [];
      },
      'verdicts',
    ],
    [
      'an advice kind on a referral',
      (d) => {
        d.kind = 'advice';
      },
      'kind',
    ],
    [
      'an unknown field',
      (d) => {
        (d as Record<string, unknown>).extra = 1;
      },
      '',
    ],
    [
      'another document type',
      (d) => {
        (d as { documentType: string }).documentType = 'referral';
      },
      'documentType',
    ],
  ])('%s', (_name, tamper, path) => {
    const d = copy(exampleDocument());
    tamper(d);
    const r = filedReferralSchema.safeParse(d);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
