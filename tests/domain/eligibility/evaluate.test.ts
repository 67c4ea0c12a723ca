import { evaluate } from '../../../src/domain';
import type { ServiceResult } from '../../../src/domain';
import { miniCatalogue } from '../fixtures/mini-catalogue';
import { NOW, referral } from '../fixtures/referrals';

const resultFor = (input: unknown, serviceId: string, now = NOW): ServiceResult => {
  const r = evaluate(input, miniCatalogue, { now, serviceIds: [serviceId] }).results[0];
  if (!r) throw new Error(`no result for ${serviceId}`);
  return r;
};
const reason = (r: ServiceResult, code: string) => r.reasons.find((x) => x.code === code);

describe('evaluate: verdicts', () => {
  const ready = referral({ answers: { 'test.commits-to-sessions': 'yes' } });

  test('eligible when every criterion, shared rule sets included, is met; each met criterion is a reason', () => {
    const r = resultFor(ready, 'test.group');
    expect(r.verdict).toBe('eligible');
    expect(r.reasons.map((x) => [x.code, x.status])).toEqual(
      expect.arrayContaining([
        ['test.general.no-substance-misuse', 'met'],
        ['test.general.social-care', 'met'],
        ['test.group.age', 'met'],
        ['test.group.commitment', 'met'],
      ]),
    );
    expect(r.missing).toEqual([]);
  });

  test('ineligible when a shared rule is not met, with the seed citation', () => {
    const r = resultFor(
      referral({ answers: { 'test.commits-to-sessions': 'yes' }, risks: { activeSubstanceMisuse: 'yes' } }),
      'test.group',
    );
    expect(r.verdict).toBe('ineligible');
    expect(r.reasons[0]).toMatchObject({
      code: 'test.general.no-substance-misuse',
      status: 'not-met',
      citation: { seed: '000_00e7cb9a8a716238.txt', section: 'Making a referral' },
    });
  });

  test('a criterion with otherwise: review gives review, not ineligible', () => {
    const r = resultFor(
      referral({ answers: { 'test.commits-to-sessions': 'yes' }, context: { openToSocialCare: 'yes' } }),
      'test.group',
    );
    expect(r.verdict).toBe('review');
    expect(reason(r, 'test.general.social-care')?.status).toBe('review');
  });

  test('incomplete names exactly the facts still needed, with their questions', () => {
    const r = resultFor(referral(), 'test.group');
    expect(r.verdict).toBe('incomplete');
    expect(r.missing).toEqual([
      { fact: 'answers.test.commits-to-sessions', label: 'Will the parent attend every classroom session?' },
    ]);
  });

  test('"not known" is not "no": it asks for review, naming what is not known', () => {
    const r = resultFor(referral({ answers: { 'test.commits-to-sessions': 'not-known' } }), 'test.group');
    expect(r.verdict).toBe('review');
    expect(reason(r, 'test.group.commitment')?.message).toMatch(
      /^Not known: Will the parent attend every classroom session\?/,
    );
  });

  test('ineligible outranks incomplete, which outranks review', () => {
    const both = referral({ risks: { activeSubstanceMisuse: 'yes' }, context: { openToSocialCare: 'yes' } });
    expect(resultFor(both, 'test.group').verdict).toBe('ineligible');
    const missingAndReview = referral({ context: { openToSocialCare: 'yes' } });
    expect(resultFor(missingAndReview, 'test.group').verdict).toBe('incomplete');
  });

  test('reasons put the deciding ones first', () => {
    const r = resultFor(
      referral({ risks: { activeSubstanceMisuse: 'yes' }, context: { openToSocialCare: 'yes' } }),
      'test.group',
    );
    expect(r.reasons.map((x) => x.status)).toEqual(['not-met', 'missing', 'review', 'met']);
  });

  test('alternatives are named when the criterion that points to them is not met', () => {
    const r = resultFor(referral({ context: { courtProceedings: 'likely' } }), 'test.summary');
    expect(r.verdict).toBe('ineligible');
    expect(r.alternatives).toEqual(['test.group']);
    expect(resultFor(referral(), 'test.summary').alternatives).toEqual([]);
  });

  test('alternatives wait until the deciding answer is in', () => {
    const r = resultFor(referral({ context: { courtProceedings: undefined } }), 'test.summary');
    expect(r.verdict).toBe('incomplete');
    expect(r.alternatives).toEqual([]);
  });
});

describe('evaluate: people', () => {
  test('age is taken at `now` in Europe/London: a birthday at midnight London time counts', () => {
    // Born 2015-11-24: aged 10 until 00:00 London on 2026-11-24, then 11 (UTC = London in November).
    const teen = referral({ people: [{ id: 'c1', kind: 'child', name: 'Kid', dateOfBirth: '2015-11-24' }] });
    const before = resultFor(teen, 'test.group', new Date('2026-11-23T23:59:59Z'));
    const after = resultFor(teen, 'test.group', new Date('2026-11-24T00:00:00Z'));
    expect(reason(before, 'test.group.age')?.status).toBe('met');
    expect(reason(after, 'test.group.age')?.status).toBe('not-met');
  });

  test('in summer, London is an hour ahead of UTC', () => {
    // 23:00 UTC on 30 June is 00:00 on 1 July in London: the eleventh birthday has begun.
    const eleven = referral({ people: [{ id: 'c1', kind: 'child', name: 'Kid', dateOfBirth: '2015-07-01' }] });
    expect(reason(resultFor(eleven, 'test.group', new Date('2026-06-30T22:59:00Z')), 'test.group.age')?.status).toBe(
      'met',
    );
    expect(reason(resultFor(eleven, 'test.group', new Date('2026-06-30T23:00:00Z')), 'test.group.age')?.status).toBe(
      'not-met',
    );
  });

  test('an age criterion is met when any child the service is for is in range', () => {
    const r = referral({
      people: [
        { id: 'c1', kind: 'child', name: 'A', dateOfBirth: '2008-01-01' },
        { id: 'c2', kind: 'child', name: 'B', dateOfBirth: '2020-01-01' },
      ],
    });
    expect(reason(resultFor(r, 'test.group'), 'test.group.age')?.status).toBe('met');
    // When the referral names which child the service is for, only that child counts.
    const forOlder = { ...r, services: [{ serviceId: 'test.group', personIds: ['c1'] }] };
    expect(reason(resultFor(forOlder, 'test.group'), 'test.group.age')?.status).toBe('not-met');
  });

  test('belowMin: review lets a younger child be considered on need', () => {
    const young = referral({
      people: [{ id: 'c1', kind: 'child', name: 'A', dateOfBirth: '2020-01-01' }],
      needs: { challenges: ['disruptive-daily-life', 'threatening-family-safety'] },
    });
    const r = resultFor(young, 'test.teen');
    expect(r.verdict).toBe('review');
    expect(reason(r, 'test.teen.age')?.message).toMatch(/younger children may be considered/);
    const old = referral({ people: [{ id: 'c1', kind: 'child', name: 'A', dateOfBirth: '2000-01-01' }] });
    expect(reason(resultFor(old, 'test.teen'), 'test.teen.age')?.status).toBe('not-met');
  });

  test('an unborn child reads as below any minimum age', () => {
    const r = referral({ people: [{ id: 'c1', kind: 'child', name: 'Baby', expectedDate: '2027-03-01' }] });
    const res = resultFor(r, 'test.group');
    expect(reason(res, 'test.group.age')).toMatchObject({
      status: 'not-met',
      message: expect.stringContaining('not yet born'),
    });
  });

  test('no date of birth: incomplete, naming the child it is needed for', () => {
    const r = referral({ people: [{ id: 'c9', kind: 'child', name: 'A' }] });
    expect(resultFor(r, 'test.group').missing).toContainEqual({
      fact: 'child.age',
      label: 'Date of birth (or expected date of birth)',
      personId: 'c9',
    });
  });

  test('no child at all: incomplete, asking for the child', () => {
    const r = referral({ people: [{ id: 'p1', kind: 'adult', name: 'A', role: 'parent', relationship: 'mother' }] });
    expect(resultFor(r, 'test.borough').missing).toContainEqual({
      fact: 'people.child',
      label: 'Add the child or young person this service is for',
    });
  });

  test('person criteria: met if one child meets it; not met if none does', () => {
    const two = (a: string, b: string) =>
      referral({
        people: [
          { id: 'c1', kind: 'child', name: 'A', dateOfBirth: '2015-01-01', livesInBorough: a, schoolInBorough: 'no' },
          { id: 'c2', kind: 'child', name: 'B', dateOfBirth: '2016-01-01', livesInBorough: b, schoolInBorough: 'no' },
        ],
      });
    expect(reason(resultFor(two('no', 'yes'), 'test.borough'), 'test.borough.resident')?.status).toBe('met');
    expect(reason(resultFor(two('no', 'no'), 'test.borough'), 'test.borough.resident')?.status).toBe('not-met');
    const unsure = resultFor(two('no', 'not-known'), 'test.borough');
    expect(reason(unsure, 'test.borough.resident')?.status).toBe('review');
  });

  test('a review criterion always reviews', () => {
    expect(reason(resultFor(referral(), 'test.borough'), 'test.borough.term')?.status).toBe('review');
  });
});

describe('evaluate: package rules', () => {
  const pick = (...items: [string, string[]][]) => items.map(([serviceId, personIds]) => ({ serviceId, personIds }));

  test('max-items fires only above the limit, and advice requests do not count', () => {
    const two = evaluate(
      referral({ services: pick(['test.group', []], ['test.teen', []]), needs: { gfpoPrimaryNeed: 1 } }),
      miniCatalogue,
      { now: NOW },
    );
    expect(two.package.filter((f) => f.code === 'test.max-two')).toEqual([]);
    const three = evaluate(
      referral({ services: pick(['test.group', []], ['test.teen', []], ['test.borough', []]) }),
      miniCatalogue,
      { now: NOW },
    );
    expect(three.package.find((f) => f.code === 'test.max-two')).toMatchObject({
      severity: 'blocking',
      status: 'not-met',
      message: 'At most two items (3 chosen)',
    });
    const withAdvice = evaluate(
      referral({
        services: [
          ...pick(['test.group', []], ['test.teen', []]),
          { serviceId: 'test.borough', personIds: [], advice: true },
        ],
      }),
      miniCatalogue,
      { now: NOW },
    );
    expect(withAdvice.package.find((f) => f.code === 'test.max-two')).toBeUndefined();
  });

  test('separate-groups: two children in one group is blocked; one each is fine', () => {
    const people = [
      { id: 'c1', kind: 'child', name: 'A', dateOfBirth: '2018-01-01' },
      { id: 'c2', kind: 'child', name: 'B', dateOfBirth: '2019-01-01' },
      { id: 'p1', kind: 'adult', name: 'M', role: 'parent', relationship: 'mother' },
    ];
    const together = evaluate(referral({ people, services: pick(['test.group', ['c1', 'c2', 'p1']]) }), miniCatalogue, {
      now: NOW,
    });
    expect(together.package.find((f) => f.code === 'test.siblings')).toMatchObject({
      severity: 'blocking',
      serviceIds: ['test.group'],
    });
    const oneChild = evaluate(referral({ people, services: pick(['test.group', ['c1', 'p1']]) }), miniCatalogue, {
      now: NOW,
    });
    expect(oneChild.package.find((f) => f.code === 'test.siblings')).toBeUndefined();
  });

  test('a package condition applies only when its services are requested, and can be missing', () => {
    const without = evaluate(referral({ needs: { gfpoPrimaryNeed: undefined } }), miniCatalogue, { now: NOW });
    expect(without.package.find((f) => f.code === 'test.need')).toBeUndefined();
    const needed = evaluate(
      referral({ needs: { gfpoPrimaryNeed: undefined }, services: pick(['test.teen', []]) }),
      miniCatalogue,
      { now: NOW },
    );
    expect(needed.package.find((f) => f.code === 'test.need')).toMatchObject({
      status: 'missing',
      missing: [{ fact: 'needs.gfpoPrimaryNeed', label: 'Primary need (GFPO category)' }],
    });
    const met = evaluate(referral({ services: pick(['test.teen', []]) }), miniCatalogue, { now: NOW });
    expect(met.package.find((f) => f.code === 'test.need')).toBeUndefined();
  });

  test('a requested service the catalogue does not know is a blocking finding', () => {
    const e = evaluate(referral({ services: pick(['nope.service', []]) }), miniCatalogue, { now: NOW });
    expect(e.package).toContainEqual(
      expect.objectContaining({ code: 'package.unknown-service', severity: 'blocking', serviceIds: ['nope.service'] }),
    );
  });

  test('serviceIds limits the results; the default is every service', () => {
    expect(evaluate(referral(), miniCatalogue, { now: NOW }).results.map((r) => r.serviceId)).toEqual(
      miniCatalogue.services.map((s) => s.id),
    );
    expect(
      evaluate(referral(), miniCatalogue, { now: NOW, serviceIds: ['test.teen'] }).results.map((r) => r.serviceId),
    ).toEqual(['test.teen']);
  });
});

describe('evaluate: odd input', () => {
  test.each([
    null,
    undefined,
    42,
    'text',
    [],
    {},
    { people: 'nobody' },
    { people: [null, 1, { id: 5 }] },
    { services: [{ serviceId: 3 }] },
  ])('%p gives verdicts, not an exception', (input) => {
    const e = evaluate(input, miniCatalogue, { now: NOW });
    expect(e.results).toHaveLength(miniCatalogue.services.length);
    for (const r of e.results) expect(r.reasons.length).toBeGreaterThan(0);
  });

  test('an empty draft is incomplete everywhere but the always-review criteria', () => {
    const e = evaluate({}, miniCatalogue, { now: NOW });
    expect(e.results.map((r) => r.verdict)).toEqual(['incomplete', 'incomplete', 'incomplete', 'incomplete']);
  });
});
