import fc from 'fast-check';
import { evaluate, validateCatalogue } from '../../../src/domain';
import { catalogue } from '../../../src/catalogues';
import { miniCatalogue } from '../fixtures/mini-catalogue';
import { NOW } from '../fixtures/referrals';
import { anyInput, instant, structuredReferral } from './referral-arbitraries';

// Random referrals, valid and invalid, must never make evaluate throw; every verdict has a reason.
const serviceIds = [...catalogue.services, ...miniCatalogue.services].map((s) => s.id);
const structured = structuredReferral(serviceIds);

const VERDICTS = new Set(['eligible', 'ineligible', 'review', 'incomplete']);

describe('evaluate is total', () => {
  test('the built-in catalogue is valid', () => {
    const r = validateCatalogue(catalogue);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  test.each([
    ['the built-in catalogue', catalogue],
    ['the test catalogue', miniCatalogue],
  ])('10,000 random referrals against %s', (_name, cat) => {
    fc.assert(
      fc.property(anyInput(serviceIds), instant, (input, now) => {
        // Plain checks, not expect(): this body runs 10,000 times.
        const e = evaluate(input, cat, { now });
        if (e.results.length !== cat.services.length) return false;
        return e.results.every(
          (r) =>
            r.reasons.length > 0 && VERDICTS.has(r.verdict) && (r.verdict !== 'incomplete' || r.missing.length > 0),
        );
      }),
      { numRuns: 10_000 },
    );
  });

  test('evaluation does not change its input', () => {
    fc.assert(
      fc.property(structured, (input) => {
        const before = JSON.stringify(input);
        evaluate(input, miniCatalogue, { now: NOW });
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});
