import type { FactDefinition, FactOption, FactReading, FactScope, FactType, ReadContext } from './fact';
import { MISSING, NOT_KNOWN, known, valueAt } from './fact';
import { isRealIsoDate } from '../common/iso-date';

/** What a fact says about itself: its id, its question and where the referral holds the answer. */
export type FactSpec = {
  id: string;
  label: string;
  scope?: FactScope;
  path: readonly string[];
  hint?: string;
};

const optionsOf = (vocabulary: Readonly<Record<string, string>>): FactOption[] =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label }));

const source = (referral: unknown, ctx: ReadContext, scope: FactScope): unknown =>
  scope === 'family' ? referral : ctx.person;

const definition = (
  spec: FactSpec,
  type: FactType,
  read: FactDefinition['read'],
  options: FactOption[] | undefined,
): FactDefinition => ({
  id: spec.id,
  label: spec.label,
  type,
  scope: spec.scope ?? 'family',
  path: spec.path,
  ...(spec.hint ? { hint: spec.hint } : {}),
  ...(options ? { options } : {}),
  read,
});

/** A fact read from the one place its path names. */
const define = (
  spec: FactSpec,
  type: FactType,
  interpret: (raw: unknown) => FactReading,
  options?: FactOption[],
): FactDefinition => {
  const scope = spec.scope ?? 'family';
  return definition(
    spec,
    type,
    (referral, ctx) => interpret(valueAt(source(referral, ctx, scope), spec.path)),
    options,
  );
};

/** A fact whose answers come from a closed vocabulary. */
const closedFact = (
  spec: FactSpec,
  type: FactType,
  vocabulary: Readonly<Record<string, string>>,
  interpret: (raw: unknown, allowed: ReadonlySet<string>) => FactReading,
): FactDefinition => {
  const allowed = new Set(Object.keys(vocabulary));
  return define(spec, type, (raw) => interpret(raw, allowed), optionsOf(vocabulary));
};

const ANSWER_OPTIONS: FactOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-known', label: 'Not known' },
];

/** A yes / no / not-known question. */
export const answerFact = (spec: FactSpec): FactDefinition =>
  define(
    spec,
    'answer',
    (raw) => {
      if (raw === 'yes' || raw === 'no') return known(raw);
      if (raw === 'not-known') return NOT_KNOWN;
      return MISSING;
    },
    ANSWER_OPTIONS,
  );

/** One of a closed list of values; the value `not-known` reads as not known. */
export const choiceFact = (spec: FactSpec, vocabulary: Readonly<Record<string, string>>): FactDefinition =>
  closedFact(spec, 'choice', vocabulary, (raw, allowed) => {
    if (raw === 'not-known') return NOT_KNOWN;
    if (typeof raw === 'string' && allowed.has(raw)) return known(raw);
    if (typeof raw === 'number' && allowed.has(String(raw))) return known(raw);
    return MISSING;
  });

/** A list of values from a closed vocabulary; an empty list is a known "none". */
export const multiFact = (spec: FactSpec, vocabulary: Readonly<Record<string, string>>): FactDefinition =>
  closedFact(spec, 'multi', vocabulary, (raw, allowed) => {
    if (!Array.isArray(raw)) return MISSING;
    const values = raw.map(String).filter((v) => allowed.has(v));
    return known([...new Set(values)]);
  });

/** A finite number within bounds. */
export const numberFact = (spec: FactSpec, min: number, max: number): FactDefinition =>
  define(spec, 'number', (raw) => {
    if (raw === 'not-known') return NOT_KNOWN;
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max) return known(raw);
    return MISSING;
  });

/** A calendar date YYYY-MM-DD. */
export const dateFact = (spec: FactSpec): FactDefinition =>
  define(spec, 'date', (raw) => (typeof raw === 'string' && isRealIsoDate(raw) ? known(raw) : MISSING));

/** A fact computed from several places; `path` says where the form asks for it. */
export const derivedFact = (
  spec: FactSpec & { type: FactType; options?: FactOption[] },
  compute: (referral: unknown, ctx: ReadContext) => FactReading,
): FactDefinition =>
  definition(
    spec,
    spec.type,
    (referral, ctx) => {
      try {
        return compute(referral, ctx);
      } catch {
        return MISSING;
      }
    },
    spec.options,
  );

export { ANSWER_OPTIONS, optionsOf };
