import { evaluate } from '../../../src/domain';
import type { Evaluation } from '../../../src/domain';
import { filingReadiness } from '../../../src/ui/app/filing-readiness';
import { formCatalogue } from '../features/referral-form/form-catalogue';
import { catalogue as builtInCatalogue } from '../../../src/catalogues';
import { referral } from '../../domain/fixtures/referrals';

const NOW = new Date('2026-11-23T10:00:00Z');
const ready = (
  referral: Record<string, unknown>,
  issues: { path: string[]; fieldId: string; message: string }[] = [],
  evaluation?: Evaluation,
) => filingReadiness(referral, evaluation ?? evaluate(referral, formCatalogue, { now: NOW }), formCatalogue, issues);

const eligibleFamily = {
  people: [{ id: 'c1', kind: 'child', name: 'Jo', livesInBorough: 'yes' }],
  answers: { 'alpha.wishes': 'yes' },
};

describe('filing readiness', () => {
  test('nothing chosen is not filable', () => {
    expect(ready({})).toMatchObject({ filable: false, problems: ['Choose at least one service.'] });
  });

  test('an eligible service with valid fields is filable', () => {
    const r = ready({ ...eligibleFamily, services: [{ serviceId: 'alpha.group', personIds: [] }] });
    expect(r).toMatchObject({
      filable: true,
      problems: [],
      chosen: [{ serviceId: 'alpha.group', name: 'Alpha parenting group', verdict: 'eligible', advice: false }],
    });
  });

  test('incomplete and ineligible services stop filing; an advice request does not', () => {
    const incomplete = ready({ services: [{ serviceId: 'alpha.group', personIds: [] }] });
    expect(incomplete.problems).toEqual(['Alpha parenting group: answer what it still needs to know.']);
    const no = { ...eligibleFamily, answers: { 'alpha.wishes': 'no' } };
    expect(ready({ ...no, services: [{ serviceId: 'alpha.group', personIds: [] }] }).problems[0]).toMatch(
      /does not meet its criteria/,
    );
    expect(ready({ ...no, services: [{ serviceId: 'alpha.group', personIds: [], advice: true }] })).toMatchObject({
      filable: true,
    });
  });

  test('field problems and blocking package findings stop filing; advice findings are notes', () => {
    const referral = { ...eligibleFamily, services: [{ serviceId: 'alpha.group', personIds: [] }] };
    const base = evaluate(referral, formCatalogue, { now: NOW });
    const withFindings: Evaluation = {
      ...base,
      package: [
        {
          code: 'a',
          severity: 'blocking',
          status: 'not-met',
          message: 'At most one group',
          serviceIds: ['alpha.group'],
          missing: [],
        },
        {
          code: 'b',
          severity: 'advice',
          status: 'review',
          message: 'Consider the workshop first',
          serviceIds: ['alpha.group'],
          missing: [],
        },
      ],
    };
    const r = ready(
      referral,
      [{ path: ['referrer', 'role'], fieldId: 'f-referrer-role', message: 'Enter your role' }],
      withFindings,
    );
    expect(r.filable).toBe(false);
    expect(r.problems).toEqual(['At most one group', '1 answer needs checking: select “Check referral” to see where.']);
    expect(r.notes).toEqual(['Consider the workshop first']);
  });
});

test('a service outside the family’s area says so, in the area’s own words', () => {
  const family = referral({ services: [{ serviceId: 'notts.triple-p-workshops', personIds: ['p1'] }] });
  const r = filingReadiness(family, evaluate(family, builtInCatalogue, { now: NOW }), builtInCatalogue, []);
  expect(r.filable).toBe(false);
  expect(r.problems).toEqual([
    'Triple P workshops: The family lives in Lewisham; this service is for families in Nottinghamshire. Remove it, or ask the service for advice.',
  ]);
});
