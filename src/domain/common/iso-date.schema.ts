import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (so 2026-02-30 is refused). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date (no time, no zone), e.g. a date of birth. */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, { message: 'Enter a date in the form YYYY-MM-DD' })
  .refine(isRealIsoDate, { message: 'Enter a real date in the form YYYY-MM-DD' });

/** An instant with an explicit offset, e.g. 2026-11-23T09:30:00Z. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'Enter a date and time with a time zone' });
