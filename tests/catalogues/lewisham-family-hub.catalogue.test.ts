import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, mergeCatalogue, validateCatalogue, validateReferral } from '../../src/domain';
import type { ReasonStatus, ServiceResult, Verdict } from '../../src/domain';
import { providerFile } from './provider-files';
import { NOW, referral, withPatch } from '../domain/fixtures/referrals';

const lewishamFamilyHub = providerFile('lewisham-family-hub');

// Written from the seed (000_00e7cb9a8a716238.txt, Lewisham Family Hub) and the agreed list of services, not from the code.
const SEED_FILE = '000_00e7cb9a8a716238.txt';
const seedText = readFileSync(join(__dirname, '../../../shared/seeds', SEED_FILE), 'utf8');
const catalogue = mergeCatalogue('test', [lewishamFamilyHub]);

type Json = Record<string, unknown>;

// The agreed service ids for lewisham-family-hub: exactly these.
const SERVICE_IDS = [
  'lewisham.triple-p-group',
  'lewisham.nvr',
  'lewisham.coda',
  'lewisham.juniper',
  'lewisham.freedom',
  'lewisham.voice',
];
const RECOVERY = ['lewisham.coda', 'lewisham.juniper', 'lewisham.freedom', 'lewisham.voice'];

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
const child = (dateOfBirth: string, id = 'c1', extra: Json = {}) => ({
  id,
  kind: 'child',
  name: `Child ${id}`,
  dateOfBirth,
  livesInBorough: 'yes',
  schoolInBorough: 'yes',
  livesWithOrRegularContact: 'yes',
  ...extra,
});
// Ages on NOW (2026-11-23).
const AGED = {
  preBirth: null,
  one: '2025-06-01',
  two: '2024-11-23',
  three: '2022-11-24',
  four: '2022-11-23',
  six: '2020-06-01',
  seven: '2019-05-01',
  nine: '2017-01-01',
  ten: '2016-01-01',
  eleven: '2015-11-23',
  eighteen: '2008-06-01',
  nineteen: '2007-01-01',
} as const;

/** A family that meets every Lewisham rule: a mother who is a survivor, her 7-year-old, every question answered well. */
const family = (patch: Json = {}): Json =>
  withPatch(
    referral({
      needs: { additionalNeeds: 'no', englishAdditionalLanguage: 'no' },
      answers: {
        'lewisham.attendance-mandated': 'no',
        'lewisham.wishes-to-take-part': 'yes',
        'lewisham.struggling-with-behaviour': 'yes',
        'lewisham.attends-all-classroom-sessions': 'yes',
        'lewisham.freedom-suitable': 'yes',
      },
    }),
    patch,
  );
const withChild = (dob: string, patch: Json = {}) => family({ people: [MOTHER, child(dob)], ...patch });
const answers = (a: Json) => family({ answers: a });

const resultFor = (input: unknown, serviceId: string): ServiceResult => {
  const r = evaluate(input, catalogue, { now: NOW, serviceIds: [serviceId] }).results[0];
  if (!r) throw new Error(`no result for ${serviceId}`);
  return r;
};

describe('lewisham-family-hub catalogue: shape', () => {
  test('validates on its own (ids unique, every fact, rule set and alternative resolves)', () => {
    const v = validateCatalogue(catalogue);
    expect(v.ok ? [] : v.issues).toEqual([]);
  });

  test('has exactly the agreed service ids, each filed to the Family Hub mailbox', () => {
    expect(lewishamFamilyHub.services.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
    for (const s of lewishamFamilyHub.services) expect(s.mailbox).toBe('Family.Hub.Referrals@lewisham.gov.uk');
  });

  test('every citation names this seed and a section whose text occurs in it', () => {
    const citations = [
      ...lewishamFamilyHub.services.flatMap((s) => [...s.citations, ...s.criteria.map((c) => c.citation)]),
      ...(lewishamFamilyHub.ruleSets ?? []).flatMap((r) => r.criteria.map((c) => c.citation)),
      ...(lewishamFamilyHub.packageRules ?? []).map((r) => r.citation),
      ...(lewishamFamilyHub.questions ?? []).flatMap((q) => (q.citation ? [q.citation] : [])),
    ];
    expect(citations.length).toBeGreaterThan(30);
    for (const c of citations) {
      expect(c.seed).toBe(SEED_FILE);
      expect({ section: c.section, found: seedText.includes(c.section) }).toEqual({ section: c.section, found: true });
    }
  });

  test('the general rules are one rule set on every programme; the recovery rules one rule set on the four recovery programmes', () => {
    for (const s of lewishamFamilyHub.services) {
      expect(s.ruleSets).toContain('lewisham.general');
      expect(s.ruleSets.includes('lewisham.da-recovery')).toBe(RECOVERY.includes(s.id));
    }
  });

  test('the "not attending any other parenting programmes" wording is kept in the authoring notes, off the card', () => {
    const rule = lewishamFamilyHub.ruleSets
      ?.flatMap((r) => r.criteria)
      .find((c) => c.id === 'lewisham.general.other-parenting-programme');
    expect(rule?.notes).toContain('Parents/carers are not attending any other parenting programmes');
    expect(rule?.citation.note).toBeUndefined();
  });
});

describe('lewisham-family-hub: a family each service accepts', () => {
  test.each([
    { serviceId: 'lewisham.triple-p-group', input: family(), verdict: 'eligible' },
    { serviceId: 'lewisham.nvr', input: withChild(AGED.nine), verdict: 'eligible' },
    // CODA's age groups differ each term (seed: "for details email"), so every CODA referral is a judgement call.
    { serviceId: 'lewisham.coda', input: family(), verdict: 'review' },
    { serviceId: 'lewisham.juniper', input: withChild(AGED.two), verdict: 'eligible' },
    { serviceId: 'lewisham.freedom', input: family(), verdict: 'eligible' },
    { serviceId: 'lewisham.voice', input: answers({ 'lewisham.freedom-suitable': 'no' }), verdict: 'eligible' },
  ])('$serviceId: $verdict', ({ serviceId, input, verdict }) => {
    const r = resultFor(input, serviceId);
    expect(r.verdict).toBe(verdict);
    expect(r.missing).toEqual([]);
    const notMet = r.reasons.filter((x) => x.status !== 'met').map((x) => x.code);
    expect(notMet).toEqual(verdict === 'review' ? ['lewisham.coda.age-group-this-term'] : []);
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

// Replaces consent outright: withPatch would merge the refusal into the given-consent record.
const consentRefused: Json = {
  ...family(),
  consent: { given: false, lawfulBasis: 'safeguarding', reason: 'Parent declined' },
};
const father = { ...MOTHER, id: 'p2', relationship: 'father', gender: 'male' };

const rows: Row[] = [
  // "Our programmes are not appropriate if" and the General Notice (every programme).
  {
    name: 'severe mental health needing specialised help',
    serviceId: 'lewisham.triple-p-group',
    input: family({ risks: { severeMentalHealth: 'yes' } }),
    verdict: 'ineligible',
    code: 'lewisham.general.severe-mental-health',
    status: 'not-met',
  },
  {
    name: 'active substance misuse by the parent',
    serviceId: 'lewisham.nvr',
    input: withChild(AGED.nine, { risks: { activeSubstanceMisuse: 'yes' } }),
    verdict: 'ineligible',
    code: 'lewisham.general.active-substance-misuse',
    status: 'not-met',
  },
  {
    name: 'substance misuse "not known" asks for review',
    serviceId: 'lewisham.triple-p-group',
    input: family({ risks: { activeSubstanceMisuse: 'not-known' } }),
    verdict: 'review',
    code: 'lewisham.general.active-substance-misuse',
    status: 'review',
  },
  {
    name: 'attending another parenting programme',
    serviceId: 'lewisham.triple-p-group',
    input: family({ support: { attendingOtherParentingProgramme: 'yes' } }),
    verdict: 'ineligible',
    code: 'lewisham.general.other-parenting-programme',
    status: 'not-met',
  },
  {
    name: "open to children's social care: seek advice",
    serviceId: 'lewisham.triple-p-group',
    input: family({ context: { openToSocialCare: 'yes' } }),
    verdict: 'review',
    code: 'lewisham.general.open-to-social-care',
    status: 'review',
  },
  {
    name: 'no consent',
    serviceId: 'lewisham.freedom',
    input: consentRefused,
    verdict: 'ineligible',
    code: 'lewisham.general.consent',
    status: 'not-met',
  },
  {
    name: 'attendance mandated by a statutory response',
    serviceId: 'lewisham.triple-p-group',
    input: answers({ 'lewisham.attendance-mandated': 'yes' }),
    verdict: 'ineligible',
    code: 'lewisham.general.not-mandated',
    status: 'not-met',
  },
  {
    name: 'additional needs: may need 1-1 or signposting',
    serviceId: 'lewisham.triple-p-group',
    input: family({ needs: { additionalNeeds: 'yes' } }),
    verdict: 'review',
    code: 'lewisham.general.additional-needs-or-eal',
    status: 'review',
  },
  {
    name: 'English as an additional language: may need 1-1 or signposting',
    serviceId: 'lewisham.freedom',
    input: family({ needs: { englishAdditionalLanguage: 'yes' } }),
    verdict: 'review',
    code: 'lewisham.general.additional-needs-or-eal',
    status: 'review',
  },
  {
    name: 'mandate question unanswered',
    serviceId: 'lewisham.triple-p-group',
    input: answers({ 'lewisham.attendance-mandated': undefined }),
    verdict: 'incomplete',
    code: 'lewisham.general.not-mandated',
    status: 'missing',
  },

  // Triple P Group.
  {
    name: 'Triple P: child aged 11',
    serviceId: 'lewisham.triple-p-group',
    input: withChild(AGED.eleven),
    verdict: 'ineligible',
    code: 'lewisham.triple-p-group.age',
    status: 'not-met',
  },
  {
    name: 'Triple P: child aged 1',
    serviceId: 'lewisham.triple-p-group',
    input: withChild(AGED.one),
    verdict: 'ineligible',
    code: 'lewisham.triple-p-group.age',
    status: 'not-met',
  },
  {
    name: 'Triple P: parent not struggling with behaviour',
    serviceId: 'lewisham.triple-p-group',
    input: answers({ 'lewisham.struggling-with-behaviour': 'no' }),
    verdict: 'ineligible',
    code: 'lewisham.triple-p-group.struggling-with-behaviour',
    status: 'not-met',
  },
  {
    name: 'Triple P: child neither lives with the parent nor has regular contact',
    serviceId: 'lewisham.triple-p-group',
    input: family({ people: [MOTHER, child(AGED.seven, 'c1', { livesWithOrRegularContact: 'no' })] }),
    verdict: 'ineligible',
    code: 'lewisham.triple-p-group.lives-with-or-regular-contact',
    status: 'not-met',
  },
  {
    name: 'Triple P: will not attend all classroom sessions',
    serviceId: 'lewisham.triple-p-group',
    input: answers({ 'lewisham.attends-all-classroom-sessions': 'no' }),
    verdict: 'ineligible',
    code: 'lewisham.triple-p-group.attends-all-classroom-sessions',
    status: 'not-met',
  },

  // NVR.
  {
    name: 'NVR: younger child considered on need',
    serviceId: 'lewisham.nvr',
    input: withChild(AGED.six),
    verdict: 'review',
    code: 'lewisham.nvr.age',
    status: 'review',
  },
  {
    name: 'NVR: young person over 18',
    serviceId: 'lewisham.nvr',
    input: withChild(AGED.nineteen),
    verdict: 'ineligible',
    code: 'lewisham.nvr.age',
    status: 'not-met',
  },
  {
    name: 'NVR: only one challenge',
    serviceId: 'lewisham.nvr',
    input: withChild(AGED.nine, { needs: { challenges: ['verbal-physical-aggression'] } }),
    verdict: 'ineligible',
    code: 'lewisham.nvr.two-challenges',
    status: 'not-met',
  },
  {
    name: 'NVR: no challenges',
    serviceId: 'lewisham.nvr',
    input: withChild(AGED.nine, { needs: { challenges: [] } }),
    verdict: 'ineligible',
    code: 'lewisham.nvr.two-challenges',
    status: 'not-met',
  },

  // Domestic Abuse Recovery Programmes (shared).
  {
    name: 'recovery: perpetrator still in the home (CODA)',
    serviceId: 'lewisham.coda',
    input: family({ risks: { perpetratorInHome: 'yes' } }),
    verdict: 'ineligible',
    code: 'lewisham.da-recovery.perpetrator-not-in-home',
    status: 'not-met',
  },
  {
    name: 'recovery: high post-separation abuse (Juniper)',
    serviceId: 'lewisham.juniper',
    input: withChild(AGED.two, { risks: { postSeparationAbuse: 'high' } }),
    verdict: 'ineligible',
    code: 'lewisham.da-recovery.no-high-post-separation-abuse',
    status: 'not-met',
  },
  {
    name: 'recovery: the woman does not wish to take part (Freedom)',
    serviceId: 'lewisham.freedom',
    input: answers({ 'lewisham.wishes-to-take-part': 'no' }),
    verdict: 'ineligible',
    code: 'lewisham.da-recovery.voluntary',
    status: 'not-met',
  },
  {
    name: 'recovery: perpetrator in the home (VOICE)',
    serviceId: 'lewisham.voice',
    input: family({ risks: { perpetratorInHome: 'yes' }, answers: { 'lewisham.freedom-suitable': 'no' } }),
    verdict: 'ineligible',
    code: 'lewisham.da-recovery.perpetrator-not-in-home',
    status: 'not-met',
  },

  // CODA.
  {
    name: 'CODA: the only adult is a father',
    serviceId: 'lewisham.coda',
    input: family({ people: [father, child(AGED.seven)] }),
    verdict: 'ineligible',
    code: 'lewisham.coda.mother-survivor',
    status: 'not-met',
  },
  {
    name: 'CODA: age group differs by term',
    serviceId: 'lewisham.coda',
    input: family(),
    verdict: 'review',
    code: 'lewisham.coda.age-group-this-term',
    status: 'review',
  },

  // Juniper.
  {
    name: 'Juniper: child aged 4',
    serviceId: 'lewisham.juniper',
    input: withChild(AGED.four),
    verdict: 'ineligible',
    code: 'lewisham.juniper.age',
    status: 'not-met',
  },
  {
    name: 'Juniper: mother not a survivor of domestic abuse',
    serviceId: 'lewisham.juniper',
    input: family({ people: [{ ...MOTHER, abuseRole: 'none' }, child(AGED.two)] }),
    verdict: 'ineligible',
    code: 'lewisham.juniper.mother-survivor',
    status: 'not-met',
  },
  {
    name: 'Juniper: unborn child',
    serviceId: 'lewisham.juniper',
    input: family({ people: [MOTHER, { id: 'c1', kind: 'child', name: 'Baby', expectedDate: '2027-02-01' }] }),
    verdict: 'ineligible',
    code: 'lewisham.juniper.age',
    status: 'not-met',
  },

  // Freedom: not suitable → VOICE.
  {
    name: 'Freedom: a male victim is pointed to VOICE',
    serviceId: 'lewisham.freedom',
    input: family({ people: [{ ...father, abuseRole: 'victim-survivor' }, child(AGED.seven)] }),
    verdict: 'ineligible',
    code: 'lewisham.freedom.woman-survivor',
    status: 'not-met',
    alternatives: ['lewisham.voice'],
  },
  {
    name: 'Freedom: not suitable for her, so VOICE',
    serviceId: 'lewisham.freedom',
    input: answers({ 'lewisham.freedom-suitable': 'no' }),
    verdict: 'ineligible',
    code: 'lewisham.freedom.suitable',
    status: 'not-met',
    alternatives: ['lewisham.voice'],
  },
  {
    name: 'Freedom: suitability not known',
    serviceId: 'lewisham.freedom',
    input: answers({ 'lewisham.freedom-suitable': 'not-known' }),
    verdict: 'review',
    code: 'lewisham.freedom.suitable',
    status: 'review',
    alternatives: ['lewisham.voice'],
  },

  // VOICE.
  {
    name: 'VOICE: no victim or survivor to work with',
    serviceId: 'lewisham.voice',
    input: family({
      people: [{ ...MOTHER, abuseRole: 'none' }, child(AGED.seven)],
      answers: { 'lewisham.freedom-suitable': 'no' },
    }),
    verdict: 'ineligible',
    code: 'lewisham.voice.victim-survivor',
    status: 'not-met',
  },
  {
    name: 'VOICE: Freedom would suit her, so Freedom',
    serviceId: 'lewisham.voice',
    input: family(),
    verdict: 'ineligible',
    code: 'lewisham.voice.freedom-not-suitable',
    status: 'not-met',
    alternatives: ['lewisham.freedom'],
  },
];

describe('lewisham-family-hub: every criterion, failed or referred for review', () => {
  test.each(rows)('$name → $verdict ($code $status)', ({ serviceId, input, verdict, code, status, alternatives }) => {
    const r = resultFor(input, serviceId);
    expect(r.verdict).toBe(verdict);
    expect(r.reasons).toContainEqual(
      expect.objectContaining({ code, status, citation: expect.objectContaining({ seed: SEED_FILE }) }),
    );
    expect(r.alternatives).toEqual(alternatives ?? []);
  });

  test('every row is a valid referral, except those that leave a question unanswered on purpose', () => {
    for (const row of rows.filter((r) => r.verdict !== 'incomplete')) {
      const v = validateReferral(row.input, catalogue);
      expect({ row: row.name, issues: v.ok ? [] : v.issues }).toEqual({ row: row.name, issues: [] });
    }
  });

  test('every criterion of every service and rule set is exercised by a row above', () => {
    const codes = new Set(rows.map((r) => r.code));
    // Area criteria have their own table, for every provider: tests/catalogues/areas.test.ts.
    const all = [
      ...lewishamFamilyHub.services.flatMap((s) => s.criteria),
      ...(lewishamFamilyHub.ruleSets ?? []).flatMap((r) => r.criteria),
    ]
      .filter((c) => c.kind !== 'area')
      .map((c) => c.id);
    expect(all.filter((id) => !codes.has(id))).toEqual([]);
  });

  test('the general rules apply to all six programmes; the recovery rules only to the recovery programmes', () => {
    const misuse = family({ risks: { activeSubstanceMisuse: 'yes' }, people: [MOTHER, child(AGED.nine)] });
    for (const id of SERVICE_IDS) {
      expect(resultFor(misuse, id).reasons).toContainEqual(
        expect.objectContaining({ code: 'lewisham.general.active-substance-misuse', status: 'not-met' }),
      );
    }
    const perpetratorHome = family({ risks: { perpetratorInHome: 'yes' } });
    expect(resultFor(perpetratorHome, 'lewisham.triple-p-group').verdict).toBe('eligible');
    for (const id of RECOVERY) expect(resultFor(perpetratorHome, id).verdict).toBe('ineligible');
  });

  test('some post-separation abuse, short of "high levels", does not exclude', () => {
    const r = resultFor(withChild(AGED.two, { risks: { postSeparationAbuse: 'some' } }), 'lewisham.juniper');
    expect(r.verdict).toBe('eligible');
  });

  test('age limits are inclusive: Triple P takes 2 and 10, Juniper 3, NVR 18', () => {
    expect(resultFor(withChild(AGED.two), 'lewisham.triple-p-group').verdict).toBe('eligible');
    expect(resultFor(withChild(AGED.ten), 'lewisham.triple-p-group').verdict).toBe('eligible');
    expect(resultFor(withChild(AGED.three), 'lewisham.juniper').verdict).toBe('eligible');
    expect(resultFor(withChild(AGED.eighteen), 'lewisham.nvr').verdict).toBe('eligible');
  });
});

describe('lewisham-family-hub: siblings cannot access the same CODA or Juniper group', () => {
  const twoChildren = (serviceId: string, personIds: string[]) =>
    family({
      people: [MOTHER, child(AGED.two, 'c1'), child(AGED.three, 'c2')],
      services: [{ serviceId, personIds: ['p1', ...personIds] }],
    });

  test.each(['lewisham.coda', 'lewisham.juniper'])(
    '%s: two siblings in one request is a blocking finding',
    (serviceId) => {
      const both = evaluate(twoChildren(serviceId, ['c1', 'c2']), catalogue, { now: NOW });
      expect(both.package).toContainEqual(
        expect.objectContaining({
          code: `${serviceId}.siblings-separate-groups`,
          severity: 'blocking',
          serviceIds: [serviceId],
        }),
      );
      const one = evaluate(twoChildren(serviceId, ['c1']), catalogue, { now: NOW });
      expect(one.package.filter((f) => f.code.endsWith('siblings-separate-groups'))).toEqual([]);
    },
  );

  test('other programmes may take siblings together', () => {
    const e = evaluate(twoChildren('lewisham.triple-p-group', ['c1', 'c2']), catalogue, { now: NOW });
    expect(e.package).toEqual([]);
  });
});
