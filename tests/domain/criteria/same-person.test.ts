import { evaluateTogether, personLabel } from '../../../src/domain/criteria/same-person';
import type { PersonRule } from '../../../src/domain/criteria/same-person';
import { met, notMet, reasonOf } from '../../../src/domain/criteria';
import type { CriterionEnv, CriterionResult, Target } from '../../../src/domain/criteria';
import { known, MISSING } from '../../../src/domain/facts/fact';

const citation = { seed: 'local:test', section: 'Test' };
const rule = (id: string, judge: (p: Target) => CriterionResult['status']): PersonRule => {
  const c = { id, requirement: `Rule ${id}`, citation };
  return {
    criterion: c,
    judge: (_env, p) => {
      const status = judge(p);
      if (status === 'met') return met(c);
      if (status === 'not-met') return notMet(c);
      if (status === 'review') return { status, reason: reasonOf(c, 'review'), missing: [] };
      return { status, reason: reasonOf(c, 'missing'), missing: [{ fact: `child.${id}`, label: id, personId: p.id }] };
    },
  };
};
const kid = (id: string, name: unknown, age?: number): Target => ({
  id,
  kind: 'child',
  record: { id, kind: 'child', name, ...(age === undefined ? {} : { dateOfBirth: '2000-01-01', age }) },
});
const envOf = (people: readonly Target[]): CriterionEnv => ({
  today: '2026-11-23',
  read: (id, p) => (id === 'child.age' && typeof p?.record.age === 'number' ? known(p.record.age) : MISSING),
  label: (id) => id,
  targets: (who) => people.filter((p) => p.kind === who),
});

// A table of each child's status for rules a and b.
const table = (rows: Record<string, [string, string]>) => {
  const people = Object.keys(rows).map((name, i) => kid(`c${i}`, name, 10 + i));
  const look = (p: Target, k: 0 | 1) => rows[p.record.name as string]![k] as CriterionResult['status'];
  return evaluateTogether([rule('a', (p) => look(p, 0)), rule('b', (p) => look(p, 1))], 'child', envOf(people));
};

describe('evaluateTogether', () => {
  test.each([
    { rows: { Sam: ['met', 'met'] }, statuses: ['met', 'met'] },
    { rows: { Sam: ['met', 'not-met'], Ben: ['not-met', 'met'] }, statuses: ['met', 'not-met'] },
    { rows: { Sam: ['met', 'not-met'], Ben: ['met', 'met'] }, statuses: ['met', 'met'] },
    { rows: { Sam: ['met', 'not-met'], Ben: ['missing', 'met'] }, statuses: ['missing', 'met'] },
    { rows: { Sam: ['review', 'met'], Ben: ['missing', 'not-met'] }, statuses: ['review', 'met'] },
    { rows: { Sam: ['not-met', 'review'], Ben: ['met', 'review'] }, statuses: ['met', 'review'] },
  ] as const)('$rows', ({ rows, statuses }) => {
    expect(table(rows as unknown as Record<string, [string, string]>).map((r) => r.status)).toEqual(statuses);
  });

  test('asks for what each child who could still qualify lacks, and nothing of the others', () => {
    const r = table({ Sam: ['missing', 'met'], Ben: ['missing', 'missing'], Ava: ['not-met', 'missing'] });
    expect(r.flatMap((x) => x.missing).map((m) => `${m.personId}:${m.fact}`)).toEqual([
      'c0:child.a',
      'c1:child.a',
      'c1:child.b',
    ]);
    expect(r[0]!.reason.message).toBe('Sam (10) or Ben (11): Rule a');
  });

  test('names at most five other children', () => {
    const rows = Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n) => [n, ['not-met', 'met']])) as Record<
      string,
      [string, string]
    >;
    const message = table(rows)[0]!.reason.message;
    expect(message).toMatch(/^A \(10\): Rule a No one child here meets all of these together\. B \(11\) does not meet/);
    expect(message).toMatch(/F \(15\) does not meet: Rule a; and 1 more$/);
  });

  test('nobody of that kind: asks to add a child, for every rule', () => {
    const r = evaluateTogether([rule('a', () => 'met')], 'child', envOf([]));
    expect(r).toEqual([
      expect.objectContaining({ status: 'missing', missing: [expect.objectContaining({ fact: 'people.child' })] }),
    ]);
  });

  test('a message that begins with the name gets the age after it; odd names read as "A child"', () => {
    const c = { id: 'x', requirement: 'R', citation };
    const says: PersonRule = { criterion: c, judge: (_e, p) => met(c, `${p.record.name as string} lives here`) };
    const env = envOf([kid('c1', 'Sam', 12)]);
    expect(evaluateTogether([says], 'child', env)[0]!.reason.message).toBe('Sam (12) lives here');
    expect(personLabel(kid('c2', 42), env)).toBe('A child');
    expect(personLabel(kid('c3', 'Ava'), env)).toBe('Ava');
  });
});
