import type { ServiceResult } from '../../../../src/domain';
import { sameResult } from '../../../../src/ui/features/eligibility/use-stable-results';

const citation = { seed: '001_0123456789abcdef.txt', section: 'Who it is for' };
const base: ServiceResult = {
  serviceId: 's.one',
  verdict: 'incomplete',
  reasons: [
    { code: 's.one.age', status: 'missing', message: 'For children aged 5 to 12', citation },
    { code: 's.one.area', status: 'met', message: 'Lives in the borough', citation },
  ],
  missing: [{ fact: 'child.age', label: 'Date of birth', personId: 'c1' }],
  alternatives: [],
};
// A structurally equal copy, as the engine returns on the next keystroke.
const copy = (r: ServiceResult): ServiceResult => JSON.parse(JSON.stringify(r)) as ServiceResult;

describe('sameResult', () => {
  it('treats a fresh but equal result as the same', () => {
    expect(sameResult(base, copy(base))).toBe(true);
  });

  it.each<[string, (r: ServiceResult) => ServiceResult]>([
    ['the verdict', (r) => ({ ...r, verdict: 'eligible' })],
    ['a reason status', (r) => ({ ...r, reasons: [{ ...r.reasons[0]!, status: 'not-met' }, r.reasons[1]!] })],
    [
      "a reason message (e.g. a child's age in it)",
      (r) => ({
        ...r,
        reasons: [{ ...r.reasons[0]!, message: 'For children aged 5 to 12 (a child here is aged 7)' }, r.reasons[1]!],
      }),
    ],
    ['the order of reasons', (r) => ({ ...r, reasons: [r.reasons[1]!, r.reasons[0]!] })],
    [
      'a citation note',
      (r) => ({ ...r, reasons: [{ ...r.reasons[0]!, citation: { ...citation, note: 'new' } }, r.reasons[1]!] }),
    ],
    [
      "a reason's alternatives",
      (r) => ({ ...r, reasons: [{ ...r.reasons[0]!, alternatives: ['s.two'] }, r.reasons[1]!] }),
    ],
    ['the missing facts', (r) => ({ ...r, missing: [] })],
    ['the person a missing fact is about', (r) => ({ ...r, missing: [{ ...r.missing[0]!, personId: 'c2' }] })],
    ['the alternatives', (r) => ({ ...r, alternatives: ['s.two'] })],
    ['the service', (r) => ({ ...r, serviceId: 's.two' })],
  ])('notices a change in %s', (_, change) => {
    expect(sameResult(base, change(copy(base)))).toBe(false);
  });
});
