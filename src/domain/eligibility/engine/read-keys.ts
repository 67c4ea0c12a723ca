import type { FactReading } from '../../facts/fact';
import type { Plan } from './compile-plan';
import { sameReading } from './fact-readings';
import type { Readings } from './fact-readings';

// Keys for what a part of a service reads in one referral, so results kept from an earlier referral that read the
// same are found by comparing numbers. Parts that read the same slots share a signature (compile-plan.ts); each
// signature remembers what it read in its last few keys. A referral that reads the same as one of them gets that
// key; any other gets a new number, never given before, so a key can only ever stand for one set of readings.

/** How many keys each signature remembers what it read for: a little more than the results kept per part. */
const REMEMBER = 8;
/** Past this many, the keys for people chosen for a service are forgotten (a new number is given next time). */
const MAX_CHOSEN = 10_000;

/** What a signature read for one key. */
type Seen = {
  readonly key: number;
  readonly today: string;
  readonly people: string;
  /** The readings of its family slots, then of its person slots, person by person. */
  readonly family: readonly FactReading[];
  readonly persons: readonly (readonly FactReading[])[];
};

/** What an engine keeps of its keys between referrals. */
export type Numbering = {
  next: number;
  /** Per signature, what it read for its last few keys, newest first. */
  readonly seen: (Seen[] | undefined)[];
  /** A signature's key and the people chosen for a service, as text → key. */
  readonly chosen: Map<string, number>;
};

export const newNumbering = (): Numbering => ({ next: 0, seen: [], chosen: new Map() });

/** One referral's readings, and its keys by signature (-1 until asked). */
export type ReferralKeys = {
  readonly numbering: Numbering;
  readonly plan: Plan;
  readonly today: string;
  readonly people: string;
  /** Each person's readings, in order. */
  readonly persons: readonly (readonly FactReading[])[];
  readonly family: readonly FactReading[];
  readonly keys: Int32Array;
};

export const referralKeys = (numbering: Numbering, plan: Plan, readings: Readings, people: string): ReferralKeys => ({
  numbering,
  plan,
  today: readings.today,
  people,
  persons: [...readings.byPerson.values()],
  family: readings.family,
  keys: new Int32Array(plan.signatures.length).fill(-1),
});

const sameAt = (seen: readonly FactReading[], now: readonly FactReading[], slots: readonly number[]): boolean =>
  slots.every((slot, i) => sameReading(seen[i]!, now[slot]!));

/** Whether a signature reads in this referral what it read for an earlier key. */
function readsAsBefore(k: ReferralKeys, sig: number, seen: Seen): boolean {
  const { familySlots, personSlots, readsPeople } = k.plan.signatures[sig]!;
  if (seen.today !== k.today || !sameAt(seen.family, k.family, familySlots)) return false;
  if (!readsPeople) return true;
  if (seen.people !== k.people || seen.persons.length !== k.persons.length) return false;
  return k.persons.every((own, p) => sameAt(seen.persons[p]!, own, personSlots));
}

/** A signature's key in this referral, for everyone: an earlier one's where it read the same, else a new one. */
export function signatureKey(k: ReferralKeys, sig: number): number {
  const known = k.keys[sig]!;
  if (known >= 0) return known;
  const n = k.numbering;
  const list = (n.seen[sig] ??= []);
  const before = list.find((seen) => readsAsBefore(k, sig, seen));
  if (before) return (k.keys[sig] = before.key);
  const { familySlots, personSlots, readsPeople } = k.plan.signatures[sig]!;
  const seen: Seen = {
    key: n.next++,
    today: k.today,
    people: readsPeople ? k.people : '',
    family: familySlots.map((slot) => k.family[slot]!),
    persons: readsPeople ? k.persons.map((own) => personSlots.map((slot) => own[slot]!)) : [],
  };
  list.unshift(seen);
  if (list.length > REMEMBER) list.pop();
  return (k.keys[sig] = seen.key);
}

/** A signature's key in this referral for a service with people chosen for it. */
export function chosenKey(k: ReferralKeys, sig: number, chosen: readonly string[]): number {
  const n = k.numbering;
  const text = `${signatureKey(k, sig)}@${JSON.stringify(chosen)}`;
  let key = n.chosen.get(text);
  if (key === undefined) {
    if (n.chosen.size >= MAX_CHOSEN) n.chosen.clear();
    n.chosen.set(text, (key = n.next++));
  }
  return key;
}
