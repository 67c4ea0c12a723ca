import type { FieldPath } from '../../../components/field-id';

const INTEGER = /^-?\d+$/;

/**
 * How an option's value is stored. The referral schema keeps its numbered vocabularies (P2P level, GFPO need) as
 * numbers, and the engine reads either form; catalogue questions (under `answers`) keep their values as text.
 */
export function storedOption(path: FieldPath, value: string): string | number {
  return path[0] !== 'answers' && INTEGER.test(value) ? Number(value) : value;
}

export const storedOptions = (path: FieldPath, values: readonly string[]): (string | number)[] =>
  values.map((v) => storedOption(path, v));

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** An answer as the form shows it: an option's words, or the value itself; undefined while there is none. */
export function answerWords(
  value: unknown,
  options: readonly { readonly value: string; readonly label: string }[] = [],
): string | undefined {
  if (!present(value)) return undefined;
  const one = (v: unknown) => options.find((o) => o.value === String(v))?.label ?? String(v);
  if (Array.isArray(value)) return value.map(one).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return typeof value === 'object' ? undefined : one(value);
}
