import { conditionFacts, evaluateCondition, MISSING, NOT_KNOWN, known } from '../../../src/domain';
import type { Condition, FactReading } from '../../../src/domain';

const facts: Record<string, FactReading> = {
  yes: known('yes'),
  no: known('no'),
  level: known(3),
  list: known(['a', 'b']),
  empty: known([]),
  gone: MISSING,
  unsure: NOT_KNOWN,
};
const lookup = (id: string) => facts[id] ?? MISSING;
const value = (c: Condition) => evaluateCondition(c, lookup).value;

describe('conditions', () => {
  test.each<[string, Condition, ReturnType<typeof value>]>([
    ['eq true', { fact: 'yes', eq: 'yes' }, true],
    ['eq false', { fact: 'no', eq: 'yes' }, false],
    ['eq compares numbers and their digits alike', { fact: 'level', eq: '3' }, true],
    ['in true', { fact: 'level', in: [2, 3, 4] }, true],
    ['in false', { fact: 'level', in: [1] }, false],
    ['gte at the boundary', { fact: 'level', gte: 3 }, true],
    ['gte below', { fact: 'level', gte: 4 }, false],
    ['lte at the boundary', { fact: 'level', lte: 3 }, true],
    ['lte above', { fact: 'level', lte: 2 }, false],
    ['gte on a non-number is false', { fact: 'yes', gte: 1 }, false],
    ['includesAny true', { fact: 'list', includesAny: ['z', 'b'] }, true],
    ['includesAny false', { fact: 'list', includesAny: ['z'] }, false],
    ['eq on a list is false', { fact: 'list', eq: 'a' }, false],
    ['countAtLeast met', { fact: 'list', countAtLeast: 2 }, true],
    ['countAtLeast not met', { fact: 'list', countAtLeast: 3 }, false],
    ['an empty list is a known none', { fact: 'empty', countAtLeast: 1 }, false],
    ['missing fact', { fact: 'gone', eq: 'yes' }, 'missing'],
    ['not-known fact', { fact: 'unsure', eq: 'yes' }, 'not-known'],
    [
      'all: a false part decides even with a missing one',
      {
        all: [
          { fact: 'gone', eq: 'x' },
          { fact: 'no', eq: 'yes' },
        ],
      },
      false,
    ],
    [
      'all: missing beats not-known',
      {
        all: [
          { fact: 'unsure', eq: 'x' },
          { fact: 'gone', eq: 'x' },
        ],
      },
      'missing',
    ],
    [
      'all: every part true',
      {
        all: [
          { fact: 'yes', eq: 'yes' },
          { fact: 'level', gte: 1 },
        ],
      },
      true,
    ],
    [
      'any: a true part decides even with a missing one',
      {
        any: [
          { fact: 'gone', eq: 'x' },
          { fact: 'yes', eq: 'yes' },
        ],
      },
      true,
    ],
    [
      'any: not-known when nothing is true or missing',
      {
        any: [
          { fact: 'unsure', eq: 'x' },
          { fact: 'no', eq: 'yes' },
        ],
      },
      'not-known',
    ],
    [
      'any: all false',
      {
        any: [
          { fact: 'no', eq: 'yes' },
          { fact: 'level', eq: 1 },
        ],
      },
      false,
    ],
    ['not flips true', { not: { fact: 'yes', eq: 'yes' } }, false],
    ['not flips false', { not: { fact: 'no', eq: 'yes' } }, true],
    ['not keeps missing', { not: { fact: 'gone', eq: 'yes' } }, 'missing'],
  ])('%s', (_name, condition, expected) => {
    expect(value(condition)).toBe(expected);
  });

  test('names the facts it waits on, once each', () => {
    const r = evaluateCondition(
      {
        all: [
          { fact: 'gone', eq: 1 },
          {
            any: [
              { fact: 'gone', eq: 2 },
              { fact: 'unsure', eq: 1 },
            ],
          },
        ],
      },
      lookup,
    );
    expect(r.value).toBe('missing');
    expect(new Set(r.missing)).toEqual(new Set(['gone']));
    expect(r.notKnown).toEqual(['unsure']);
  });

  test('lists every fact a condition reads', () => {
    expect(
      conditionFacts({
        all: [
          { fact: 'a', eq: 1 },
          {
            not: {
              any: [
                { fact: 'b', eq: 1 },
                { fact: 'c', gte: 2 },
              ],
            },
          },
        ],
      }),
    ).toEqual(['a', 'b', 'c']);
  });
});
