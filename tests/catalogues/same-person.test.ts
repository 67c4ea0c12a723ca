// Table tests from the services' own words for rules that hold for ONE person, for statutory statuses that hold at
// once, and for the GFPO prerequisite read from the one list of previous support.
import { evaluate, mergeCatalogue } from '../../src/domain';
import type { ReasonStatus, ServiceResult, Verdict } from '../../src/domain';
import { providerFile } from './provider-files';
import { NOW, baseReferral, referral } from '../domain/fixtures/referrals';

type Json = Record<string, unknown>;

const catalogue = mergeCatalogue('test', [
  providerFile('lbbd-domestic-abuse'),
  providerFile('lewisham-family-hub'),
  providerFile('dvip'),
  providerFile('notts-gfpo'),
]);

const resultFor = (input: unknown, serviceId: string): ServiceResult => {
  const r = evaluate(input, catalogue, { now: NOW, serviceIds: [serviceId] }).results[0];
  if (!r) throw new Error(`no result for ${serviceId}`);
  return r;
};
const reasonOf = (r: ServiceResult, code: string) => r.reasons.find((x) => x.code === code);

/** The shared fixture's mother: a parent who survived domestic abuse. */
const MOTHER = (baseReferral().people as Json[])[0]!;
// Ages on NOW (2026-11-23).
const BORN = { 3: '2023-06-01', 9: '2017-06-01', 10: '2016-06-01', 12: '2014-06-01', 15: '2011-06-01' } as const;
const child = (id: string, name: string, age: keyof typeof BORN, extra: Json = {}): Json => ({
  id,
  kind: 'child',
  name,
  dateOfBirth: BORN[age],
  livesInBorough: 'yes',
  schoolInBorough: 'yes',
  livesWithOrRegularContact: 'yes',
  affectedByDomesticAbuse: 'yes',
  behaviours: [],
  ...extra,
});
const OUT_OF_BOROUGH = { livesInBorough: 'no', schoolInBorough: 'no' };

const BARKING_AND_DAGENHAM = 'E09000002';
const inBarking = (...children: Json[]) =>
  referral({ family: { councilCode: BARKING_AND_DAGENHAM }, people: [MOTHER, ...children] });

type Row = { name: string; serviceId: string; input: Json; verdict: Verdict; code: string; status: ReasonStatus };

// Phoenix: "Any child or young person aged 5-17 who has been impacted by domestic abuse … C/YP must be for a resident
// of the London Borough … or attending a school in the borough." RESET: "a programme for 11-18 year olds displaying
// concerning behaviours".
const LBBD_ROWS: Row[] = [
  {
    name: 'Phoenix: an out-of-borough 10-year-old and an in-borough 3-year-old',
    serviceId: 'lbbd.phoenix',
    input: inBarking(child('c1', 'Sam', 10, OUT_OF_BOROUGH), child('c2', 'Ava', 3)),
    verdict: 'ineligible',
    code: 'lbbd.phoenix.area',
    status: 'not-met',
  },
  {
    name: 'Phoenix: an in-borough 10-year-old and an out-of-borough 3-year-old',
    serviceId: 'lbbd.phoenix',
    input: inBarking(child('c1', 'Sam', 10), child('c2', 'Ava', 3, OUT_OF_BOROUGH)),
    verdict: 'eligible',
    code: 'lbbd.phoenix.age',
    status: 'met',
  },
  {
    name: 'Phoenix: a 10-year-old who lives outside the borough but goes to school in it',
    serviceId: 'lbbd.phoenix',
    input: inBarking(child('c1', 'Sam', 10, { livesInBorough: 'no', schoolInBorough: 'yes' })),
    verdict: 'eligible',
    code: 'lbbd.phoenix.age',
    status: 'met',
  },
  {
    name: 'Phoenix: the in-borough 9-year-old was not impacted; the impacted 10-year-old is out of borough',
    serviceId: 'lbbd.phoenix',
    input: inBarking(child('c1', 'Sam', 10, OUT_OF_BOROUGH), child('c2', 'Ben', 9, { affectedByDomesticAbuse: 'no' })),
    verdict: 'ineligible',
    code: 'lbbd.phoenix.area',
    status: 'not-met',
  },
  {
    name: 'RESET: a 15-year-old with no concerning behaviour and his 9-year-old brother who hits their mother',
    serviceId: 'lbbd.reset',
    input: inBarking(child('c1', 'Sam', 15), child('c2', 'Ben', 9, { behaviours: ['violence-towards-parents'] })),
    verdict: 'ineligible',
    code: 'lbbd.reset.age',
    status: 'not-met',
  },
  {
    name: 'RESET: the 15-year-old hits their mother himself',
    serviceId: 'lbbd.reset',
    input: inBarking(child('c1', 'Sam', 15, { behaviours: ['violence-towards-parents'] }), child('c2', 'Ben', 9)),
    verdict: 'eligible',
    code: 'lbbd.reset.concerning-behaviours',
    status: 'met',
  },
  {
    name: "RESET: the 15-year-old's behaviours are not recorded yet, so he could still qualify",
    serviceId: 'lbbd.reset',
    input: inBarking(
      child('c1', 'Sam', 15, { behaviours: undefined }),
      child('c2', 'Ben', 9, { behaviours: ['violence-towards-parents'] }),
    ),
    verdict: 'incomplete',
    code: 'lbbd.reset.concerning-behaviours',
    status: 'missing',
  },
];

describe('one child meets every rule together (Barking and Dagenham: Phoenix and RESET)', () => {
  test.each(LBBD_ROWS)('$name → $verdict', ({ serviceId, input, verdict, code, status }) => {
    const r = resultFor(input, serviceId);
    expect(r.verdict).toBe(verdict);
    expect(reasonOf(r, code)?.status).toBe(status);
  });

  test('the Phoenix words say where the other child lives', () => {
    const r = resultFor(LBBD_ROWS[0]!.input, 'lbbd.phoenix');
    expect(r.reasons.find((x) => x.status === 'not-met')?.message).toMatch(/Ava \(3\) does not meet: .*5 to 17/);
  });

  test('the reasons name the child who meets them all', () => {
    const r = resultFor(inBarking(child('c1', 'Sam', 10), child('c2', 'Ava', 3, OUT_OF_BOROUGH)), 'lbbd.phoenix');
    expect(r.reasons.filter((x) => x.status === 'met').every((x) => x.message.startsWith('Sam (10)'))).toBe(true);
  });

  test('when no child fits, the words say what each child lacks', () => {
    const r = resultFor(LBBD_ROWS[4]!.input, 'lbbd.reset');
    const deciding = r.reasons.find((x) => x.status === 'not-met');
    // Ben is as near as Sam (one rule each), so his findings lead, and Sam's lack follows.
    expect(deciding?.message).toMatch(/^Ben \(9\): For young people aged 11 to 18/);
    expect(deciding?.message).toMatch(/No one child here meets all of these together/);
    expect(deciding?.message).toMatch(/Sam \(15\) does not meet: For young people displaying concerning behaviours/);
  });

  test('only the child who could still qualify is asked about', () => {
    const r = resultFor(LBBD_ROWS[6]!.input, 'lbbd.reset');
    expect(r.missing).toEqual([expect.objectContaining({ fact: 'child.behaviours', personId: 'c1' })]);
  });

  test('a service picked for one child judges that child alone', () => {
    const input = {
      ...inBarking(child('c1', 'Sam', 15), child('c2', 'Ben', 12, { behaviours: ['externalising'] })),
      services: [{ serviceId: 'lbbd.reset', personIds: ['c1'] }],
    };
    expect(resultFor(input, 'lbbd.reset').verdict).toBe('ineligible');
  });
});

// NVR: "Typically suited for parents/caregivers of children aged 8 to 18. However, specific cases with younger
// children may be considered based on need."
describe('NVR (Lewisham): one child aged 8 to 18 in the family', () => {
  const nvrAge = (...children: Json[]) =>
    reasonOf(resultFor(referral({ people: [MOTHER, ...children] }), 'lewisham.nvr'), 'lewisham.nvr.age');

  test.each([
    {
      name: 'a 3-year-old and a 12-year-old: the 12-year-old',
      children: [child('c1', 'Ava', 3), child('c2', 'Sam', 12)],
      status: 'met',
      says: /^Sam \(12\)/,
    },
    {
      name: 'a 3-year-old alone: younger children may be considered',
      children: [child('c1', 'Ava', 3)],
      status: 'review',
      says: /younger children may be considered/,
    },
    {
      name: 'a date of birth not known, about 9: read from the approximate age',
      children: [{ ...child('c1', 'Sam', 9), dateOfBirth: undefined, dateOfBirthNotKnown: true, approximateAge: 9 }],
      status: 'met',
      says: /^Sam \(about 9\)/,
    },
    {
      name: 'a date of birth not known and no age given: a judgement',
      children: [{ ...child('c1', 'Sam', 9), dateOfBirth: undefined, dateOfBirthNotKnown: true }],
      status: 'review',
      says: /Age not known/,
    },
  ])('$name', ({ children, status, says }) => {
    const reason = nvrAge(...children);
    expect(reason?.status).toBe(status);
    expect(reason?.message).toMatch(says);
  });
});

// DVIP Risk ID reports: "already on the Child Protection Register or where registration is under consideration" and
// "only suitable where cases are not in Care Proceedings".
describe('statutory status holds several values at once (DVIP Risk ID)', () => {
  const withStatus = (statutoryStatus: string[]) =>
    referral({
      people: [MOTHER, { ...MOTHER, id: 'p2', name: 'Chris', gender: 'male', abuseRole: 'person-causing-harm' }],
      context: { statutoryStatus, childProtectionPlanConsidered: 'no', courtProceedings: 'none' },
    });

  test.each([
    { statuses: ['child-protection-plan'], cp: 'met', notInCare: 'met' },
    { statuses: ['child-protection-plan', 'care-proceedings'], cp: 'met', notInCare: 'not-met' },
    { statuses: ['child-in-need'], cp: 'not-met', notInCare: 'met' },
    { statuses: ['not-known'], cp: 'review', notInCare: 'review' },
  ])('$statuses', ({ statuses, cp, notInCare }) => {
    const r = resultFor(withStatus(statuses), 'dvip.standard-risk-id');
    expect(reasonOf(r, 'dvip.risk-id.child-protection')?.status).toBe(cp);
    expect(reasonOf(r, 'dvip.risk-id.not-in-care-proceedings')?.status).toBe(notInCare);
  });

  test('a CP plan and care proceedings: not a Risk ID report but a Full Risk Assessment', () => {
    const input = withStatus(['child-protection-plan', 'care-proceedings']);
    const r = resultFor(input, 'dvip.standard-risk-id');
    expect(r.verdict).toBe('ineligible');
    expect(r.alternatives).toContain('dvip.full-risk-assessment');
    expect(reasonOf(resultFor(input, 'dvip.full-risk-assessment'), 'dvip.full-risk.in-proceedings')?.status).toBe(
      'met',
    );
  });
});

// GFPO Appendix 1: "Except for families with a CP plan, parents must access webinars, drop-in clinics and/or a
// relevant workshop first."
describe('the GFPO prerequisite reads the one list of previous support', () => {
  const CODE = 'notts.prerequisite-unless-cp.attended-first';
  const nvrGroup = (patch: Json) =>
    reasonOf(resultFor(referral({ family: { councilCode: 'E07000173' }, ...patch }), 'notts.nvr-group'), CODE);
  const previous = (...entries: Json[]) => ({ support: { previous: entries } });

  test.each([
    {
      name: 'a conflict workshop recorded once, by service',
      patch: previous({ service: 'Conflict workshop', serviceId: 'notts.conflict-workshop' }),
      status: 'met',
    },
    {
      name: 'the webinars',
      patch: previous({ service: 'GFPO webinars', serviceId: 'notts.online-resources' }),
      status: 'met',
    },
    {
      name: 'a parenting group is not a workshop',
      patch: previous({ service: 'Solihull', serviceId: 'notts.solihull' }),
      status: 'not-met',
    },
    {
      name: 'free text names no service',
      patch: previous({ service: 'A workshop at the children’s centre' }),
      status: 'not-met',
    },
    { name: 'nothing before', patch: previous(), status: 'not-met' },
    {
      name: 'a CP plan among other statuses waives it',
      patch: { ...previous(), context: { statutoryStatus: ['child-protection-plan', 'plo'] } },
      status: 'met',
    },
    {
      name: 'a drop-in clinic planned in this referral',
      patch: {
        ...previous(),
        services: [
          { serviceId: 'notts.nvr-group', personIds: [] },
          { serviceId: 'notts.drop-in-clinic', personIds: [] },
        ],
      },
      status: 'met',
    },
    {
      name: 'a version 1 answer "a relevant workshop" still counts',
      patch: { answers: { 'notts.prior-support': ['workshop'] } },
      status: 'met',
    },
    {
      name: 'a version 1 answer "none of these"',
      patch: { answers: { 'notts.prior-support': ['none'] } },
      status: 'not-met',
    },
  ])('$name → $status', ({ patch, status }) => {
    expect(nvrGroup(patch)?.status).toBe(status);
  });

  test('not yet recorded: asks for previous support', () => {
    const r = resultFor(referral({ family: { councilCode: 'E07000173' } }), 'notts.nvr-group');
    expect(reasonOf(r, CODE)?.status).toBe('missing');
    expect(r.missing.map((m) => m.fact)).toContain('support.previousServices');
  });
});
