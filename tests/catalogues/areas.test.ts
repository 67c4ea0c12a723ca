// Areas, from the seeds' words: every provider serves the councils it names, a county covers its districts, and a
// service may widen its area (Phoenix: a child at school in the borough) or refer elsewhere to review (Al-Aman).
import { evaluate, isOutOfArea, mergeCatalogue, validateCatalogue } from '../../src/domain';
import type { Catalogue, ServiceResult } from '../../src/domain';
import { providerFile } from './provider-files';
import { NOW, referral } from '../domain/fixtures/referrals';

type Json = Record<string, unknown>;

const PROVIDERS = ['lewisham-family-hub', 'lbbd-domestic-abuse', 'notts-gfpo', 'northumbria-cada', 'dvip'] as const;
const files = Object.fromEntries(PROVIDERS.map((p) => [p, providerFile(p)]));
const catalogue: Catalogue = mergeCatalogue('test', Object.values(files));

const COUNCIL = {
  lewisham: 'E09000023',
  barkingAndDagenham: 'E09000002',
  camden: 'E09000007',
  westminster: 'E09000033',
  nottinghamshire: 'E10000024',
  gedling: 'E07000173',
  nottingham: 'E06000018',
  gateshead: 'E08000037',
  sunderland: 'E08000024',
} as const;

/** A council each provider serves, and one it does not: the seeds' words. */
const IN_AND_OUT: Record<(typeof PROVIDERS)[number], { in: string; inName: string; out: string; outName: string }> = {
  'lewisham-family-hub': { in: COUNCIL.lewisham, inName: 'Lewisham', out: COUNCIL.camden, outName: 'Camden' },
  'lbbd-domestic-abuse': {
    in: COUNCIL.barkingAndDagenham,
    inName: 'Barking and Dagenham',
    out: COUNCIL.lewisham,
    outName: 'Lewisham',
  },
  'notts-gfpo': { in: COUNCIL.gedling, inName: 'Gedling', out: COUNCIL.lewisham, outName: 'Lewisham' },
  'northumbria-cada': { in: COUNCIL.sunderland, inName: 'Sunderland', out: COUNCIL.lewisham, outName: 'Lewisham' },
  dvip: { in: COUNCIL.camden, inName: 'Camden', out: COUNCIL.gateshead, outName: 'Gateshead' },
};

const child: Json = { id: 'c1', kind: 'child', name: 'Amira Khan', dateOfBirth: '2016-05-01' };
const familyIn = (councilCode: string | undefined, people?: Json[]): Json => {
  const r = referral(people ? { people } : {});
  return { ...r, family: { ...(r.family as Json), councilCode } };
};

const areaReason = (r: ServiceResult) => r.reasons.find((x) => x.code === `${r.serviceId}.area`);
const resultsFor = (input: Json, providerId: string): readonly ServiceResult[] =>
  evaluate(input, catalogue, { now: NOW, serviceIds: files[providerId]!.services.map((s) => s.id) }).results;
const serviceOf = (id: string) => catalogue.services.find((s) => s.id === id)!;

test('the merged catalogue is valid, and every service of every provider has exactly one area criterion', () => {
  const v = validateCatalogue(catalogue);
  expect(v.ok ? [] : v.issues).toEqual([]);
  for (const s of catalogue.services) {
    expect({ id: s.id, areas: s.criteria.filter((c) => c.kind === 'area').map((c) => c.id) }).toEqual({
      id: s.id,
      areas: [`${s.id}.area`],
    });
  }
});

describe.each(PROVIDERS)('%s', (providerId) => {
  const { in: inside, inName, out, outName } = IN_AND_OUT[providerId];

  test(`a family in ${inName}: the area is met for every service (Al-Aman: review outside its three boroughs)`, () => {
    for (const r of resultsFor(familyIn(inside), providerId)) {
      const expected = r.serviceId === 'dvip.al-aman' ? 'review' : 'met';
      expect({ service: r.serviceId, status: areaReason(r)?.status }).toEqual({
        service: r.serviceId,
        status: expected,
      });
      expect(isOutOfArea(serviceOf(r.serviceId), r)).toBe(false);
    }
  });

  test(`a family in ${outName}: not eligible for any service, in words naming both councils`, () => {
    for (const r of resultsFor(familyIn(out), providerId)) {
      expect({ service: r.serviceId, verdict: r.verdict }).toEqual({ service: r.serviceId, verdict: 'ineligible' });
      const reason = areaReason(r)!;
      expect(reason.status).toBe('not-met');
      expect(reason.message).toContain(outName);
      if (r.serviceId !== 'dvip.al-aman') expect(reason.message).toContain(areaNameOf(providerId));
      expect(isOutOfArea(serviceOf(r.serviceId), r)).toBe(true);
    }
  });

  test('no council chosen: every service asks which council area the family lives in', () => {
    for (const r of resultsFor(familyIn(undefined, [child]), providerId)) {
      const reason = areaReason(r)!;
      expect(reason.status).toBe('missing');
      expect(r.missing.map((m) => m.label)).toContain('Which council area does the family live in?');
    }
  });
});

function areaNameOf(providerId: string): string {
  return {
    'lewisham-family-hub': 'Lewisham',
    'lbbd-domestic-abuse': 'Barking and Dagenham',
    'notts-gfpo': 'Nottinghamshire',
    'northumbria-cada': 'Gateshead',
    dvip: 'London',
  }[providerId]!;
}

describe('the words', () => {
  test('a Lewisham family for a Barking and Dagenham service', () => {
    const [r] = evaluate(familyIn(COUNCIL.lewisham), catalogue, { now: NOW, serviceIds: ['lbbd.refuge'] }).results;
    expect(areaReason(r!)?.message).toBe(
      'The family lives in Lewisham; this service is for families in Barking and Dagenham.',
    );
  });

  test('a family in the area: "Lives in Lewisham"', () => {
    const [r] = evaluate(familyIn(COUNCIL.lewisham), catalogue, { now: NOW, serviceIds: ['lewisham.nvr'] }).results;
    expect(areaReason(r!)?.message).toBe('Lives in Lewisham');
  });

  test('a family in a council the table does not list, recorded by name', () => {
    const input = { ...familyIn(undefined), family: { councilName: 'Leeds' } };
    const [r] = evaluate(input, catalogue, { now: NOW, serviceIds: ['lewisham.nvr'] }).results;
    expect(r!.verdict).toBe('ineligible');
    expect(areaReason(r!)?.message).toBe('The family lives in Leeds; this service is for families in Lewisham.');
  });

  test('an ONS code the table does not list is outside every area, never an error', () => {
    const [r] = evaluate(familyIn('E08000035'), catalogue, { now: NOW, serviceIds: ['notts.solihull'] }).results;
    expect(areaReason(r!)?.status).toBe('not-met');
    expect(areaReason(r!)?.message).toContain('this service is for families in Nottinghamshire');
  });
});

describe('Nottinghamshire: the county council area', () => {
  const notts = (code: string) =>
    evaluate(familyIn(code), catalogue, { now: NOW, serviceIds: ['notts.online-resources'] }).results[0]!;

  test.each([
    ['Ashfield', 'E07000170'],
    ['Bassetlaw', 'E07000171'],
    ['Broxtowe', 'E07000172'],
    ['Gedling', 'E07000173'],
    ['Mansfield', 'E07000174'],
    ['Newark and Sherwood', 'E07000175'],
    ['Rushcliffe', 'E07000176'],
    ['Nottinghamshire', 'E10000024'],
  ])('a family in %s is in the county area', (name, code) => {
    expect(areaReason(notts(code))).toMatchObject({ status: 'met', message: `Lives in ${name}` });
  });

  test('a family in Nottingham (a unitary council, not the county council) is out', () => {
    const r = notts(COUNCIL.nottingham);
    expect(r.verdict).toBe('ineligible');
    expect(areaReason(r)?.message).toBe(
      'The family lives in Nottingham; this service is for families in Nottinghamshire.',
    );
  });
});

describe('Northumbria: six councils', () => {
  test.each(['E06000057', 'E08000021', 'E08000022', 'E08000023', 'E08000037', 'E08000024'])('%s is in', (code) => {
    const [r] = evaluate(familyIn(code), catalogue, { now: NOW, serviceIds: ['northumbria.cyp-therapeutic'] }).results;
    expect(areaReason(r!)?.status).toBe('met');
  });
});

describe('DVIP: across London; Al-Aman in three boroughs, review elsewhere in London', () => {
  const alAman = (code: string) =>
    evaluate(familyIn(code), catalogue, { now: NOW, serviceIds: ['dvip.al-aman'] }).results[0]!;

  test.each([
    ['Hammersmith and Fulham', 'E09000013'],
    ['Kensington and Chelsea', 'E09000020'],
    ['Westminster', 'E09000033'],
  ])('Al-Aman: a family in %s is in its outreach area', (name, code) => {
    expect(areaReason(alAman(code))).toMatchObject({ status: 'met', message: `Lives in ${name}` });
  });

  test('Al-Aman: a family in Camden goes to review, saying they must be able to attend the Hammersmith office', () => {
    const reason = areaReason(alAman(COUNCIL.camden))!;
    expect(reason.status).toBe('review');
    expect(reason.message).toContain('The family lives in Camden');
    expect(reason.message).toContain('able to attend the Hammersmith office');
    expect(isOutOfArea(serviceOf('dvip.al-aman'), alAman(COUNCIL.camden))).toBe(false);
  });

  test('Al-Aman: a family outside London is not eligible', () => {
    const r = alAman(COUNCIL.gateshead);
    expect(r.verdict).toBe('ineligible');
    expect(areaReason(r)?.message).toMatch(
      /^The family lives in Gateshead; this service is for families in Hammersmith/,
    );
  });

  test('every other DVIP service takes a family anywhere in London: all 33 councils', () => {
    for (let n = 1; n <= 33; n += 1) {
      const code = `E090000${String(n).padStart(2, '0')}`;
      const [r] = evaluate(familyIn(code), catalogue, { now: NOW, serviceIds: ['dvip.womens-programme'] }).results;
      expect({ code, status: areaReason(r!)?.status }).toEqual({ code, status: 'met' });
    }
  });
});

describe('Phoenix: a child who lives in Barking and Dagenham, or goes to school there', () => {
  const phoenix = (family: string | undefined, kid: Json) =>
    evaluate(familyIn(family, [kid]), catalogue, { now: NOW, serviceIds: ['lbbd.phoenix'] }).results[0]!;
  const amira = (more: Json = {}) => ({ ...child, ...more });

  test('lives with the family in the borough: met, naming the child', () => {
    const reason = areaReason(phoenix(COUNCIL.barkingAndDagenham, amira()))!;
    expect(reason.status).toBe('met');
    expect(reason.message).toMatch(/^Amira Khan \(10\) lives in Barking and Dagenham/);
  });

  test('the family lives in Lewisham but the school is in Barking and Dagenham: met', () => {
    const reason = areaReason(phoenix(COUNCIL.lewisham, amira({ schoolCouncilCode: COUNCIL.barkingAndDagenham })))!;
    expect(reason.status).toBe('met');
    expect(reason.message).toContain('goes to school or nursery in Barking and Dagenham');
  });

  test('the family in the borough, the child living elsewhere but at school in the borough: met', () => {
    const r = phoenix(COUNCIL.barkingAndDagenham, amira({ livesInBorough: 'no', schoolInBorough: 'yes' }));
    expect(areaReason(r)?.status).toBe('met');
  });

  test('the child lives elsewhere and the school is not yet answered: asks about the school, for that child', () => {
    const r = phoenix(COUNCIL.barkingAndDagenham, amira({ livesInBorough: 'no' }));
    expect(areaReason(r)?.status).toBe('missing');
    expect(r.missing).toContainEqual(expect.objectContaining({ fact: 'child.schoolInBorough', personId: 'c1' }));
  });

  test('a child of a Barking and Dagenham family who lives in Camden (own council) and goes to school there: out', () => {
    const r = phoenix(
      COUNCIL.barkingAndDagenham,
      amira({ councilCode: COUNCIL.camden, schoolCouncilCode: COUNCIL.camden }),
    );
    expect(r.verdict).toBe('ineligible');
    expect(areaReason(r)?.message).toContain('Amira Khan (10) lives in Camden and goes to school or nursery in Camden');
  });

  test('a Lewisham family with no school recorded: out, in words naming both councils', () => {
    const r = phoenix(COUNCIL.lewisham, amira());
    expect(r.verdict).toBe('ineligible');
    expect(areaReason(r)?.message).toContain('lives in Lewisham');
    expect(areaReason(r)?.message).toContain('Barking and Dagenham');
    expect(isOutOfArea(serviceOf('lbbd.phoenix'), r)).toBe(true);
  });

  test('where the child lives is "not known" and the school is outside: review', () => {
    const r = phoenix(COUNCIL.barkingAndDagenham, amira({ livesInBorough: 'not-known', schoolInBorough: 'no' }));
    expect(areaReason(r)?.status).toBe('review');
  });

  test('one child must be both the right age and in the area: an out-of-borough 10-year-old and an in-borough 3-year-old are not enough', () => {
    const older = amira({ livesInBorough: 'no', schoolInBorough: 'no', affectedByDomesticAbuse: 'yes' });
    const younger = { id: 'c2', kind: 'child', name: 'Bo', dateOfBirth: '2023-01-01', affectedByDomesticAbuse: 'yes' };
    const input = familyIn(COUNCIL.barkingAndDagenham, [older, younger]);
    const [r] = evaluate(input, catalogue, { now: NOW, serviceIds: ['lbbd.phoenix'] }).results;
    expect(r!.verdict).toBe('ineligible');
  });
});

describe('bad input', () => {
  test.each([null, 42, 'Lewisham', { councilCode: 42 }, { councilCode: 'Lewisham' }, { councilName: '   ' }])(
    'family %p: the area asks for the council, and nothing throws',
    (family) => {
      const input = { ...familyIn(undefined, [child]), family };
      for (const r of evaluate(input, catalogue, { now: NOW }).results) expect(areaReason(r)?.status).toBe('missing');
    },
  );
});
