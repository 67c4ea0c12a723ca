import { catalogue } from '../../../../src/catalogues';
import { evaluate } from '../../../../src/domain';
import { ageCriteriaByService, servicesFittingAge } from '../../../../src/ui/features/eligibility/age-fit';
import { testCatalogue } from './panel-fixture';

const TODAY = '2026-11-23';

describe('servicesFittingAge', () => {
  it('keeps services whose age criteria admit the child, from rule sets too', () => {
    const three = servicesFittingAge(testCatalogue, 3, TODAY);
    expect(three.has('beta.young')).toBe(true);
    expect(three.has('beta.teen')).toBe(false);
    const fourteen = servicesFittingAge(testCatalogue, 14, TODAY);
    expect(fourteen.has('beta.young')).toBe(false);
    expect(fourteen.has('beta.teen')).toBe(true);
  });

  it('keeps services that set no age limit', () => {
    expect(servicesFittingAge(testCatalogue, 40, TODAY).has('alpha.eligible')).toBe(true);
  });

  it('treats the bounds as inclusive and an unborn child as age -1', () => {
    expect(servicesFittingAge(testCatalogue, 5, TODAY).has('beta.young')).toBe(true);
    expect(servicesFittingAge(testCatalogue, 6, TODAY).has('beta.young')).toBe(false);
    expect(servicesFittingAge(testCatalogue, -1, TODAY).has('beta.young')).toBe(false);
    expect(servicesFittingAge(catalogue, -1, TODAY).has('notts.parenting-capacity-assessment')).toBe(true); // pre-birth to 16
  });

  it('keeps a service whose seed says younger children may be considered', () => {
    expect(servicesFittingAge(catalogue, 7, TODAY).has('lewisham.nvr')).toBe(true);
    expect(servicesFittingAge(catalogue, 19, TODAY).has('lewisham.nvr')).toBe(false);
  });

  it('agrees with the engine on the real catalogue: a service is filtered out exactly when an age rule fails', () => {
    const seven = servicesFittingAge(catalogue, 7, TODAY);
    const referral = { people: [{ id: 'c1', kind: 'child', name: 'Amira', dateOfBirth: '2019-05-01' }] };
    const { results } = evaluate(referral, catalogue, { now: new Date(`${TODAY}T12:00:00Z`) });
    const ageRules = ageCriteriaByService(catalogue);
    expect(results).toHaveLength(catalogue.services.length);
    for (const r of results) {
      const codes = new Set((ageRules.get(r.serviceId) ?? []).map((c) => c.id));
      const failsOnAge = r.reasons.some((reason) => codes.has(reason.code) && reason.status === 'not-met');
      expect([r.serviceId, seven.has(r.serviceId)]).toEqual([r.serviceId, !failsOnAge]);
    }
    expect(seven.has('notts.123-magic')).toBe(true);
    expect(seven.has('notts.strengthening-families')).toBe(false);
    expect(seven.has('lbbd.reset')).toBe(false);
    expect(seven.size).toBeGreaterThan(0);
    expect(seven.size).toBeLessThan(catalogue.services.length);
  });
});
