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
