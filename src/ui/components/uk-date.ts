// Dates are typed in UK order or with the month in words, stored as YYYY-MM-DD and shown back in words.
import type { UkDateKind } from '../../domain';
import { UK_DATE_EXAMPLE, isRealIsoDate, londonDate, parseUkDate, ukLongDate } from '../../domain';

export type UkDateReading =
  { readonly ok: true; readonly iso: string; readonly long: string } | { readonly ok: false; readonly message: string };

/**
 * Reads a date as typed. A date of birth after today is kept, not refused: the card reads that child as not yet born
 * and flags it as a probable slip, so the date is read again as an ordinary date to see whether that is all.
 */
export function readUkDate(text: string, kind: UkDateKind, today: string): UkDateReading {
  const read = parseUkDate(text, { kind, today });
  if (read.ok || kind !== 'birth') return read;
  const plain = parseUkDate(text, { kind: 'other', today });
  return plain.ok && plain.iso > today ? plain : read;
}

/** 2019-03-27 → 27/03/2019; anything else is shown as it was typed. */
export function formatUkDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  return isRealIsoDate(value) ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
}

/** 2027-03-03 → "3 March 2027", for dates shown in a sentence; undefined when it is not a real date. */
export function formatUkLongDate(value: unknown): string | undefined {
  return typeof value === 'string' && isRealIsoDate(value) ? ukLongDate(value) : undefined;
}

/** The plain-words problem with a stored date value, or undefined when it is a real date (or empty). */
export function dateProblem(value: unknown, today: string = londonDate(new Date())): string | undefined {
  if (value === undefined || value === '' || (typeof value === 'string' && isRealIsoDate(value))) return undefined;
  if (typeof value !== 'string') return UK_DATE_EXAMPLE;
  const read = readUkDate(value, 'other', today);
  return read.ok ? undefined : read.message;
}
