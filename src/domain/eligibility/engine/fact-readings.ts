import type { FactRegistry } from '../../catalogue/fact-registry';
import type { Target } from '../../criteria/kind';
import { MISSING } from '../../facts/fact';
import type { FactDefinition, FactReading, FactValue, ReadContext } from '../../facts/fact';

/** Every fact of a catalogue numbered once, so a reading is an array index rather than a lookup by name. */
export type FactSlots = {
  readonly defs: readonly FactDefinition[];
  readonly slotOf: ReadonlyMap<string, number>;
  readonly family: readonly number[];
  readonly child: readonly number[];
  readonly adult: readonly number[];
};

/** What one referral says of every fact: the family's, and each person's own by person id. */
export type Readings = {
  readonly today: string;
  readonly family: readonly FactReading[];
  readonly byPerson: ReadonlyMap<string, readonly FactReading[]>;
};

export function factSlots(registry: FactRegistry): FactSlots {
  const defs = [...registry.facts.values()];
  const slotsOf = (scope: FactDefinition['scope']) => defs.flatMap((d, i) => (d.scope === scope ? [i] : []));
  return {
    defs,
    slotOf: new Map(defs.map((d, i) => [d.id, i])),
    family: slotsOf('family'),
    child: slotsOf('child'),
    adult: slotsOf('adult'),
  };
}

function readOne(def: FactDefinition, input: unknown, ctx: ReadContext): FactReading {
  try {
    return def.read(input, ctx);
  } catch {
    return MISSING;
  }
}

/**
 * Reads every fact at once: a full evaluation reads nearly all of them anyway, and comparing two referrals' readings
 * is how the engine finds what a change touched.
 */
export function readAll(input: unknown, people: readonly Target[], slots: FactSlots, today: string): Readings {
  const family: FactReading[] = new Array<FactReading>(slots.defs.length).fill(MISSING);
  const familyCtx: ReadContext = { today };
  for (const i of slots.family) family[i] = readOne(slots.defs[i]!, input, familyCtx);
  const byPerson = new Map<string, FactReading[]>();
  for (const person of people) {
    const own: FactReading[] = new Array<FactReading>(slots.defs.length).fill(MISSING);
    const ctx: ReadContext = { today, person: person.record };
    for (const i of person.kind === 'child' ? slots.child : slots.adult) own[i] = readOne(slots.defs[i]!, input, ctx);
    byPerson.set(person.id, own);
  }
  return { today, family, byPerson };
}

/** The reading the engine's reader gives, with the reference's rules: a person's fact needs a person of its kind. */
export function readingOf(readings: Readings, slots: FactSlots, factId: string, person?: Target): FactReading {
  const slot = slots.slotOf.get(factId);
  if (slot === undefined) return MISSING;
  const scope = slots.defs[slot]!.scope;
  if (scope === 'family') return readings.family[slot]!;
  if (!person || person.kind !== scope) return MISSING;
  return readings.byPerson.get(person.id)?.[slot] ?? MISSING;
}

function sameValue(a: FactValue, b: FactValue): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export const sameReading = (a: FactReading, b: FactReading): boolean =>
  a === b || (a.state === b.state && (a.state !== 'known' || (b.state === 'known' && sameValue(a.value, b.value))));

/** The ids of the facts whose reading differs between two lists of the same slots. */
export function changedFacts(
  before: readonly FactReading[],
  after: readonly FactReading[],
  slots: FactSlots,
): string[] {
  const changed: string[] = [];
  for (let i = 0; i < after.length; i += 1) {
    if (!sameReading(before[i]!, after[i]!)) changed.push(slots.defs[i]!.id);
  }
  return changed;
}
