import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, mergeCatalogue, validateCatalogue, validateReferral } from '../../src/domain';
import type { ReasonStatus, ServiceResult, Verdict } from '../../src/domain';
import { providerFile } from './provider-files';
import { NOW, referral, withPatch } from '../domain/fixtures/referrals';

const northumbriaCada = providerFile('northumbria-cada');

// Written from the seed (003_30839b6760af955c.txt, Northumbria VRU CADA) and the agreed list of services, not from the code.
const SEED_FILE = '003_30839b6760af955c.txt';
const seedText = readFileSync(join(__dirname, '../../../shared/seeds', SEED_FILE), 'utf8');
const catalogue = mergeCatalogue('test', [northumbriaCada]);

type Json = Record<string, unknown>;

// The agreed service ids for northumbria-cada: exactly these.
const SERVICE_IDS = ['northumbria.cyp-therapeutic', 'northumbria.parent-child', 'northumbria.parental-engagement'];
const CHILD_WORK = ['northumbria.cyp-therapeutic', 'northumbria.parent-child'];

const MOTHER = {
  id: 'p1',
  kind: 'adult',
  name: 'Alex Parent',
  role: 'parent',
  relationship: 'mother',
  livesInHousehold: 'yes',
  gender: 'female',
  abuseRole: 'victim-survivor',
};
const CHILD = {
  id: 'c1',
  kind: 'child',
  name: 'Jo Child',
  dateOfBirth: '2019-05-01',
  livesInBorough: 'yes',
  schoolInBorough: 'yes',
  livesWithOrRegularContact: 'yes',
  affectedByDomesticAbuse: 'yes',
};

const GATESHEAD = 'E08000037';

/** A non-offending mother and her 7-year-old, affected by domestic abuse, both ready to engage. */
const family = (patch: Json = {}): Json =>
  withPatch(
    referral({
      family: { councilCode: GATESHEAD },
      people: [MOTHER, CHILD],
      answers: {
        'northumbria.child-consulted': 'yes',
        'northumbria.child-had-time-to-adjust': 'yes',
        'northumbria.parent-ready-to-support': 'yes',
      },
    }),
    patch,
  );
const answers = (a: Json) => family({ answers: a });

const resultFor = (input: unknown, serviceId: string): ServiceResult => {
  const r = evaluate(input, catalogue, { now: NOW, serviceIds: [serviceId] }).results[0];
  if (!r) throw new Error(`no result for ${serviceId}`);
  return r;
};

describe('northumbria-cada catalogue: shape', () => {
  test('validates on its own (ids unique, every fact, rule set and alternative resolves)', () => {
    const v = validateCatalogue(catalogue);
    expect(v.ok ? [] : v.issues).toEqual([]);
  });

  test('has exactly the agreed service ids; no mailbox (the seed gives none), a contact note instead', () => {
    expect(northumbriaCada.services.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
    for (const s of northumbriaCada.services) {
      expect(s.mailbox).toBeUndefined();
      expect(s.contacts?.[0]?.note).toBe('Ask the CADA provider for your local authority area.');
    }
    // Why there is no mailbox is for the people who maintain the catalogue, not the card.
    expect(northumbriaCada.provider.notes).toMatch(/no referral mailbox/);
  });

  test('every citation names this seed and a section whose text occurs in it', () => {
    const citations = [
      ...northumbriaCada.services.flatMap((s) => [...s.citations, ...s.criteria.map((c) => c.citation)]),
      ...(northumbriaCada.ruleSets ?? []).flatMap((r) => r.criteria.map((c) => c.citation)),
      ...(northumbriaCada.questions ?? []).flatMap((q) => (q.citation ? [q.citation] : [])),
    ];
    expect(citations.length).toBeGreaterThan(10);
    for (const c of citations) {
      expect(c.seed).toBe(SEED_FILE);
      expect({ section: c.section, found: seedText.includes(c.section) }).toEqual({ section: c.section, found: true });
    }
  });

  test('readiness is one shared rule set on the child work, not on parental engagement', () => {
    for (const s of northumbriaCada.services)
      expect(s.ruleSets.includes('northumbria.readiness')).toBe(CHILD_WORK.includes(s.id));
  });
});

describe('northumbria-cada: a family each service accepts', () => {
  test.each(SERVICE_IDS)('%s: eligible', (serviceId) => {
    const input = family();
    const v = validateReferral(input, catalogue);
    expect(v.ok ? [] : v.issues).toEqual([]);
    const r = resultFor(input, serviceId);
    expect(r.verdict).toBe('eligible');
    expect(r.reasons.every((x) => x.status === 'met')).toBe(true);
  });
});

type Row = {
  name: string;
  serviceId: string;
  input: Json;
  verdict: Verdict;
  code: string;
  status: ReasonStatus;
  alternatives?: string[];
};

const rows: Row[] = [
  {
    name: 'children not affected by domestic abuse',
    serviceId: 'northumbria.cyp-therapeutic',
    input: family({ people: [MOTHER, { ...CHILD, affectedByDomesticAbuse: 'no' }] }),
    verdict: 'ineligible',
    code: 'northumbria.cada.affected-by-domestic-abuse',
    status: 'not-met',
  },
  // Readiness signals: review, never a bar.
  {
    name: 'child not consulted about the referral',
    serviceId: 'northumbria.cyp-therapeutic',
    input: answers({ 'northumbria.child-consulted': 'no' }),
    verdict: 'review',
    code: 'northumbria.readiness.child-consulted',
    status: 'review',
  },
  {
    name: 'child has not had time to adjust since separation',
    serviceId: 'northumbria.parent-child',
    input: answers({ 'northumbria.child-had-time-to-adjust': 'no' }),
    verdict: 'review',
    code: 'northumbria.readiness.time-to-adjust',
    status: 'review',
  },
  {
    name: 'parent not ready to support engagement: consider parental engagement',
    serviceId: 'northumbria.cyp-therapeutic',
    input: answers({ 'northumbria.parent-ready-to-support': 'no' }),
    verdict: 'review',
    code: 'northumbria.readiness.parent-ready',
    status: 'review',
    alternatives: ['northumbria.parental-engagement'],
  },
  {
    name: "parent's readiness not known",
    serviceId: 'northumbria.parent-child',
    input: answers({ 'northumbria.parent-ready-to-support': 'not-known' }),
    verdict: 'review',
    code: 'northumbria.readiness.parent-ready',
    status: 'review',
    alternatives: ['northumbria.parental-engagement'],
  },
  // The non-offending parent.
  {
    name: 'parental engagement: the only parent has used abusive behaviour',
    serviceId: 'northumbria.parental-engagement',
    input: family({ people: [{ ...MOTHER, abuseRole: 'person-causing-harm' }, CHILD] }),
    verdict: 'ineligible',
    code: 'northumbria.non-offending-parent.parent',
    status: 'not-met',
  },
  {
    name: 'parent and child: the only adult is not a parent or carer',
    serviceId: 'northumbria.parent-child',
    input: family({ people: [{ ...MOTHER, role: 'other-adult', relationship: 'neighbour' }, CHILD] }),
    verdict: 'ineligible',
    code: 'northumbria.non-offending-parent.parent',
    status: 'not-met',
  },
  // A child must be named for the child work.
  {
    name: 'therapeutic work: no child in the referral',
    serviceId: 'northumbria.cyp-therapeutic',
    input: family({ people: [MOTHER] }),
    verdict: 'incomplete',
    code: 'northumbria.cyp-therapeutic.child-named',
    status: 'missing',
  },
  {
    name: 'therapeutic work: the child is not yet born',
    serviceId: 'northumbria.cyp-therapeutic',
    input: family({ people: [MOTHER, { id: 'c1', kind: 'child', name: 'Baby', expectedDate: '2027-02-01' }] }),
    verdict: 'ineligible',
    code: 'northumbria.cyp-therapeutic.child-named',
    status: 'not-met',
  },
  {
    name: 'parent and child: no child in the referral',
    serviceId: 'northumbria.parent-child',
    input: family({ people: [MOTHER] }),
    verdict: 'incomplete',
    code: 'northumbria.parent-child.child-named',
    status: 'missing',
  },
];

describe('northumbria-cada: every criterion, failed or referred for review', () => {
  test.each(rows)('$name → $verdict ($code $status)', ({ serviceId, input, verdict, code, status, alternatives }) => {
    const r = resultFor(input, serviceId);
    expect(r.verdict).toBe(verdict);
    expect(r.reasons).toContainEqual(
      expect.objectContaining({ code, status, citation: expect.objectContaining({ seed: SEED_FILE }) }),
    );
    expect(r.alternatives).toEqual(alternatives ?? []);
  });

  test('every row is a valid referral', () => {
    for (const row of rows) {
      const v = validateReferral(row.input, catalogue);
      expect({ row: row.name, issues: v.ok ? [] : v.issues }).toEqual({ row: row.name, issues: [] });
    }
  });

  test('every criterion of every service and rule set is exercised by a row above', () => {
    const codes = new Set(rows.map((r) => r.code));
    // Area criteria have their own table, for every provider: tests/catalogues/areas.test.ts.
    const all = [
      ...northumbriaCada.services.flatMap((s) => s.criteria),
      ...(northumbriaCada.ruleSets ?? []).flatMap((r) => r.criteria),
    ]
      .filter((c) => c.kind !== 'area')
      .map((c) => c.id);
    expect(all.filter((id) => !codes.has(id))).toEqual([]);
  });

  test('being affected by domestic abuse is required by all three services', () => {
    const notAffected = family({ people: [MOTHER, { ...CHILD, affectedByDomesticAbuse: 'no' }] });
    for (const id of SERVICE_IDS) expect(resultFor(notAffected, id).verdict).toBe('ineligible');
  });

  test('parental engagement is the support for a parent who is not yet ready: readiness does not hold it back', () => {
    const notReady = answers({
      'northumbria.parent-ready-to-support': 'no',
      'northumbria.child-had-time-to-adjust': 'no',
      'northumbria.child-consulted': 'no',
    });
    expect(resultFor(notReady, 'northumbria.parental-engagement').verdict).toBe('eligible');
    for (const id of CHILD_WORK) expect(resultFor(notReady, id).verdict).toBe('review');
  });

  test('unanswered readiness questions make child work incomplete, naming each question', () => {
    const r = resultFor(
      referral({
        family: { councilCode: GATESHEAD },
        people: [MOTHER, CHILD],
      }),
      'northumbria.cyp-therapeutic',
    );
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact).sort()).toEqual([
      'answers.northumbria.child-consulted',
      'answers.northumbria.child-had-time-to-adjust',
      'answers.northumbria.parent-ready-to-support',
    ]);
  });
});
