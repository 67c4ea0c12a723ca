import { createEngine, kindOf } from '../../../src/domain';
import type { Catalogue, Criterion, Service } from '../../../src/domain';
import { evaluateReference } from '../../../src/domain/eligibility/reference-engine';
import { catalogue } from '../../../src/catalogues';
import { miniCatalogue } from '../fixtures/mini-catalogue';
import { NOW, referral } from '../fixtures/referrals';

// The compiled engine's reuse: what a change touches is worked out again, and nothing else.

const criteriaOf = (s: Service, cat: Catalogue): Criterion[] => [
  ...s.ruleSets.flatMap((id) => cat.ruleSets.find((r) => r.id === id)?.criteria ?? []),
  ...s.criteria,
];
/** The services whose criteria read a fact, as their kinds declare it. */
const readersOf = (fact: string, cat: Catalogue) =>
  cat.services.filter((s) => criteriaOf(s, cat).some((c) => kindOf(c).facts(c).includes(fact))).map((s) => s.id);

const NEXT_DAY = new Date('2026-11-24T10:00:00Z');

describe('the compiled engine re-evaluates only what a change touches', () => {
  test('the same referral again re-evaluates nothing and gives the same results', () => {
    const engine = createEngine(catalogue);
    const first = engine.evaluate(referral(), { now: NOW });
    expect(engine.reevaluated).toBe(catalogue.services.length);
    const again = engine.evaluate(referral(), { now: NOW });
    expect(engine.reevaluated).toBe(0);
    again.results.forEach((r, i) => expect(r).toBe(first.results[i]));
  });

  test('one family fact re-evaluates exactly the services whose criteria read it', () => {
    const engine = createEngine(catalogue);
    const before = engine.evaluate(referral(), { now: NOW });
    const after = engine.evaluate(referral({ risks: { perpetratorInHome: 'yes' } }), { now: NOW });
    const readers = new Set(readersOf('risks.perpetratorInHome', catalogue));
    expect(readers.size).toBeGreaterThan(0);
    expect(readers.size).toBeLessThan(catalogue.services.length);
    expect(engine.reevaluated).toBe(readers.size);
    after.results.forEach((r, i) => {
      if (!readers.has(r.serviceId)) expect(r).toBe(before.results[i]);
    });
    expect(after).toEqual(
      evaluateReference(referral({ risks: { perpetratorInHome: 'yes' } }), catalogue, { now: NOW }),
    );
  });

  test('a new day re-evaluates every service, since ages move with it', () => {
    const engine = createEngine(catalogue);
    engine.evaluate(referral(), { now: NOW });
    engine.evaluate(referral(), { now: NEXT_DAY });
    expect(engine.reevaluated).toBe(catalogue.services.length);
  });

  test("renaming a child re-evaluates the services about people, and the reasons use the child's new name", () => {
    const engine = createEngine(miniCatalogue);
    const named = (name: string) =>
      referral({ people: [{ id: 'c1', kind: 'child', name, dateOfBirth: '2019-05-01' }] });
    engine.evaluate(named('Jo'), { now: NOW });
    const after = engine.evaluate(named('Kit'), { now: NOW });
    expect(engine.reevaluated).toBeGreaterThan(0);
    expect(after).toEqual(evaluateReference(named('Kit'), miniCatalogue, { now: NOW }));
    expect(JSON.stringify(after)).toContain('Kit (7)');
    expect(JSON.stringify(after)).not.toContain('Jo (7)');
  });

  test('a change that moves no verdict still gives those services new words', () => {
    // Two councils outside every built-in service's area: the area rules stay unmet, and their words name the new one.
    const engine = createEngine(catalogue);
    const inCouncil = (councilCode: string) => referral({ family: { councilCode } });
    const before = engine.evaluate(inCouncil('E09000003'), { now: NOW });
    const after = engine.evaluate(inCouncil('E09000004'), { now: NOW });
    const reworded = after.results.filter((r, i) => {
      const was = before.results[i]!;
      return (
        r !== was && r.verdict === was.verdict && JSON.stringify(was.reasons).includes('The family lives in Barnet')
      );
    });
    expect(reworded.length).toBeGreaterThan(5);
    for (const r of reworded) {
      expect(JSON.stringify(r.reasons)).toContain('The family lives in Bexley');
      expect(JSON.stringify(r.reasons)).not.toContain('Barnet');
    }
    expect(after).toEqual(evaluateReference(inCouncil('E09000004'), catalogue, { now: NOW }));
  });

  test('choosing people for one service re-evaluates it and the services that read the package', () => {
    const engine = createEngine(catalogue);
    const id = catalogue.services[3]!.id;
    engine.evaluate(referral(), { now: NOW });
    const chosen = referral({ services: [{ serviceId: id, personIds: ['c1'] }] });
    const after = engine.evaluate(chosen, { now: NOW });
    expect(engine.reevaluated).toBe(new Set([id, ...readersOf('package.services', catalogue)]).size);
    expect(after).toEqual(evaluateReference(chosen, catalogue, { now: NOW }));
  });

  test('going back to an answer gives the results it gave before, re-evaluating only its readers', () => {
    const engine = createEngine(catalogue);
    const yes = referral({ risks: { perpetratorInHome: 'yes' } });
    const first = engine.evaluate(referral(), { now: NOW });
    const changed = engine.evaluate(yes, { now: NOW });
    const back = engine.evaluate(referral(), { now: NOW });
    const readers = new Set(readersOf('risks.perpetratorInHome', catalogue));
    expect(engine.reevaluated).toBe(readers.size);
    back.results.forEach((r, i) => {
      if (readers.has(r.serviceId)) expect(r).toEqual(first.results[i]);
      else expect(r).toBe(first.results[i]);
    });
    expect(changed.results.some((r, i) => readers.has(r.serviceId) && r.verdict !== first.results[i]!.verdict)).toBe(
      true,
    );
    expect(engine.evaluate(yes, { now: NOW }).results).toEqual(changed.results);
  });

  test('after more different referrals than it keeps, an earlier one is worked out again, the same', () => {
    const engine = createEngine(catalogue);
    const ages = ['2010-01-01', '2012-06-01', '2015-03-01', '2018-09-01', '2020-02-01', '2022-07-01', '2024-01-01'];
    const withAge = (dateOfBirth: string) =>
      referral({ people: [{ id: 'c1', kind: 'child', name: 'Sam', dateOfBirth }] });
    const answers = ages.map((dob) => engine.evaluate(withAge(dob), { now: NOW }));
    const again = engine.evaluate(withAge(ages[0]!), { now: NOW });
    expect(again).toEqual(answers[0]);
    expect(again).toEqual(evaluateReference(withAge(ages[0]!), catalogue, { now: NOW }));
    expect(JSON.stringify(answers[1])).not.toEqual(JSON.stringify(answers[0]));
  });

  test('a subset of services gives those services only, in catalogue order', () => {
    const engine = createEngine(catalogue);
    const ids = [catalogue.services[5]!.id, catalogue.services[1]!.id, 'no.such-service'];
    const r = engine.evaluate(referral(), { now: NOW, serviceIds: ids });
    expect(r.results.map((x) => x.serviceId)).toEqual([catalogue.services[1]!.id, catalogue.services[5]!.id]);
    expect(r).toEqual(evaluateReference(referral(), catalogue, { now: NOW, serviceIds: ids }));
  });
});

describe('criteria of the same shape share their work, and keep their own code and citation', () => {
  const base = miniCatalogue.services[0]!;
  const twin = (n: number): Service => ({
    ...base,
    id: `test.twin-${n}`,
    criteria: base.criteria.map((c) => ({
      ...c,
      id: `${c.id}-twin-${n}`,
      citation: { seed: `local:twin-${n}`, section: 'Twin' },
    })),
  });
  const cat: Catalogue = { ...miniCatalogue, services: [...miniCatalogue.services, twin(1), twin(2)] };

  test.each([
    ['a full referral', referral()],
    ['no people', referral({ people: [] })],
    [
      'two children, one too young',
      referral({
        people: [
          { id: 'c1', kind: 'child', dateOfBirth: '2025-06-01' },
          { id: 'c2', kind: 'child' },
        ],
      }),
    ],
  ])('%s', (_name, input) => {
    const r = createEngine(cat).evaluate(input, { now: NOW });
    expect(r).toEqual(evaluateReference(input, cat, { now: NOW }));
    const twinReasons = r.results.find((x) => x.serviceId === 'test.twin-2')!.reasons;
    const own = twinReasons.filter((x) => x.code.includes('twin-2'));
    expect(own.length).toBeGreaterThan(0);
    for (const reason of own) expect(reason.citation.seed).toBe('local:twin-2');
  });
});

describe('a criterion that throws is reported for a person to check, never thrown', () => {
  const broken: Catalogue = {
    ...miniCatalogue,
    services: miniCatalogue.services.map((s, i) =>
      i === 0
        ? {
            ...s,
            criteria: [
              ...s.criteria,
              { ...s.criteria[0]!, kind: 'condition', id: 'test.broken', test: null } as unknown as Criterion,
            ],
          }
        : s,
    ),
  };

  test('the same as the reference engine, with the error reason', () => {
    const r = createEngine(broken).evaluate(referral(), { now: NOW });
    expect(r).toEqual(evaluateReference(referral(), broken, { now: NOW }));
    const reasons = r.results[0]!.reasons;
    expect(reasons.find((x) => x.code === 'test.broken.error')?.status).toBe('review');
  });
});

describe("a service's alternatives and missing facts, merged from its criteria", () => {
  const cite = { seed: '000_00e7cb9a8a716238.txt', section: 'Making a referral' };
  const service = miniCatalogue.services[0]!;
  // Three criteria about risks: two name alternatives (one of them the same twice), one reads the same fact twice.
  const merging: Catalogue = {
    ...miniCatalogue,
    services: [
      {
        ...service,
        id: 'test.merging',
        ruleSets: [],
        criteria: [
          {
            kind: 'condition',
            id: 'test.merging.substances',
            requirement: 'No active substance misuse',
            citation: cite,
            test: { fact: 'risks.activeSubstanceMisuse', eq: 'no' },
            alternatives: ['test.teen', 'test.group', 'test.teen'],
          },
          {
            kind: 'condition',
            id: 'test.merging.home',
            requirement: 'The person causing harm does not live at home',
            citation: cite,
            test: { fact: 'risks.perpetratorInHome', eq: 'no' },
            alternatives: ['test.group', 'test.summary'],
          },
          {
            kind: 'condition',
            id: 'test.merging.mental-health',
            requirement: 'No severe mental ill health, asked two ways',
            citation: cite,
            test: {
              any: [
                { fact: 'risks.severeMentalHealth', eq: 'no' },
                { not: { fact: 'risks.severeMentalHealth', eq: 'yes' } },
              ],
            },
          },
        ],
      },
    ],
  };
  const resultOf = (input: unknown) => {
    const compiled = createEngine(merging).evaluate(input, { now: NOW });
    expect(compiled).toEqual(evaluateReference(input, merging, { now: NOW }));
    return compiled.results[0]!;
  };

  test('the alternatives of every criterion not met, in order, each once', () => {
    const both = referral({ risks: { activeSubstanceMisuse: 'yes', perpetratorInHome: 'yes' } });
    expect(resultOf(both).alternatives).toEqual(['test.teen', 'test.group', 'test.summary']);
  });

  test("one criterion's alternatives alone, each once", () => {
    const one = referral({ risks: { activeSubstanceMisuse: 'yes', perpetratorInHome: 'no' } });
    expect(resultOf(one).alternatives).toEqual(['test.teen', 'test.group']);
    const other = referral({ risks: { activeSubstanceMisuse: 'no', perpetratorInHome: 'yes' } });
    expect(resultOf(other).alternatives).toEqual(['test.group', 'test.summary']);
  });

  test('a fact a criterion reads twice is asked for once', () => {
    const r = resultOf(referral({ risks: { severeMentalHealth: null } }));
    expect(r.verdict).toBe('incomplete');
    expect(r.missing.map((m) => m.fact)).toEqual(['risks.severeMentalHealth']);
    expect(r.alternatives).toEqual([]);
  });
});
