import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, mergeCatalogue, validateCatalogue } from '../../src/domain';
import type { Criterion, ReasonStatus, Verdict } from '../../src/domain';
import { providerFile } from './provider-files';
import { NOW, referral, withPatch } from '../domain/fixtures/referrals';

const dvip = providerFile('dvip');

// Written from the DVIP seed (004, "Information for Social Services 2010/11") and the agreed service list, not from the code.
const SEED_FILE = '004_c1194777945abb23.txt';
const SHARED = join(__dirname, '..', '..', '..', 'shared');
const seedText = readFileSync(join(SHARED, 'seeds', SEED_FILE), 'utf8');
const catalogueMd = readFileSync(join(SHARED, 'CATALOGUE.md'), 'utf8');

const catalogue = mergeCatalogue('test', [dvip]);

type Json = Record<string, unknown>;

// The agreed service ids for DVIP.
const DVIP_IDS = [
  'dvip.standard-risk-id',
  'dvip.summary-risk-id',
  'dvip.needs-assessment',
  'dvip.full-risk-assessment',
  'dvip.full-risk-assessment-children',
  'dvip.vulnerability-assessment',
  'dvip.joint-risk-assessment',
  'dvip.full-final-risk-assessment',
  'dvip.womens-programme',
  'dvip.child-therapy',
  'dvip.perpetrator-programme',
  'dvip.perpetrator-one-to-one',
  'dvip.al-aman',
  'dvip.supervised-contact',
  'dvip.assessed-supervised-contact',
  'dvip.yuva',
  'dvip.female-perpetrators',
  'dvip.male-victims',
  'dvip.same-sex-relationships',
];

// ---- People and families ------------------------------------------------------------------------------------------

const mother = {
  id: 'p1',
  kind: 'adult',
  name: 'Alex Parent',
  role: 'parent',
  relationship: 'mother',
  livesInHousehold: 'yes',
  gender: 'female',
  abuseRole: 'victim-survivor',
};
const father = {
  id: 'p2',
  kind: 'adult',
  name: 'Chris Parent',
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
  ...extra,
});
const child7 = child('2019-05-01');
const womanWhoUsedAbuse = { ...mother, abuseRole: 'person-causing-harm' };
const maleVictim = { ...father, abuseRole: 'victim-survivor' };
const uninvolvedAdult = { ...mother, abuseRole: 'none' };

const HAMMERSMITH_AND_FULHAM = 'E09000013';
const family = (councilCode: string) => ({ family: { councilCode } });

// A child-protection family outside court, with every DVIP question answered so that the service under test is met.
const base = (): Json =>
  referral({
    family: { councilCode: HAMMERSMITH_AND_FULHAM },
    people: [mother, father, child7],
    context: {
      statutoryStatus: ['child-protection-plan'],
      childProtectionPlanConsidered: 'yes',
      courtProceedings: 'none',
      openToSocialCare: 'yes',
    },
    answers: {
      'dvip.dv-contributing-factor': 'yes',
      'dvip.perpetrator-engages-openly': 'yes',
      'dvip.dv-history-understood': 'yes',
      'dvip.victim-account-known': 'yes',
      'dvip.child-psychologist-requested': 'yes',
      'dvip.programme-recommended-by-full-risk-assessment': 'yes',
      'dvip.perpetrator-programme-completed': 'yes',
      'dvip.womens-programme-basis': ['needs-identified'],
      'dvip.woman-assessed-suitable': 'yes',
      'dvip.woman-signs-contract': 'yes',
      'dvip.same-sex-relationship': 'no',
      'dvip.man-assessed-suitable': 'yes',
      'dvip.man-signs-contract': 'yes',
      'dvip.one-to-one-reason': ['crisis'],
      'dvip.attending-perpetrator-groups': 'yes',
      'dvip.arabic-speaking-community': 'yes',
      'dvip.parent-commits-parallel-work': 'yes',
      'dvip.parent-with-dvip': 'yes',
      'dvip.contact-harm-determined': 'yes',
    },
  });

const IN_CARE_PROCEEDINGS = { context: { statutoryStatus: ['care-proceedings'], courtProceedings: 'under-way' } };

/** What makes each service's family a good fit, laid over `base()`. */
const FIT: Record<string, Json> = {
  'dvip.standard-risk-id': {},
  'dvip.summary-risk-id': {},
  'dvip.needs-assessment': { context: { statutoryStatus: ['child-in-need'], childProtectionPlanConsidered: 'no' } },
  'dvip.full-risk-assessment': IN_CARE_PROCEEDINGS,
  'dvip.full-risk-assessment-children': IN_CARE_PROCEEDINGS,
  'dvip.vulnerability-assessment': { context: { courtProceedings: 'likely' } },
  'dvip.joint-risk-assessment': IN_CARE_PROCEEDINGS,
  'dvip.full-final-risk-assessment': {},
  'dvip.womens-programme': {},
  'dvip.child-therapy': {},
  'dvip.perpetrator-programme': {},
  'dvip.perpetrator-one-to-one': {},
  'dvip.al-aman': {},
  'dvip.supervised-contact': {},
  'dvip.assessed-supervised-contact': {},
  'dvip.yuva': { people: [mother, father, child('2011-02-01', { behaviours: ['violence-towards-parents'] })] },
  'dvip.female-perpetrators': { people: [womanWhoUsedAbuse, child7] },
  'dvip.male-victims': { people: [maleVictim, child7] },
  'dvip.same-sex-relationships': { answers: { 'dvip.same-sex-relationship': 'yes' } },
};

const familyFor = (serviceId: string, patch: Json = {}): Json =>
  withPatch(withPatch(base(), FIT[serviceId] ?? {}), patch);

/** Results by service id (the engine returns them in catalogue order). */
function checkAll(input: unknown, serviceIds: string[]) {
  const { results } = evaluate(input, catalogue, { now: NOW, serviceIds });
  return Object.fromEntries(results.map((r) => [r.serviceId, r]));
}

function check(serviceId: string, input: unknown) {
  const result = evaluate(input, catalogue, { now: NOW, serviceIds: [serviceId] }).results[0];
  if (!result) throw new Error(`No result for ${serviceId}`);
  return result;
}

// ---- The catalogue itself -----------------------------------------------------------------------------------------

const allCriteria: { owner: string; criterion: Criterion }[] = [
  ...dvip.services.flatMap((s) => s.criteria.map((criterion) => ({ owner: s.id, criterion }))),
  ...(dvip.ruleSets ?? []).flatMap((r) => r.criteria.map((criterion) => ({ owner: r.id, criterion }))),
];

describe('DVIP catalogue: structure', () => {
  it('validates on its own (ids unique, facts, rule sets and alternatives resolve)', () => {
    const result = validateCatalogue(catalogue);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has exactly the service ids CATALOGUE.md lists for DVIP', () => {
    const section = catalogueMd.split('## Provider `dvip`')[1]?.split('\n## ')[0] ?? '';
    const listed = [...new Set(section.match(/dvip\.[a-z0-9-]+[a-z0-9]/g) ?? [])].sort();
    expect(listed).toEqual([...DVIP_IDS].sort());
    expect(dvip.services.map((s) => s.id).sort()).toEqual([...DVIP_IDS].sort());
  });

  it('every service belongs to dvip and has at least one criterion of its own or from a rule set', () => {
    for (const s of dvip.services) {
      expect(s.providerId).toBe('dvip');
      expect(s.criteria.length + s.ruleSets.length).toBeGreaterThan(0);
    }
  });

  it('every criterion, service and question cites a section heading that occurs in the seed', () => {
    const citations = [
      ...allCriteria.map(({ criterion }) => criterion.citation),
      ...dvip.services.flatMap((s) => s.citations),
      ...(dvip.questions ?? []).flatMap((q) => (q.citation ? [q.citation] : [])),
    ];
    expect(citations.length).toBeGreaterThan(50);
    for (const c of citations) {
      expect(c.seed).toBe(SEED_FILE);
      expect({ section: c.section, found: seedText.includes(c.section) }).toEqual({ section: c.section, found: true });
    }
  });

  it('every criterion id is prefixed by the id of its service or rule set', () => {
    for (const { owner, criterion } of allCriteria) expect(criterion.id.startsWith(`${owner}.`)).toBe(true);
  });

  it('declares only questions it uses, all prefixed dvip.', () => {
    const text = JSON.stringify([dvip.services, dvip.ruleSets]);
    for (const q of dvip.questions ?? []) {
      expect(q.id.startsWith('dvip.')).toBe(true);
      expect(text.includes(`"answers.${q.id}"`)).toBe(true);
    }
  });

  it('sets a mailbox only where a team address in the seed names the service, and gives contacts from the seed', () => {
    const withMailbox = Object.fromEntries(dvip.services.filter((s) => s.mailbox).map((s) => [s.id, s.mailbox]));
    expect(withMailbox).toEqual({
      'dvip.full-risk-assessment': 'RiskAssessment@dvip.org',
      'dvip.full-risk-assessment-children': 'RiskAssessment@dvip.org',
      'dvip.vulnerability-assessment': 'RiskAssessment@dvip.org',
      'dvip.joint-risk-assessment': 'RiskAssessment@dvip.org',
      'dvip.full-final-risk-assessment': 'RiskAssessment@dvip.org',
      'dvip.child-therapy': 'ChildSupportServices@dvip.org',
      'dvip.supervised-contact': 'ChildSupportServices@dvip.org',
    });
    for (const s of dvip.services) {
      expect(s.contacts?.length).toBeGreaterThan(0);
      for (const c of s.contacts ?? []) {
        expect(c.email && seedText.includes(`mailto:${c.email}`)).toBe(true);
        expect(c.phone && seedText.includes(c.phone)).toBe(true);
      }
    }
  });

  it('records the ages the seed gives', () => {
    const ages = (id: string) => dvip.services.find((s) => s.id === id)?.ages;
    expect(ages('dvip.child-therapy')).toEqual({ min: 3, max: 18 });
    expect(ages('dvip.yuva')).toEqual({ min: 11, max: 18 });
  });
});

// ---- A family that fits, for every service ------------------------------------------------------------------------

// Individual work (female perpetrators, male victims, same-sex) and assessed supervised contact are always a judgement
// call in the seed ("subject to a suitability assessment and staffing capacity"; no referral circumstances given).
const ALWAYS_REVIEW: Record<string, string> = {
  'dvip.female-perpetrators': 'dvip.individual-work.suitability-and-capacity',
  'dvip.male-victims': 'dvip.individual-work.suitability-and-capacity',
  'dvip.same-sex-relationships': 'dvip.individual-work.suitability-and-capacity',
  'dvip.assessed-supervised-contact': 'dvip.assessed-supervised-contact.circumstances',
};

describe('DVIP: a family that fits each service', () => {
  it.each(DVIP_IDS.filter((id) => !ALWAYS_REVIEW[id]))('%s is eligible, every reason met', (id) => {
    const r = check(id, familyFor(id));
    expect(r.reasons.filter((x) => x.status !== 'met')).toEqual([]);
    expect(r.verdict).toBe('eligible');
  });

  it.each(Object.entries(ALWAYS_REVIEW))(
    '%s is review even for a good fit (the seed makes it a judgement call): %s',
    (id, code) => {
      const r = check(id, familyFor(id));
      expect(r.verdict).toBe('review');
      expect(r.reasons.filter((x) => x.status !== 'met').map((x) => [x.code, x.status])).toEqual([[code, 'review']]);
    },
  );
});

// ---- Every criterion, failed or referred for review ---------------------------------------------------------------

type Case = {
  name: string;
  service: string;
  patch: Json;
  verdict: Verdict;
  reason: [code: string, status: ReasonStatus];
  alternatives?: string[];
};

const ctx = (context: Json): Json => ({ context });
const ans = (answers: Json): Json => ({ answers });

const CASES: Case[] = [
  // Risk assessments generally ("where domestic violence is a contributing factor")
  {
    name: 'domestic violence is not a contributing factor',
    service: 'dvip.standard-risk-id',
    patch: ans({ 'dvip.dv-contributing-factor': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.risk-assessment.dv-contributing-factor', 'not-met'],
  },
  {
    name: 'not known whether domestic violence contributes',
    service: 'dvip.full-risk-assessment',
    patch: ans({ 'dvip.dv-contributing-factor': 'not-known' }),
    verdict: 'review',
    reason: ['dvip.risk-assessment.dv-contributing-factor', 'review'],
  },

  // Risk ID (Standard and Summary): CP plan or under consideration; not in care proceedings; not for court
  {
    name: 'child in need, no child protection plan considered',
    service: 'dvip.standard-risk-id',
    patch: ctx({ statutoryStatus: ['child-in-need'], childProtectionPlanConsidered: 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.risk-id.child-protection', 'not-met'],
  },
  {
    name: 'early help only (summary)',
    service: 'dvip.summary-risk-id',
    patch: ctx({ statutoryStatus: ['early-help'], childProtectionPlanConsidered: 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.risk-id.child-protection', 'not-met'],
  },
  {
    name: 'in care proceedings',
    service: 'dvip.standard-risk-id',
    patch: ctx({ statutoryStatus: ['care-proceedings'] }),
    verdict: 'ineligible',
    reason: ['dvip.risk-id.not-in-care-proceedings', 'not-met'],
    alternatives: ['dvip.full-risk-assessment'],
  },
  {
    name: 'in care proceedings (summary)',
    service: 'dvip.summary-risk-id',
    patch: IN_CARE_PROCEEDINGS,
    verdict: 'ineligible',
    reason: ['dvip.risk-id.not-in-care-proceedings', 'not-met'],
    alternatives: ['dvip.full-risk-assessment'],
  },
  {
    name: 'private law court proceedings under way',
    service: 'dvip.standard-risk-id',
    patch: ctx({ courtProceedings: 'under-way' }),
    verdict: 'ineligible',
    reason: ['dvip.risk-id.not-in-court', 'not-met'],
    alternatives: ['dvip.full-risk-assessment'],
  },
  {
    name: 'court proceedings likely',
    service: 'dvip.standard-risk-id',
    patch: ctx({ courtProceedings: 'likely' }),
    verdict: 'review',
    reason: ['dvip.risk-id.court-not-likely', 'review'],
    alternatives: ['dvip.full-risk-assessment'],
  },
  {
    name: 'no alleged perpetrator named',
    service: 'dvip.standard-risk-id',
    patch: { people: [mother, child7] },
    verdict: 'ineligible',
    reason: ['dvip.risk-id.alleged-perpetrator', 'not-met'],
  },
  {
    name: "adult's part in the abuse not known",
    service: 'dvip.summary-risk-id',
    patch: { people: [{ ...father, abuseRole: 'not-known' }, child7] },
    verdict: 'review',
    reason: ['dvip.risk-id.alleged-perpetrator', 'review'],
  },

  // Summary Risk ID only when engaged, history understood and victim heard — otherwise Standard
  {
    name: 'perpetrator not engaging openly',
    service: 'dvip.summary-risk-id',
    patch: ans({ 'dvip.perpetrator-engages-openly': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.summary-risk-id.perpetrator-engages-openly', 'not-met'],
    alternatives: ['dvip.standard-risk-id'],
  },
  {
    name: 'history not well understood',
    service: 'dvip.summary-risk-id',
    patch: ans({ 'dvip.dv-history-understood': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.summary-risk-id.history-understood', 'not-met'],
    alternatives: ['dvip.standard-risk-id'],
  },
  {
    name: "victim's account not known",
    service: 'dvip.summary-risk-id',
    patch: ans({ 'dvip.victim-account-known': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.summary-risk-id.victim-account-known', 'not-met'],
    alternatives: ['dvip.standard-risk-id'],
  },

  // Needs Assessment: women only; children at risk or in need; not where court is likely or under way
  {
    name: 'a male victim',
    service: 'dvip.needs-assessment',
    patch: { people: [maleVictim, child7] },
    verdict: 'ineligible',
    reason: ['dvip.needs-assessment.woman-victim', 'not-met'],
  },
  {
    name: 'children neither at risk nor in need',
    service: 'dvip.needs-assessment',
    patch: ctx({ statutoryStatus: ['early-help'] }),
    verdict: 'ineligible',
    reason: ['dvip.needs-assessment.children-at-risk-or-in-need', 'not-met'],
  },
  {
    name: 'court proceedings likely',
    service: 'dvip.needs-assessment',
    patch: ctx({ courtProceedings: 'likely' }),
    verdict: 'ineligible',
    reason: ['dvip.needs-assessment.no-court-proceedings', 'not-met'],
    alternatives: ['dvip.vulnerability-assessment'],
  },
  {
    name: 'court proceedings under way',
    service: 'dvip.needs-assessment',
    patch: ctx({ courtProceedings: 'under-way' }),
    verdict: 'ineligible',
    reason: ['dvip.needs-assessment.no-court-proceedings', 'not-met'],
    alternatives: ['dvip.vulnerability-assessment'],
  },
  {
    name: 'in care proceedings',
    service: 'dvip.needs-assessment',
    patch: ctx({ statutoryStatus: ['care-proceedings'] }),
    verdict: 'ineligible',
    reason: ['dvip.needs-assessment.no-court-proceedings', 'not-met'],
    alternatives: ['dvip.vulnerability-assessment'],
  },

  // Full risk assessments (full, with children, joint): for care or other court proceedings
  {
    name: 'no court proceedings',
    service: 'dvip.full-risk-assessment',
    patch: ctx({ statutoryStatus: ['child-protection-plan'], courtProceedings: 'none' }),
    verdict: 'ineligible',
    reason: ['dvip.full-risk.in-proceedings', 'not-met'],
    alternatives: ['dvip.standard-risk-id'],
  },
  {
    name: 'no court proceedings (joint)',
    service: 'dvip.joint-risk-assessment',
    patch: ctx({ statutoryStatus: ['child-protection-plan'], courtProceedings: 'none' }),
    verdict: 'ineligible',
    reason: ['dvip.full-risk.in-proceedings', 'not-met'],
    alternatives: ['dvip.standard-risk-id'],
  },
  {
    name: 'no court proceedings (with children)',
    service: 'dvip.full-risk-assessment-children',
    patch: ctx({ statutoryStatus: ['child-in-need'], courtProceedings: 'none' }),
    verdict: 'ineligible',
    reason: ['dvip.full-risk.in-proceedings', 'not-met'],
  },
  {
    name: 'court proceedings only likely',
    service: 'dvip.full-risk-assessment',
    patch: ctx({ statutoryStatus: ['plo'], courtProceedings: 'likely' }),
    verdict: 'review',
    reason: ['dvip.full-risk.proceedings-under-way', 'review'],
  },
  {
    name: 'private law proceedings under way (not care proceedings) is enough',
    service: 'dvip.full-risk-assessment',
    patch: ctx({ statutoryStatus: ['child-in-need'], courtProceedings: 'under-way' }),
    verdict: 'eligible',
    reason: ['dvip.full-risk.in-proceedings', 'met'],
  },
  {
    name: 'no alleged perpetrator named',
    service: 'dvip.joint-risk-assessment',
    patch: { people: [mother, child7] },
    verdict: 'ineligible',
    reason: ['dvip.full-risk.alleged-perpetrator', 'not-met'],
  },
  {
    name: 'child psychologist assessment not requested',
    service: 'dvip.full-risk-assessment-children',
    patch: ans({ 'dvip.child-psychologist-requested': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.full-risk-assessment-children.child-psychologist-requested', 'not-met'],
    alternatives: ['dvip.full-risk-assessment'],
  },

  // Vulnerability Assessment: court likely or under way; a victim; described for women
  {
    name: 'no court proceedings',
    service: 'dvip.vulnerability-assessment',
    patch: ctx({ courtProceedings: 'none' }),
    verdict: 'ineligible',
    reason: ['dvip.vulnerability-assessment.court-proceedings', 'not-met'],
    alternatives: ['dvip.needs-assessment'],
  },
  {
    name: 'in care proceedings',
    service: 'dvip.vulnerability-assessment',
    patch: IN_CARE_PROCEEDINGS,
    verdict: 'eligible',
    reason: ['dvip.vulnerability-assessment.court-proceedings', 'met'],
  },
  {
    name: 'no victim named',
    service: 'dvip.vulnerability-assessment',
    patch: { people: [father, child7] },
    verdict: 'ineligible',
    reason: ['dvip.vulnerability-assessment.victim', 'not-met'],
  },
  {
    name: 'a male victim',
    service: 'dvip.vulnerability-assessment',
    patch: { people: [maleVictim, child7] },
    verdict: 'review',
    reason: ['dvip.vulnerability-assessment.woman', 'review'],
    alternatives: ['dvip.male-victims'],
  },

  // Full final risk assessment
  {
    name: 'no man who used abuse',
    service: 'dvip.full-final-risk-assessment',
    patch: { people: [mother, child7] },
    verdict: 'ineligible',
    reason: ['dvip.full-final-risk-assessment.man-who-used-abuse', 'not-met'],
  },
  {
    name: 'programme not recommended by a full risk assessment',
    service: 'dvip.full-final-risk-assessment',
    patch: ans({ 'dvip.programme-recommended-by-full-risk-assessment': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.full-final-risk-assessment.recommended-by-full-risk-assessment', 'not-met'],
    alternatives: ['dvip.full-risk-assessment'],
  },
  {
    name: 'programme not completed',
    service: 'dvip.full-final-risk-assessment',
    patch: ans({ 'dvip.perpetrator-programme-completed': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.full-final-risk-assessment.programme-completed', 'not-met'],
  },

  // Women's Programme
  {
    name: 'no woman victim named',
    service: 'dvip.womens-programme',
    patch: { people: [father, child7] },
    verdict: 'ineligible',
    reason: ['dvip.womens-programme.woman-victim', 'not-met'],
  },
  {
    name: 'neither losing residence nor needs identified',
    service: 'dvip.womens-programme',
    patch: ans({ 'dvip.womens-programme-basis': [] }),
    verdict: 'ineligible',
    reason: ['dvip.womens-programme.who-for', 'not-met'],
    alternatives: ['dvip.needs-assessment'],
  },
  {
    name: 'facing losing residence is enough',
    service: 'dvip.womens-programme',
    patch: ans({ 'dvip.womens-programme-basis': ['losing-residence'] }),
    verdict: 'eligible',
    reason: ['dvip.womens-programme.who-for', 'met'],
  },
  {
    name: 'not assessed suitable by DVIP',
    service: 'dvip.womens-programme',
    patch: ans({ 'dvip.woman-assessed-suitable': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.womens-programme.assessed-suitable', 'not-met'],
    alternatives: ['dvip.needs-assessment', 'dvip.vulnerability-assessment'],
  },
  {
    name: 'will not sign the contract',
    service: 'dvip.womens-programme',
    patch: ans({ 'dvip.woman-signs-contract': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.womens-programme.contract', 'not-met'],
  },
  {
    name: 'a same-sex relationship',
    service: 'dvip.womens-programme',
    patch: ans({ 'dvip.same-sex-relationship': 'yes' }),
    verdict: 'ineligible',
    reason: ['dvip.programmes.not-same-sex', 'not-met'],
    alternatives: ['dvip.same-sex-relationships'],
  },

  // Child therapy: ages 3–18, parallel work, agreement, parents with DVIP
  {
    name: 'a child of 2',
    service: 'dvip.child-therapy',
    patch: { people: [mother, child('2024-06-01')] },
    verdict: 'ineligible',
    reason: ['dvip.child-therapy.age', 'not-met'],
  },
  {
    name: 'a young person of 19',
    service: 'dvip.child-therapy',
    patch: { people: [mother, child('2007-01-01')] },
    verdict: 'ineligible',
    reason: ['dvip.child-therapy.age', 'not-met'],
  },
  {
    name: 'a child of 18 is still seen',
    service: 'dvip.child-therapy',
    patch: { people: [mother, child('2008-01-01')] },
    verdict: 'eligible',
    reason: ['dvip.child-therapy.age', 'met'],
  },
  {
    name: 'no parent commits to parallel work',
    service: 'dvip.child-therapy',
    patch: ans({ 'dvip.parent-commits-parallel-work': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.child-therapy.parallel-work', 'not-met'],
  },
  {
    name: 'family not agreeable to the referral',
    service: 'dvip.child-therapy',
    patch: { consent: { given: false, reason: 'Declined', lawfulBasis: 'safeguarding' } },
    verdict: 'ineligible',
    reason: ['dvip.child-therapy.family-agrees', 'not-met'],
  },
  {
    name: 'no parent with DVIP',
    service: 'dvip.child-therapy',
    patch: ans({ 'dvip.parent-with-dvip': 'no' }),
    verdict: 'review',
    reason: ['dvip.child-therapy.parent-with-dvip', 'review'],
  },
  {
    name: 'a parent referred to DVIP in the same package counts',
    service: 'dvip.child-therapy',
    patch: {
      answers: { 'dvip.parent-with-dvip': 'no' },
      services: [{ serviceId: 'dvip.womens-programme', personIds: ['p1'] }],
    },
    verdict: 'eligible',
    reason: ['dvip.child-therapy.parent-with-dvip', 'met'],
  },

  // Perpetrator programme
  {
    name: 'a woman who used abuse',
    service: 'dvip.perpetrator-programme',
    patch: { people: [womanWhoUsedAbuse, child7] },
    verdict: 'ineligible',
    reason: ['dvip.perpetrator-programme.man-who-used-abuse', 'not-met'],
    alternatives: ['dvip.female-perpetrators'],
  },
  {
    name: 'not assessed suitable',
    service: 'dvip.perpetrator-programme',
    patch: ans({ 'dvip.man-assessed-suitable': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.perpetrator-programme.assessed-suitable', 'not-met'],
    alternatives: ['dvip.standard-risk-id', 'dvip.full-risk-assessment'],
  },
  {
    name: 'will not sign the contract',
    service: 'dvip.perpetrator-programme',
    patch: ans({ 'dvip.man-signs-contract': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.perpetrator-programme.contract', 'not-met'],
  },
  {
    name: 'a same-sex relationship',
    service: 'dvip.perpetrator-programme',
    patch: ans({ 'dvip.same-sex-relationship': 'yes' }),
    verdict: 'ineligible',
    reason: ['dvip.programmes.not-same-sex', 'not-met'],
    alternatives: ['dvip.same-sex-relationships'],
  },

  // One-to-one sessions
  {
    name: 'no man who used abuse',
    service: 'dvip.perpetrator-one-to-one',
    patch: { people: [mother, child7] },
    verdict: 'ineligible',
    reason: ['dvip.perpetrator-one-to-one.man-who-used-abuse', 'not-met'],
  },
  {
    name: 'no reason for individual work',
    service: 'dvip.perpetrator-one-to-one',
    patch: ans({ 'dvip.one-to-one-reason': [] }),
    verdict: 'ineligible',
    reason: ['dvip.perpetrator-one-to-one.reason', 'not-met'],
    alternatives: ['dvip.perpetrator-programme'],
  },
  {
    name: 'only unknown reasons given',
    service: 'dvip.perpetrator-one-to-one',
    patch: ans({ 'dvip.one-to-one-reason': ['prefers-individual'] }),
    verdict: 'ineligible',
    reason: ['dvip.perpetrator-one-to-one.reason', 'not-met'],
  },
  {
    name: 'not attending the groups, for crisis support',
    service: 'dvip.perpetrator-one-to-one',
    patch: ans({ 'dvip.attending-perpetrator-groups': 'no' }),
    verdict: 'review',
    reason: ['dvip.perpetrator-one-to-one.attending-groups', 'review'],
  },
  {
    name: 'not attending the groups because his English is limited',
    service: 'dvip.perpetrator-one-to-one',
    patch: ans({ 'dvip.attending-perpetrator-groups': 'no', 'dvip.one-to-one-reason': ['interpreter'] }),
    verdict: 'eligible',
    reason: ['dvip.perpetrator-one-to-one.attending-groups', 'met'],
  },

  // Al-Aman
  {
    name: 'not from an Arabic-speaking community',
    service: 'dvip.al-aman',
    patch: ans({ 'dvip.arabic-speaking-community': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.al-aman.arabic-speaking', 'not-met'],
  },
  {
    name: 'elsewhere in London (Camden): review, if the client can attend the Hammersmith office',
    service: 'dvip.al-aman',
    patch: family('E09000007'),
    verdict: 'review',
    reason: ['dvip.al-aman.area', 'review'],
  },
  {
    name: 'outside London (Gateshead)',
    service: 'dvip.al-aman',
    patch: family('E08000037'),
    verdict: 'ineligible',
    reason: ['dvip.al-aman.area', 'not-met'],
  },
  {
    name: 'in the outreach area (Westminster)',
    service: 'dvip.al-aman',
    patch: family('E09000033'),
    verdict: 'eligible',
    reason: ['dvip.al-aman.area', 'met'],
  },
  {
    name: 'no adult affected by domestic violence',
    service: 'dvip.al-aman',
    patch: { people: [uninvolvedAdult, child7] },
    verdict: 'ineligible',
    reason: ['dvip.al-aman.affected-adult', 'not-met'],
  },

  // Supervised contact (and assessed supervised contact, which shares the rules)
  {
    name: 'no harm during contact determined',
    service: 'dvip.supervised-contact',
    patch: ans({ 'dvip.contact-harm-determined': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.contact.harm-during-contact', 'not-met'],
  },
  {
    name: 'no non-resident parent named',
    service: 'dvip.supervised-contact',
    patch: { people: [mother, child7] },
    verdict: 'ineligible',
    reason: ['dvip.contact.non-resident-adult', 'not-met'],
  },
  {
    name: 'no harm during contact determined',
    service: 'dvip.assessed-supervised-contact',
    patch: ans({ 'dvip.contact-harm-determined': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.contact.harm-during-contact', 'not-met'],
  },

  // YUVA: 11–18, violence or abuse in relationships or against family
  {
    name: 'a child of 10',
    service: 'dvip.yuva',
    patch: { people: [mother, child('2016-01-01')] },
    verdict: 'ineligible',
    reason: ['dvip.yuva.age', 'not-met'],
  },
  {
    name: 'a young person of 19',
    service: 'dvip.yuva',
    patch: { people: [mother, child('2007-01-01')] },
    verdict: 'ineligible',
    reason: ['dvip.yuva.age', 'not-met'],
  },
  {
    name: 'no violence or abuse recorded',
    service: 'dvip.yuva',
    patch: { people: [mother, father, child('2011-02-01', { behaviours: ['internalising'] })] },
    verdict: 'review',
    reason: ['dvip.yuva.violence-or-abuse', 'review'],
  },
  {
    name: 'abuse in their own relationships',
    service: 'dvip.yuva',
    patch: { people: [mother, father, child('2011-02-01', { behaviours: ['abuse-in-intimate-relationships'] })] },
    verdict: 'eligible',
    reason: ['dvip.yuva.violence-or-abuse', 'met'],
  },

  // Individual work
  {
    name: 'a man who used abuse',
    service: 'dvip.female-perpetrators',
    patch: { people: [father, child7] },
    verdict: 'ineligible',
    reason: ['dvip.female-perpetrators.woman-who-used-abuse', 'not-met'],
    alternatives: ['dvip.perpetrator-programme'],
  },
  {
    name: 'a female victim',
    service: 'dvip.male-victims',
    patch: { people: [mother, child7] },
    verdict: 'ineligible',
    reason: ['dvip.male-victims.man-victim', 'not-met'],
  },
  {
    name: 'not a same-sex relationship',
    service: 'dvip.same-sex-relationships',
    patch: ans({ 'dvip.same-sex-relationship': 'no' }),
    verdict: 'ineligible',
    reason: ['dvip.same-sex-relationships.same-sex', 'not-met'],
  },
  {
    name: 'no adult affected by the violence',
    service: 'dvip.same-sex-relationships',
    patch: { people: [uninvolvedAdult, child7] },
    verdict: 'ineligible',
    reason: ['dvip.same-sex-relationships.affected-adult', 'not-met'],
  },
];

describe('DVIP: each criterion', () => {
  it.each(CASES.map((c) => [`${c.service}: ${c.name}`, c] as const))('%s', (_label, c) => {
    const r = check(c.service, familyFor(c.service, c.patch));
    expect(r.verdict).toBe(c.verdict);
    expect(r.reasons.map((x) => [x.code, x.status])).toContainEqual(c.reason);
    if (c.alternatives) expect(r.alternatives).toEqual(expect.arrayContaining(c.alternatives));
  });

  it('fails or reviews every criterion of every service at least once', () => {
    const tested = new Set(CASES.filter((c) => c.reason[1] !== 'met').map((c) => `${c.service}|${c.reason[0]}`));
    const reviewedAlways = new Set(Object.entries(ALWAYS_REVIEW).map(([s, code]) => `${s}|${code}`));
    const ruleSets = new Map((dvip.ruleSets ?? []).map((r) => [r.id, r.criteria]));
    const untested: string[] = [];
    for (const s of dvip.services) {
      // Area criteria have their own table, for every provider: tests/catalogues/areas.test.ts.
      const codes = [...s.ruleSets.flatMap((id) => ruleSets.get(id) ?? []), ...s.criteria]
        .filter((c) => c.kind !== 'area')
        .map((c) => c.id);
      for (const code of codes) {
        const key = `${s.id}|${code}`;
        const viaRuleSet =
          !s.criteria.some((c) => c.id === code) && CASES.some((c) => c.reason[0] === code && c.reason[1] !== 'met');
        if (!tested.has(key) && !reviewedAlways.has(key) && !viaRuleSet) untested.push(key);
      }
    }
    expect(untested).toEqual([]);
  });
});

// ---- Redirects the agreed service list names ------------------------------------------------------------------------

describe('DVIP: redirects', () => {
  it('Summary Risk ID points to Standard Risk ID when the perpetrator is not open, and Standard is then eligible', () => {
    const family = familyFor(
      'dvip.summary-risk-id',
      ans({ 'dvip.perpetrator-engages-openly': 'no', 'dvip.victim-account-known': 'not-known' }),
    );
    const r = checkAll(family, ['dvip.summary-risk-id', 'dvip.standard-risk-id']);
    expect(r['dvip.summary-risk-id']?.verdict).toBe('ineligible');
    expect(r['dvip.summary-risk-id']?.alternatives).toEqual(['dvip.standard-risk-id']);
    expect(r['dvip.standard-risk-id']?.verdict).toBe('eligible');
  });

  it('Needs Assessment points to Vulnerability Assessment when court is likely, and that is then eligible', () => {
    const family = familyFor('dvip.needs-assessment', ctx({ courtProceedings: 'likely' }));
    const r = checkAll(family, ['dvip.needs-assessment', 'dvip.vulnerability-assessment']);
    expect(r['dvip.needs-assessment']?.verdict).toBe('ineligible');
    expect(r['dvip.needs-assessment']?.alternatives).toEqual(['dvip.vulnerability-assessment']);
    expect(r['dvip.vulnerability-assessment']?.verdict).toBe('eligible');
  });

  it('a case in care proceedings is for the full risk assessment, not a Risk ID report', () => {
    const family = familyFor('dvip.full-risk-assessment');
    const r = checkAll(family, ['dvip.standard-risk-id', 'dvip.full-risk-assessment']);
    expect(r['dvip.standard-risk-id']?.verdict).toBe('ineligible');
    expect(r['dvip.full-risk-assessment']?.verdict).toBe('eligible');
  });
});

// ---- Partial and bad input ----------------------------------------------------------------------------------------

describe('DVIP: partial and bad input', () => {
  it('asks for the service questions that are not yet answered', () => {
    const r = check('dvip.summary-risk-id', { ...familyFor('dvip.summary-risk-id'), answers: {} });
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact).sort()).toEqual([
      'answers.dvip.dv-contributing-factor',
      'answers.dvip.dv-history-understood',
      'answers.dvip.perpetrator-engages-openly',
      'answers.dvip.victim-account-known',
    ]);
  });

  it('asks whether a child protection plan is considered when the status alone does not decide', () => {
    const family = familyFor('dvip.standard-risk-id');
    const context: Json = { ...(family.context as Json), statutoryStatus: ['child-in-need'] };
    delete context.childProtectionPlanConsidered;
    const r = check('dvip.standard-risk-id', { ...family, context });
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact)).toEqual(['context.childProtectionPlanConsidered']);
  });

  it('treats answers of the wrong type as unanswered', () => {
    const r = check(
      'dvip.al-aman',
      familyFor('dvip.al-aman', { ...ans({ 'dvip.arabic-speaking-community': 42 }), family: { councilCode: 'Mars' } }),
    );
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact).sort()).toEqual([
      'answers.dvip.arabic-speaking-community',
      'family.councilCode',
    ]);
  });

  it('asks for a child when child therapy names none', () => {
    const r = check('dvip.child-therapy', familyFor('dvip.child-therapy', { people: [mother] }));
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact)).toContain('people.child');
  });

  it.each([null, 42, 'referral', [], { people: 'nobody', answers: [] }])(
    'never throws on malformed input (%p)',
    (input) => {
      const { results } = evaluate(input, catalogue, { now: NOW });
      expect(results.map((r) => r.serviceId).sort()).toEqual([...DVIP_IDS].sort());
      for (const r of results) expect(['incomplete', 'review', 'ineligible']).toContain(r.verdict);
    },
  );
});
