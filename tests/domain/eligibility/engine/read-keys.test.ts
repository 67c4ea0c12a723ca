import { catalogue } from '../../../../src/catalogues';
import { compilePlan } from '../../../../src/domain/eligibility/engine/compile-plan';
import { readAll } from '../../../../src/domain/eligibility/engine/fact-readings';
import type { Readings } from '../../../../src/domain/eligibility/engine/fact-readings';
import {
  chosenKey,
  newNumbering,
  referralKeys,
  signatureKey,
} from '../../../../src/domain/eligibility/engine/read-keys';
import { peopleIn } from '../../../../src/domain/eligibility/engine-parts';
import { createEngine } from '../../../../src/domain';
import { evaluateReference } from '../../../../src/domain/eligibility/reference-engine';
import { NOW, referral } from '../../fixtures/referrals';

// The keys results are kept under: the same reading gives the same key, any difference a different one.

const plan = compilePlan(catalogue);
const people = '[]';
const readingsOf = (input: Record<string, unknown>, today = '2026-11-23'): Readings =>
  readAll(input, peopleIn(input), plan.slots, today);
/** The signature that reads the family's council, and one that reads people. */
const councilSig = plan.signatures.findIndex((s) =>
  s.familySlots.includes(plan.slots.slotOf.get('family.councilCode')!),
);
const peopleSig = plan.signatures.findIndex((s) => s.readsPeople);

describe('keys for what a part reads', () => {
  test('the same readings give the same key, in a later referral too', () => {
    const n = newNumbering();
    const first = signatureKey(referralKeys(n, plan, readingsOf(referral()), people), councilSig);
    const other = signatureKey(
      referralKeys(n, plan, readingsOf(referral({ family: { councilCode: 'E09000002' } })), people),
      councilSig,
    );
    const again = signatureKey(referralKeys(n, plan, readingsOf(referral()), people), councilSig);
    expect(councilSig).toBeGreaterThanOrEqual(0);
    expect(other).not.toBe(first);
    expect(again).toBe(first);
  });

  test('a different day, different people or different people chosen give a different key', () => {
    const n = newNumbering();
    const keys = referralKeys(n, plan, readingsOf(referral()), people);
    const key = signatureKey(keys, peopleSig);
    expect(signatureKey(referralKeys(n, plan, readingsOf(referral(), '2026-11-24'), people), peopleSig)).not.toBe(key);
    expect(signatureKey(referralKeys(n, plan, readingsOf(referral()), '[["c1"]]'), peopleSig)).not.toBe(key);
    expect(chosenKey(keys, peopleSig, ['c1'])).not.toBe(key);
    expect(chosenKey(keys, peopleSig, ['c1'])).not.toBe(chosenKey(keys, peopleSig, ['c1', 'p1']));
    expect(chosenKey(keys, peopleSig, ['c1'])).toBe(chosenKey(keys, peopleSig, ['c1']));
  });

  test('answers that run together differently do not share a key', () => {
    const n = newNumbering();
    const sig = plan.signatures.findIndex((s) => s.familySlots.length >= 2);
    const [a, b] = plan.signatures[sig]!.familySlots as [number, number];
    const base = readingsOf(referral());
    const withText = (x: string, y: string): Readings => {
      const family = [...base.family];
      family[a] = { state: 'known', value: x };
      family[b] = { state: 'known', value: y };
      return { ...base, family };
    };
    const one = signatureKey(referralKeys(n, plan, withText('a,b', 'c'), people), sig);
    const two = signatureKey(referralKeys(n, plan, withText('a', 'b,c'), people), sig);
    expect(one).not.toBe(two);
  });

  test('a signature remembers a few referrals; past them it gives a new key, never an old one again', () => {
    const n = newNumbering();
    const codes = ['E09000001', 'E09000002', 'E09000003', 'E09000004', 'E09000005', 'E09000006'];
    const keyFor = (code: string) =>
      signatureKey(referralKeys(n, plan, readingsOf(referral({ family: { councilCode: code } })), people), councilSig);
    const first = codes.map(keyFor);
    expect(new Set(first).size).toBe(codes.length);
    expect(codes.map(keyFor)).toEqual(first);
    const many = Array.from({ length: 20 }, (_, i) => keyFor(`E0800${String(i).padStart(4, '0')}`));
    const afterwards = keyFor(codes[0]!);
    expect(new Set([...first, ...many]).size).toBe(first.length + many.length);
    expect([...first, ...many]).not.toContain(afterwards);
  });

  test('keys for people chosen are forgotten past their bound, and an engine still agrees with the reference', () => {
    const n = newNumbering();
    const keys = referralKeys(n, plan, readingsOf(referral()), people);
    for (let i = 0; i < 10_001; i += 1) chosenKey(keys, peopleSig, [`p${i}`]);
    expect(n.chosen.size).toBeLessThanOrEqual(10_000);
    const engine = createEngine(catalogue);
    const id = catalogue.services[3]!.id;
    const choosing = (i: number) =>
      referral({
        services: [{ serviceId: id, personIds: ['c1'] }],
        people: [{ id: 'c1', kind: 'child', name: `Child ${i}` }],
      });
    for (let i = 0; i < 50; i += 1) engine.evaluate(choosing(i), { now: NOW });
    expect(engine.evaluate(choosing(3), { now: NOW })).toEqual(evaluateReference(choosing(3), catalogue, { now: NOW }));
  });
});
