// The card reuses the last evaluation while the evaluation key is unchanged. These tests hold the key to what the
// engine sees: equal keys, equal evaluations; a change the engine reads, a new key.
import fc from 'fast-check';
import { catalogue } from '../../../src/catalogues';
import { evaluate } from '../../../src/domain';
import { evaluationKey } from '../../../src/ui/state/evaluation-key';
import { setIn } from '../../../src/ui/state/draft';
import type { Path } from '../../../src/ui/state/draft';

const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';
const child = (n: number, dob: string) => ({
  id: `c${n}`,
  kind: 'child',
  name: `Child ${n}`,
  dateOfBirth: dob,
  livesInBorough: 'yes',
  schoolInBorough: 'yes',
  livesWithOrRegularContact: 'yes',
});
const BASE = {
  schemaVersion: 1,
  id: '0b6c3a52-6f1e-4d8b-9d7a-5e2f8c1a9b30',
  consent: { given: true, recordedOn: '2026-11-20', givenBy: 'Dana' },
  people: [
    {
      id: 'p1',
      kind: 'adult',
      name: 'Dana',
      role: 'parent',
      relationship: 'mother',
      livesInHousehold: 'yes',
      gender: 'female',
      abuseRole: 'victim-survivor',
    },
    {
      id: 'p2',
      kind: 'adult',
      name: 'Chris',
      role: 'parent',
      relationship: 'father',
      livesInHousehold: 'no',
      gender: 'male',
      abuseRole: 'person-causing-harm',
    },
    child(1, '2011-03-01'),
    child(2, '2014-03-01'),
    child(3, '2018-03-01'),
  ],
  context: { statutoryStatus: 'early-help', openToSocialCare: 'no', leadProfessional: null, courtProceedings: 'none' },
  risks: {
    perpetratorInHome: 'no',
    postSeparationAbuse: 'some',
    severeMentalHealth: 'no',
    activeSubstanceMisuse: 'no',
  },
  needs: {
    challenges: ['verbal-physical-aggression', 'threatening-family-safety'],
    behaviours: ['violence-towards-parents'],
    summary: 'Six in the family.',
  },
  support: { attendingOtherParentingProgramme: 'no' },
  services: [
    { serviceId: 'lewisham.nvr', personIds: ['p1', 'c2'] },
    { serviceId: 'lbbd.reset', personIds: ['p1'] },
  ],
  answers: {},
  attachments: [],
};

// Paths the engine reads (facts, people, services) and paths it does not (free text), mixed.
const PATHS: readonly Path[] = [
  ['people', 0, 'name'],
  ['people', 3, 'name'],
  ['needs', 'summary'],
  ['notes'],
  ['referrer', 'name'],
  ['people', 1, 'relationship'],
  ['people', 2, 'dateOfBirth'],
  ['people', 4, 'expectedDate'],
  ['people', 3, 'kind'],
  ['people', 2, 'id'],
  ['people', 5],
  ['people', 0, 'abuseRole'],
  ['risks', 'perpetratorInHome'],
  ['risks', 'dash', 'answers', 'q1'],
  ['risks', 'dash', 'incidentsLast12Months'],
  ['consent', 'given'],
  ['consent', 'reason'],
  ['context', 'p2pLevel'],
  ['needs', 'gfpoPrimaryNeed'],
  ['needs', 'challenges'],
  ['services', 0, 'personIds'],
  ['services', 1, 'advice'],
  ['services', 2],
  ['answers', 'dvip.partner-consent'],
  ['support', 'attendingOtherParentingProgramme'],
];
const VALUES = fc.constantFrom<unknown>(
  undefined,
  'yes',
  'no',
  'not-known',
  '',
  'Jo',
  'child',
  'adult',
  'c1',
  3,
  1,
  15,
  true,
  null,
  [],
  ['c1'],
  ['p1', 'c3'],
  '2020-02-29',
  '2026-02-30',
  { serviceId: 'notts.gfpo-workshop', personIds: [] },
  { id: 'c9', kind: 'child', name: 'New', dateOfBirth: '2024-01-01' },
);
const edits = fc.array(fc.tuple(fc.constantFrom(...PATHS), VALUES), { maxLength: 4 });
const apply = (list: readonly [Path, unknown][]) => list.reduce<unknown>((r, [path, v]) => setIn(r, path, v), BASE);

describe('evaluationKey', () => {
  test('equal keys, equal evaluations (generated drafts)', () => {
    let equalKeys = 0;
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        const [ra, rb] = [apply(a), apply(b)];
        if (evaluationKey(ra, catalogue, TODAY) !== evaluationKey(rb, catalogue, TODAY)) return;
        equalKeys += 1;
        expect(evaluate(rb, catalogue, { now: NOW })).toEqual(evaluate(ra, catalogue, { now: NOW }));
      }),
      { numRuns: 400 },
    );
    expect(equalKeys).toBeGreaterThan(20); // the property was put to the test, not skipped
  });

  test('typing the reason or an address keeps the key; an answer the engine reads, or a name it says, changes it', () => {
    const key = evaluationKey(BASE, catalogue, TODAY);
    expect(evaluationKey(setIn(BASE, ['reason'], 'More words'), catalogue, TODAY)).toBe(key);
    expect(evaluationKey(setIn(BASE, ['family', 'address', 'line1'], '2 New Road'), catalogue, TODAY)).toBe(key);
    // Reasons name the person who meets a service's rules, so a name is part of what the engine gives back.
    expect(evaluationKey(setIn(BASE, ['people', 3, 'name'], 'Jordan Example-Smith'), catalogue, TODAY)).not.toBe(key);
    expect(evaluationKey(setIn(BASE, ['risks', 'perpetratorInHome'], 'yes'), catalogue, TODAY)).not.toBe(key);
    expect(evaluationKey(setIn(BASE, ['people', 2, 'dateOfBirth'], '2019-03-01'), catalogue, TODAY)).not.toBe(key);
    expect(evaluationKey(setIn(BASE, ['services', 0, 'personIds'], ['p1']), catalogue, TODAY)).not.toBe(key);
    expect(evaluationKey(BASE, catalogue, '2027-03-01')).not.toBe(key); // a birthday passes
  });

  test('odd input never throws', () => {
    for (const odd of [
      null,
      42,
      'x',
      [],
      { people: 'many', services: [null, 7] },
      { people: [{ id: 1 }, { id: 'x', kind: 'alien' }] },
    ]) {
      expect(() => evaluationKey(odd, catalogue, TODAY)).not.toThrow();
    }
  });
});
