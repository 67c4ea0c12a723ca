import { validateCatalogue, formatIssue } from '../../../src/domain';
import type { Catalogue } from '../../../src/domain';
import { miniCatalogue } from '../fixtures/mini-catalogue';

const broken = (change: (c: Catalogue) => void): string[] => {
  const c = structuredClone(miniCatalogue) as Catalogue;
  change(c);
  const r = validateCatalogue(c);
  return r.ok ? [] : r.issues.map(formatIssue);
};
const cite = { seed: '000_00e7cb9a8a716238.txt', section: 'x' };

describe('catalogue validation', () => {
  test('the test catalogue is valid', () => {
    expect(broken(() => undefined)).toEqual([]);
  });

  test.each<[string, (c: Catalogue) => void, string]>([
    [
      'a duplicate service id',
      (c) => c.services.push({ ...c.services[0]! }),
      'services: Id "test.group" is used more than once',
    ],
    [
      'an unknown provider',
      (c) => {
        c.services[0]!.providerId = 'ghost';
      },
      'services[0].providerId: Provider "ghost" is not in the catalogue',
    ],
    [
      'an unknown rule set',
      (c) => {
        c.services[0]!.ruleSets = ['ghost'];
      },
      'services[0].ruleSets[0]: Rule set "ghost" is not in the catalogue',
    ],
    [
      'an unknown fact',
      (c) => {
        c.services[1]!.criteria.push({
          kind: 'condition',
          id: 'x.y',
          requirement: 'r',
          citation: cite,
          test: { fact: 'risks.nonsense', eq: 'yes' },
        });
      },
      'services[1].criteria[2]: Unknown fact "risks.nonsense"',
    ],
    [
      'a person fact in a family rule',
      (c) => {
        c.services[1]!.criteria.push({
          kind: 'condition',
          id: 'x.y',
          requirement: 'r',
          citation: cite,
          test: { fact: 'child.livesInBorough', eq: 'yes' },
        });
      },
      'services[1].criteria[2]: Fact "child.livesInBorough" is about a child; use it in a person criterion with who: "child"',
    ],
    [
      'an adult fact in a child rule',
      (c) => {
        c.services[2]!.criteria.push({
          kind: 'person',
          who: 'child',
          id: 'x.y',
          requirement: 'r',
          citation: cite,
          test: { fact: 'adult.gender', eq: 'female' },
        });
      },
      'services[2].criteria[2]: Fact "adult.gender" is about a adult; use it in a person criterion with who: "adult"',
    ],
    [
      'an alternative that is not a service',
      (c) => {
        c.services[3]!.criteria[0]!.alternatives = ['ghost.service'];
      },
      'services[3].criteria[0]: Alternative "ghost.service" is not a service',
    ],
    [
      'a package rule matching no service',
      (c) => {
        c.packageRules[0]!.services = ['ghost.*'];
      },
      'packageRules[0].services[0]: "ghost.*" matches no service',
    ],
    [
      'a criterion applied twice via a rule set',
      (c) => {
        c.services[0]!.criteria.push({ ...c.ruleSets[0]!.criteria[0]! });
      },
      'services[0]: Criterion "test.general.no-substance-misuse" applies to "test.group" more than once',
    ],
    [
      'a citation that is not a seed file',
      (c) => {
        c.services[0]!.citations = [{ seed: 'somewhere.pdf', section: 'x' }];
      },
      'services[0].citations[0].seed: Cite a seed file such as 000_00e7cb9a8a716238.txt, or a source such as oruk:<provider> or local:<document>',
    ],
    [
      'a choice question without options',
      (c) => {
        c.questions.push({ id: 'q.x', label: 'x', type: 'choice' });
      },
      'questions[2]: choice and multi questions need options; other types must not have them',
    ],
    [
      'an age range upside down',
      (c) => {
        c.services[0]!.criteria[0] = { kind: 'age', id: 'a.b', requirement: 'r', citation: cite, min: 10, max: 2 };
      },
      'services[0].criteria[0]: min must not exceed max',
    ],
  ])('reports %s', (_name, change, expected) => {
    expect(broken(change)).toContain(expected);
  });
});
