import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DASH_QUESTION_IDS, evaluate, mergeCatalogue, validateCatalogue, validateReferral } from '../../src/domain';
import type { ReasonStatus, ServiceResult, Verdict } from '../../src/domain';
import { providerFile } from './provider-files';
import { NOW, referral, withPatch } from '../domain/fixtures/referrals';

const lbbdDomesticAbuse = providerFile('lbbd-domestic-abuse');

// Written from the seed (001_f4b2a794d398f628.txt, Barking and Dagenham) and the agreed list of services, not from the code.
const SEED_FILE = '001_f4b2a794d398f628.txt';
const seedText = readFileSync(join(__dirname, '../../../shared/seeds', SEED_FILE), 'utf8');
const catalogue = mergeCatalogue('test', [lbbdDomesticAbuse]);

type Json = Record<string, unknown>;

// The agreed service ids for lbbd-domestic-abuse: exactly these.
const SERVICE_IDS = [
  'lbbd.refuge',
  'lbbd.marac',
  'lbbd.men-and-masculinities',
  'lbbd.perpetrator-accommodation',
  'lbbd.reset',
  'lbbd.phoenix',
];

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
const HARM = {
  id: 'p2',
  kind: 'adult',
  name: 'Chris Partner',
  role: 'parent',
  relationship: 'father',
  livesInHousehold: 'no',
  gender: 'male',
  abuseRole: 'person-causing-harm',
};
const child = (dateOfBirth: string, extra: Json = {}) => ({
  id: 'c1',
  kind: 'child',
  name: 'Jo Child',
  dateOfBirth,
  livesInBorough: 'yes',
  schoolInBorough: 'yes',
  livesWithOrRegularContact: 'yes',
  behaviours: ['externalising'],
  affectedByDomesticAbuse: 'yes',
  ...extra,
});
// Ages on NOW (2026-11-23).
const AGED = {
  four: '2022-06-01',
  five: '2021-11-23',
  seven: '2019-05-01',
  ten: '2016-01-01',
  eleven: '2015-11-23',
  fourteen: '2012-06-01',
  seventeen: '2009-01-01',
  eighteen: '2008-06-01',
  nineteen: '2007-01-01',
} as const;

/** A complete DASH checklist with `yes` "yes" answers and the other MARAC facts below every threshold. */
const dash = (yes: number, extra: Json = {}) => ({
  answers: Object.fromEntries(DASH_QUESTION_IDS.map((q, i) => [q, i < yes ? 'yes' : 'no'])),
  professionalJudgement: [],
  incidentsLast12Months: 1,
  previousMaracReferralDate: null,
  ...extra,
});

const BARKING_AND_DAGENHAM = 'E09000002';

/** A family with a victim-survivor mother, a 7-year-old, a father who has used abusive behaviour, and every answer given. */
const family = (patch: Json = {}): Json =>
  withPatch(
    referral({
      family: { councilCode: BARKING_AND_DAGENHAM },
      people: [MOTHER, HARM, child(AGED.seven)],
      risks: { dash: dash(5) },
      answers: {
        'lbbd.urgent-action-to-make-family-safe': 'yes',
        'lbbd.engages-with-cranstoun': 'yes',
      },
    }),
    patch,
  );
const withChild = (dob: string, patch: Json = {}) => family({ people: [MOTHER, HARM, child(dob)], ...patch });
/** Replaces the DASH record outright (withPatch would merge answers into the 5-"yes" checklist). */
const withDash = (d: Json): Json => {
  const f = family();
  return { ...f, risks: { ...(f.risks as Json), dash: d } };
};
const onlyMother = (patch: Json = {}) => family({ people: [MOTHER, child(AGED.seven)], ...patch });
const withConsent = (consent: Json): Json => ({ ...family(), consent });

const resultFor = (input: unknown, serviceId: string): ServiceResult => {
  const r = evaluate(input, catalogue, { now: NOW, serviceIds: [serviceId] }).results[0];
  if (!r) throw new Error(`no result for ${serviceId}`);
  return r;
};

describe('lbbd-domestic-abuse catalogue: shape', () => {
  test('validates on its own (ids unique, every fact, rule set and alternative resolves)', () => {
    const v = validateCatalogue(catalogue);
    expect(v.ok ? [] : v.issues).toEqual([]);
  });

  test('has exactly the agreed service ids', () => {
    expect(lbbdDomesticAbuse.services.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
  });

  test('mailboxes only where the seed gives one; Cranstoun services name admindva@cranstoun.org.uk', () => {
    const mailbox = Object.fromEntries(lbbdDomesticAbuse.services.map((s) => [s.id, s.mailbox]));
    expect(mailbox).toEqual({
      'lbbd.refuge': 'bdadvocacy@refuge.org.uk',
      'lbbd.marac': 'Maracreferrals@lbbd.gov.uk',
      'lbbd.men-and-masculinities': undefined,
      'lbbd.perpetrator-accommodation': undefined,
      'lbbd.reset': undefined,
      'lbbd.phoenix': undefined,
    });
    for (const id of ['lbbd.men-and-masculinities', 'lbbd.perpetrator-accommodation']) {
      const s = lbbdDomesticAbuse.services.find((x) => x.id === id);
      expect(s?.contacts?.map((c) => c.email)).toContain('admindva@cranstoun.org.uk');
    }
  });

  test('says "Barking and Dagenham" and never repeats the garbled borough name', () => {
    expect(lbbdDomesticAbuse.provider.name).toContain('Barking and Dagenham');
    const text = JSON.stringify(lbbdDomesticAbuse);
    expect(seedText).toContain('Ïã¸ÛÈüÂí»á');
    expect(text).not.toMatch(/[ÏÈÂ»]/);
  });

  test('every citation names this seed and a section whose text occurs in it', () => {
    const citations = [
      ...lbbdDomesticAbuse.services.flatMap((s) => [...s.citations, ...s.criteria.map((c) => c.citation)]),
      ...(lbbdDomesticAbuse.ruleSets ?? []).flatMap((r) => r.criteria.map((c) => c.citation)),
      ...(lbbdDomesticAbuse.questions ?? []).flatMap((q) => (q.citation ? [q.citation] : [])),
    ];
    expect(citations.length).toBeGreaterThan(20);
    for (const c of citations) {
      expect(c.seed).toBe(SEED_FILE);
      expect({ section: c.section, found: seedText.includes(c.section) }).toEqual({ section: c.section, found: true });
    }
  });

  test("the MARAC criteria cite the seed's MARAC section and say the checklist never replaces professional judgement", () => {
    const marac = lbbdDomesticAbuse.services.find((s) => s.id === 'lbbd.marac');
    const highRisk = marac?.criteria.find((c) => c.id === 'lbbd.marac.high-risk');
    expect(highRisk?.citation.section).toBe('Multi-Agency Risk Assessment Conference (MARAC)');
    expect(highRisk?.requirement).toMatch(/never replaces professional judgement/);
    // The area rule cites where the provider's area is stated (tests/catalogues/areas.test.ts).
    for (const c of (marac?.criteria ?? []).filter((x) => x.kind !== 'area'))
      expect(c.citation.section).toBe('Multi-Agency Risk Assessment Conference (MARAC)');
  });
});

describe('lbbd-domestic-abuse: a family each service accepts', () => {
  test.each([
    { serviceId: 'lbbd.refuge', input: family() },
    { serviceId: 'lbbd.marac', input: withDash(dash(14)) },
    {
      serviceId: 'lbbd.men-and-masculinities',
      input: family({ services: [{ serviceId: 'lbbd.men-and-masculinities', personIds: ['p2'] }] }),
    },
    {
      serviceId: 'lbbd.perpetrator-accommodation',
      input: family({ services: [{ serviceId: 'lbbd.perpetrator-accommodation', personIds: ['p2'] }] }),
    },
    {
      serviceId: 'lbbd.reset',
      input: family({ people: [MOTHER, HARM, child(AGED.fourteen, { behaviours: ['violence-towards-parents'] })] }),
    },
    { serviceId: 'lbbd.phoenix', input: family() },
  ])('$serviceId: eligible', ({ serviceId, input }) => {
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
  // Refuge.
  {
    name: 'Refuge: no adult here is a victim (the victim may be a young person): check with Refuge',
    serviceId: 'lbbd.refuge',
    input: family({ people: [{ ...MOTHER, abuseRole: 'none' }, HARM, child(AGED.seven)] }),
    verdict: 'review',
    code: 'lbbd.refuge.victim',
    status: 'review',
  },

  // MARAC: any of the four criteria makes high risk; below all of them, Refuge.
  {
    name: 'MARAC: 13 "yes", no other criterion: not high risk, use Refuge',
    serviceId: 'lbbd.marac',
    input: withDash(dash(13)),
    verdict: 'ineligible',
    code: 'lbbd.marac.high-risk',
    status: 'not-met',
    alternatives: ['lbbd.refuge'],
  },
  {
    name: 'MARAC: DASH half completed and no other criterion met yet',
    serviceId: 'lbbd.marac',
    input: withDash({ ...dash(0), answers: { q1: 'yes', q2: 'yes' } }),
    verdict: 'incomplete',
    code: 'lbbd.marac.high-risk',
    status: 'missing',
    alternatives: [],
  }, // no alternative until the answer is in
  {
    name: 'MARAC: no consent and no reason recorded',
    serviceId: 'lbbd.marac',
    input: { ...withDash(dash(14)), consent: { given: false, lawfulBasis: 'safeguarding' } },
    verdict: 'incomplete',
    code: 'lbbd.marac.consent-or-reason-recorded',
    status: 'missing',
  },

  // Perpetrator Support (shared) and Men and Masculinities.
  {
    name: 'Men and Masculinities: nobody here has used abusive behaviour',
    serviceId: 'lbbd.men-and-masculinities',
    input: onlyMother(),
    verdict: 'ineligible',
    code: 'lbbd.perpetrator-support.used-abusive-behaviour',
    status: 'not-met',
  },
  {
    name: 'Men and Masculinities: going through the criminal justice system',
    serviceId: 'lbbd.men-and-masculinities',
    input: family({ risks: { criminalJusticeInvolvement: 'yes' } }),
    verdict: 'ineligible',
    code: 'lbbd.men-and-masculinities.not-in-criminal-justice',
    status: 'not-met',
  },
  {
    name: 'Men and Masculinities: has not consented',
    serviceId: 'lbbd.men-and-masculinities',
    input: withConsent({ given: false, lawfulBasis: 'safeguarding', reason: 'Declined' }),
    verdict: 'ineligible',
    code: 'lbbd.men-and-masculinities.consent',
    status: 'not-met',
  },

  // Perpetrator temporary accommodation.
  {
    name: 'accommodation: nobody here has used abusive behaviour',
    serviceId: 'lbbd.perpetrator-accommodation',
    input: onlyMother(),
    verdict: 'ineligible',
    code: 'lbbd.perpetrator-support.used-abusive-behaviour',
    status: 'not-met',
  },
  {
    name: 'accommodation: no urgent action needed to make the family safe',
    serviceId: 'lbbd.perpetrator-accommodation',
    input: family({ answers: { 'lbbd.urgent-action-to-make-family-safe': 'no' } }),
    verdict: 'ineligible',
    code: 'lbbd.perpetrator-accommodation.urgent-to-make-family-safe',
    status: 'not-met',
  },
  {
    name: 'accommodation: will not engage with a Cranstoun intervention',
    serviceId: 'lbbd.perpetrator-accommodation',
    input: family({ answers: { 'lbbd.engages-with-cranstoun': 'no' } }),
    verdict: 'ineligible',
    code: 'lbbd.perpetrator-accommodation.cranstoun-engagement',
    status: 'not-met',
  },

  // RESET.
  {
    name: 'RESET: aged 10',
    serviceId: 'lbbd.reset',
    input: withChild(AGED.ten),
    verdict: 'ineligible',
    code: 'lbbd.reset.age',
    status: 'not-met',
  },
  {
    name: 'RESET: aged 19',
    serviceId: 'lbbd.reset',
    input: withChild(AGED.nineteen),
    verdict: 'ineligible',
    code: 'lbbd.reset.age',
    status: 'not-met',
  },
  {
    name: 'RESET: no concerning behaviours',
    serviceId: 'lbbd.reset',
    input: family({ people: [MOTHER, HARM, child(AGED.fourteen, { behaviours: [] })] }),
    verdict: 'ineligible',
    code: 'lbbd.reset.concerning-behaviours',
    status: 'not-met',
  },
  {
    name: 'RESET: a behaviour no element names (exploitation risk): ask the service',
    serviceId: 'lbbd.reset',
    input: family({ people: [MOTHER, HARM, child(AGED.fourteen, { behaviours: ['at-risk-of-exploitation'] })] }),
    verdict: 'review',
    code: 'lbbd.reset.element-fits',
    status: 'review',
  },

  // Phoenix.
  {
    name: 'Phoenix: aged 4',
    serviceId: 'lbbd.phoenix',
    input: withChild(AGED.four),
    verdict: 'ineligible',
    code: 'lbbd.phoenix.age',
    status: 'not-met',
  },
  {
    name: 'Phoenix: aged 18',
    serviceId: 'lbbd.phoenix',
    input: withChild(AGED.eighteen),
    verdict: 'ineligible',
    code: 'lbbd.phoenix.age',
    status: 'not-met',
  },
  {
    name: 'Phoenix: not impacted by domestic abuse',
    serviceId: 'lbbd.phoenix',
    input: family({ people: [MOTHER, HARM, child(AGED.seven, { affectedByDomesticAbuse: 'no' })] }),
    verdict: 'ineligible',
    code: 'lbbd.phoenix.impacted-by-domestic-abuse',
    status: 'not-met',
  },
  {
    name: 'Phoenix: neither lives nor goes to school in the borough',
    serviceId: 'lbbd.phoenix',
    input: family({ people: [MOTHER, child(AGED.seven, { livesInBorough: 'no', schoolInBorough: 'no' })] }),
    verdict: 'ineligible',
    code: 'lbbd.phoenix.area',
    status: 'not-met',
  },
  {
    name: 'Phoenix: residence not known and school out of borough',
    serviceId: 'lbbd.phoenix',
    input: family({ people: [MOTHER, child(AGED.seven, { livesInBorough: 'not-known', schoolInBorough: 'no' })] }),
    verdict: 'review',
    code: 'lbbd.phoenix.area',
    status: 'review',
  },
];

describe('lbbd-domestic-abuse: every criterion, failed or referred for review', () => {
  test.each(rows)('$name → $verdict ($code $status)', ({ serviceId, input, verdict, code, status, alternatives }) => {
    const r = resultFor(input, serviceId);
    expect(r.verdict).toBe(verdict);
    expect(r.reasons).toContainEqual(
      expect.objectContaining({ code, status, citation: expect.objectContaining({ seed: SEED_FILE }) }),
    );
    expect(r.alternatives).toEqual(alternatives ?? []);
  });

  test('every row is a valid referral, except the deliberately half-filled ones', () => {
    for (const row of rows.filter((r) => r.verdict !== 'incomplete')) {
      const v = validateReferral(row.input, catalogue);
      expect({ row: row.name, issues: v.ok ? [] : v.issues }).toEqual({ row: row.name, issues: [] });
    }
  });

  test('every criterion of every service and rule set is exercised by a row above', () => {
    const codes = new Set(rows.map((r) => r.code));
    // Area criteria have their own table, for every provider: tests/catalogues/areas.test.ts.
    const all = [
      ...lbbdDomesticAbuse.services.flatMap((s) => s.criteria),
      ...(lbbdDomesticAbuse.ruleSets ?? []).flatMap((r) => r.criteria),
    ]
      .filter((c) => c.kind !== 'area')
      .map((c) => c.id);
    expect(all.filter((id) => !codes.has(id))).toEqual([]);
  });
});

describe('lbbd-domestic-abuse: MARAC high risk by any of the four criteria', () => {
  test.each([
    { name: 'visible high risk: 14 "yes"', d: dash(14) },
    { name: 'professional judgement, whatever the count', d: dash(3, { professionalJudgement: ['threats-to-kill'] }) },
    { name: 'potential escalation: 3 incidents in 12 months', d: dash(3, { incidentsLast12Months: 3 }) },
    { name: 'repeat: last MARAC referral within 12 months', d: dash(3, { previousMaracReferralDate: '2026-03-01' }) },
    {
      name: 'visible high risk reached before the checklist is finished',
      d: { ...dash(0), answers: Object.fromEntries(DASH_QUESTION_IDS.slice(0, 14).map((q) => [q, 'yes'])) },
    },
  ])('$name → eligible', ({ d }) => {
    const r = resultFor(withDash(d), 'lbbd.marac');
    expect(r.verdict).toBe('eligible');
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: 'lbbd.marac.high-risk', status: 'met' }));
  });

  test('a MARAC referral more than 12 months ago, 2 incidents, 13 "yes": not high risk', () => {
    const r = resultFor(
      withDash(dash(13, { incidentsLast12Months: 2, previousMaracReferralDate: '2025-11-22' })),
      'lbbd.marac',
    );
    expect(r.verdict).toBe('ineligible');
    expect(r.alternatives).toEqual(['lbbd.refuge']);
  });

  test('consent is not required: refused consent with the reason recorded still goes to MARAC', () => {
    const input: Json = {
      ...withDash(dash(14)),
      consent: { given: false, lawfulBasis: 'safeguarding', reason: 'Asking would put her at risk' },
    };
    const v = validateReferral(input, catalogue);
    expect(v.ok ? [] : v.issues).toEqual([]);
    const r = resultFor(input, 'lbbd.marac');
    expect(r.verdict).toBe('eligible');
    expect(r.reasons).toContainEqual(
      expect.objectContaining({ code: 'lbbd.marac.consent-or-reason-recorded', status: 'met' }),
    );
  });

  test('an unrecorded reason names the fact the form must ask for', () => {
    const r = resultFor(
      { ...withDash(dash(14)), consent: { given: false, lawfulBasis: 'safeguarding' } },
      'lbbd.marac',
    );
    expect(r.missing.map((m) => m.fact)).toEqual(['consent.reasonRecorded']);
  });
});

describe('lbbd-domestic-abuse: Phoenix residence is per child', () => {
  test('a child who lives outside the borough but goes to school in it is eligible', () => {
    const r = resultFor(
      family({ people: [MOTHER, child(AGED.seven, { livesInBorough: 'no', schoolInBorough: 'yes' })] }),
      'lbbd.phoenix',
    );
    expect(r.verdict).toBe('eligible');
  });

  test('age limits are inclusive: 5 and 17 are in; RESET takes 11 and 18', () => {
    expect(resultFor(withChild(AGED.five), 'lbbd.phoenix').verdict).toBe('eligible');
    expect(resultFor(withChild(AGED.seventeen), 'lbbd.phoenix').verdict).toBe('eligible');
    expect(resultFor(withChild(AGED.eleven), 'lbbd.reset').verdict).toBe('eligible');
    expect(resultFor(withChild(AGED.eighteen), 'lbbd.reset').verdict).toBe('eligible');
  });
});
