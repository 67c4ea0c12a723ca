// A fact is one thing the engine can know about a referral. Criteria name facts by id; the form asks for the
// facts the engine reports missing, so facts carry the words and the input type of their question.

export type FactValue = string | number | readonly string[];

/** What a referral says about a fact: a value, "not known" (answered as unknown), or nothing yet. */
export type FactReading =
  | { readonly state: 'known'; readonly value: FactValue }
  | { readonly state: 'not-known' }
  | { readonly state: 'missing' };

export const MISSING: FactReading = Object.freeze({ state: 'missing' });
export const NOT_KNOWN: FactReading = Object.freeze({ state: 'not-known' });
export const known = (value: FactValue): FactReading => ({ state: 'known', value });

export type FactType = 'answer' | 'number' | 'choice' | 'multi' | 'date' | 'text';

/** family facts are read from the referral; child and adult facts from one person in it. */
export type FactScope = 'family' | 'child' | 'adult';

export type FactOption = { readonly value: string; readonly label: string };

/** The clock and the person in view, passed to every reading (the domain never reads the clock itself). */
export type ReadContext = {
  /** Europe/London date of evaluation, YYYY-MM-DD. */
  readonly today: string;
  /** The person a child or adult fact is read from. */
  readonly person?: Readonly<Record<string, unknown>>;
};

export type FactDefinition = {
  readonly id: string;
  readonly label: string;
  readonly type: FactType;
  readonly scope: FactScope;
  readonly options?: readonly FactOption[];
  readonly hint?: string;
  /** Where the form writes the answer, relative to the referral (or to the person for person facts). */
  readonly path: readonly string[];
  /** Reads the fact from untrusted input; never throws. */
  read(referral: unknown, ctx: ReadContext): FactReading;
};

/** The value at `path` in untrusted input, or undefined. */
export function valueAt(input: unknown, path: readonly string[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
