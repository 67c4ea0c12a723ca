import { evaluate } from '../../../../../src/domain';
import type { Evaluation } from '../../../../../src/domain';
import { planQuestions } from '../../../../../src/ui/features/referral-form/questions/plan-questions';
import { formCatalogue } from '../form-catalogue';

const NOW = new Date('2026-11-23T10:00:00Z');
const plan = (referral: Record<string, unknown>, limit = 50, evaluation?: Evaluation) =>
  planQuestions({
    evaluation: evaluation ?? evaluate(referral, formCatalogue, { now: NOW }),
    referral,
    catalogue: formCatalogue,
    limit,
  });
const facts = (p: ReturnType<typeof plan>) =>
  p.groups.flatMap((g) => g.questions.map((q) => `${q.personId ?? '-'}:${q.def.id}`));

describe('planning the questions', () => {
  test('chosen services: only their missing facts, person facts written into that person, grouped family first', () => {
    const referral = {
      people: [
        { id: 'a1', kind: 'adult', name: 'Pat' },
        { id: 'c1', kind: 'child', name: 'Jo' },
      ],
      services: [{ serviceId: 'alpha.group', personIds: [] }],
    };
    const p = plan(referral);
    expect(p.mode).toBe('chosen');
    expect(facts(p)).toEqual(['-:answers.alpha.wishes', 'c1:child.livesInBorough']);
    expect(p.groups.map((g) => g.key)).toEqual(['family', 'c1']);
    expect(p.groups[1]!.questions[0]!.path).toEqual(['people', 1, 'livesInBorough']);
    expect(p.groups[0]!.questions[0]!.serviceIds).toEqual(['alpha.group']);
  });

  test('nothing chosen: the open services’ facts, those deciding most first, capped; "add a child" once', () => {
    const p = plan({ people: [] }, 2);
    expect(p.mode).toBe('candidates');
    expect(p.addPeople).toEqual([
      {
        kind: 'child',
        label: 'Add the child or young person this service is for',
        serviceIds: ['alpha.group', 'alpha.school'],
      },
    ]);
    expect(p.total).toBe(5);
    expect(p.shown).toBe(2);
  });

  test('a fact two chosen services need is asked once, naming both; unknown facts and people are skipped', () => {
    const evaluation: Evaluation = {
      results: [
        {
          serviceId: 'alpha.group',
          verdict: 'incomplete',
          reasons: [],
          alternatives: [],
          missing: [
            { fact: 'risks.severeMentalHealth', label: 'x' },
            { fact: 'no.such.fact', label: 'x' },
            { fact: 'child.livesInBorough', label: 'x', personId: 'gone' },
          ],
        },
        {
          serviceId: 'alpha.school',
          verdict: 'incomplete',
          reasons: [],
          alternatives: [],
          missing: [{ fact: 'risks.severeMentalHealth', label: 'x' }],
        },
      ],
      package: [
        {
          code: 'p',
          severity: 'blocking',
          status: 'missing',
          message: 'm',
          serviceIds: ['alpha.school'],
          missing: [{ fact: 'needs.additionalNeeds', label: 'x' }],
        },
      ],
    };
    const p = plan({ services: [{ serviceId: 'alpha.group' }, { serviceId: 'alpha.school' }] }, 50, evaluation);
    expect(facts(p)).toEqual(['-:risks.severeMentalHealth', '-:needs.additionalNeeds']);
    expect(p.groups[0]!.questions[0]!.serviceIds).toEqual(['alpha.group', 'alpha.school']);
  });

  test('a kept question stays while answered, but not once its person has gone', () => {
    const referral = {
      people: [{ id: 'c1', kind: 'child', name: 'Jo' }],
      services: [{ serviceId: 'alpha.group', personIds: [] }],
    };
    const kept = plan(referral).groups[1]!.questions[0]!;
    const answered = { ...referral, people: [{ id: 'c1', kind: 'child', name: 'Jo', livesInBorough: 'yes' }] };
    const withKeep = planQuestions({
      evaluation: evaluate(answered, formCatalogue, { now: NOW }),
      referral: answered,
      catalogue: formCatalogue,
      limit: 50,
      keep: kept,
    });
    expect(facts(withKeep)).toContain('c1:child.livesInBorough');
    const removed = { ...referral, people: [{ id: 'c2', kind: 'child', name: 'Al' }] };
    const afterRemove = planQuestions({
      evaluation: evaluate(removed, formCatalogue, { now: NOW }),
      referral: removed,
      catalogue: formCatalogue,
      limit: 50,
      keep: kept,
    });
    expect(facts(afterRemove)).not.toContain('c1:child.livesInBorough');
  });
});
