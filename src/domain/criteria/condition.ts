import type { FactReading, FactValue } from '../facts/fact';
import type { Target } from './kind';

/** A test over facts, written as data. Facts are named by id (see facts/core-facts.ts and catalogue questions). */
export type Condition =
  | { readonly fact: string; readonly eq: string | number }
  | { readonly fact: string; readonly in: readonly (string | number)[] }
  | { readonly fact: string; readonly gte: number }
  | { readonly fact: string; readonly lte: number }
  | { readonly fact: string; readonly includesAny: readonly string[] }
  | { readonly fact: string; readonly countAtLeast: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/**
 * Three-valued logic plus "not known": a condition is true, false, waits on a missing answer, or cannot be decided
 * because the referrer answered "not known".
 */
export type Truth = true | false | 'missing' | 'not-known';
export type ConditionResult = {
  readonly value: Truth;
  readonly missing: readonly string[];
  readonly notKnown: readonly string[];
  /** The answered facts that decided a true or false value, for the finding in words. */
  readonly decidedBy?: readonly string[];
};

export type FactLookup = (factId: string) => FactReading;

/** Every fact id a condition reads. */
export function conditionFacts(c: Condition, into: string[] = []): string[] {
  if ('all' in c) c.all.forEach((x) => conditionFacts(x, into));
  else if ('any' in c) c.any.forEach((x) => conditionFacts(x, into));
  else if ('not' in c) conditionFacts(c.not, into);
  else into.push(c.fact);
  return into;
}

/** A value equals a catalogue's value as text ("2" and 2 alike); values of one type compare without making text. */
const same = (a: FactValue, b: string | number) => (typeof a === typeof b ? a === b : String(a) === String(b));

function compare(c: Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>, v: FactValue): boolean {
  if ('eq' in c) return !Array.isArray(v) && same(v, c.eq);
  if ('in' in c) {
    if (Array.isArray(v)) return false;
    for (const x of c.in) if (same(v, x)) return true;
    return false;
  }
  if ('gte' in c) return typeof v === 'number' && v >= c.gte;
  if ('lte' in c) return typeof v === 'number' && v <= c.lte;
  if ('includesAny' in c) {
    if (!Array.isArray(v)) return false;
    for (const x of c.includesAny) if (v.includes(x)) return true;
    return false;
  }
  return Array.isArray(v) && v.length >= c.countAtLeast;
}

const decided = (value: boolean, decidedBy: readonly string[] = []): ConditionResult => ({
  value,
  missing: [],
  notKnown: [],
  decidedBy,
});

/** Kleene logic over parts, stopping at the first decisive part (false for all, true for any). */
function combine(parts: readonly Condition[], lookup: FactLookup, decisive: boolean): ConditionResult {
  let missing: string[] | undefined;
  let notKnown: string[] | undefined;
  let sawMissing = false;
  const by: string[] = [];
  for (const part of parts) {
    const r = evaluateCondition(part, lookup);
    // The part that decides is the whole reason; otherwise every part counted.
    if (r.value === decisive) return decided(decisive, r.decidedBy);
    if (r.value === 'missing') sawMissing = true;
    if (r.missing.length) (missing ??= []).push(...r.missing);
    if (r.notKnown.length) (notKnown ??= []).push(...r.notKnown);
    by.push(...(r.decidedBy ?? []));
  }
  if (sawMissing) return { value: 'missing', missing: missing ?? [], notKnown: notKnown ?? [] };
  if (notKnown) return { value: 'not-known', missing: missing ?? [], notKnown };
  return decided(!decisive, by);
}

/** Evaluates a condition; never throws. */
export function evaluateCondition(c: Condition, lookup: FactLookup): ConditionResult {
  if ('all' in c) return combine(c.all, lookup, false);
  if ('any' in c) return combine(c.any, lookup, true);
  if ('not' in c) {
    const inner = evaluateCondition(c.not, lookup);
    return typeof inner.value === 'boolean' ? decided(!inner.value, inner.decidedBy) : inner;
  }
  const reading = lookup(c.fact);
  if (reading.state === 'missing') return { value: 'missing', missing: [c.fact], notKnown: [] };
  if (reading.state === 'not-known') return { value: 'not-known', missing: [], notKnown: [c.fact] };
  return decided(compare(c, reading.value), [c.fact]);
}

/** Where a compiled condition reads its facts: the engine's reader, and the person for a rule about one person. */
export type FactReader = { read(factId: string, person?: Target): FactReading };

/** A condition's value alone, as a function made once per condition. */
export type TruthTest = (reader: FactReader, person?: Target) => Truth;

/** Kleene logic over parts' tests, stopping at the first decisive part (false for all, true for any). */
function combined(parts: readonly TruthTest[], decisive: boolean): TruthTest {
  return (reader, person) => {
    let missing = false;
    let notKnown = false;
    for (const part of parts) {
      const v = part(reader, person);
      if (v === decisive) return decisive;
      if (v === 'missing') missing = true;
      else if (v === 'not-known') notKnown = true;
    }
    return missing ? 'missing' : notKnown ? 'not-known' : !decisive;
  };
}

function leafTest(c: Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>): TruthTest {
  const { fact } = c;
  return (reader, person) => {
    const reading = reader.read(fact, person);
    if (reading.state === 'missing' || reading.state === 'not-known') return reading.state;
    return compare(c, reading.value);
  };
}

function makeTest(c: Condition): TruthTest {
  if ('all' in c) return combined(c.all.map(truthTest), false);
  if ('any' in c) return combined(c.any.map(truthTest), true);
  if ('not' in c) {
    const inner = truthTest(c.not);
    return (reader, person) => {
      const v = inner(reader, person);
      return typeof v === 'boolean' ? !v : v;
    };
  }
  return leafTest(c);
}

const tests = new WeakMap<Condition, TruthTest>();

/**
 * `evaluateCondition`'s value alone, making nothing as it runs: what weighing a criterion needs on every change.
 * The test is made once per condition and kept.
 */
export function truthTest(c: Condition): TruthTest {
  let test = tests.get(c);
  if (!test) tests.set(c, (test = makeTest(c)));
  return test;
}

/** The facts a condition whose value is missing waits on, in `evaluateCondition`'s order, as a function made once. */
type WaitingTest = (reader: FactReader, person: Target | undefined, into: string[]) => void;

function makeWaiting(c: Condition): WaitingTest {
  // Only parts that are themselves missing wait on anything: a decided or "not known" part names no fact.
  if ('all' in c || 'any' in c) {
    const parts = ('all' in c ? c.all : c.any).map((part) => [truthTest(part), waitingTest(part)] as const);
    return (reader, person, into) => {
      for (const [truth, waiting] of parts) if (truth(reader, person) === 'missing') waiting(reader, person, into);
    };
  }
  if ('not' in c) return waitingTest(c.not);
  const { fact } = c;
  return (reader, person, into) => {
    if (reader.read(fact, person).state === 'missing') into.push(fact);
  };
}

const waitings = new WeakMap<Condition, WaitingTest>();

function waitingTest(c: Condition): WaitingTest {
  let test = waitings.get(c);
  if (!test) waitings.set(c, (test = makeWaiting(c)));
  return test;
}

/** The facts a condition waits on, as `evaluateCondition(...).missing` lists them when its value is missing. */
export function waitingOn(c: Condition, reader: FactReader, person?: Target): string[] {
  const into: string[] = [];
  waitingTest(c)(reader, person, into);
  return into;
}
