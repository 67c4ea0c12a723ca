import { z } from 'zod';
import { ISO_DATE, isRealIsoDate } from './iso-date';

export { daysInMonth, isRealIsoDate } from './iso-date';

/** A calendar date (no time, no zone), e.g. a date of birth. */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, { message: 'Enter a date in the form YYYY-MM-DD' })
  .refine(isRealIsoDate, { message: 'Enter a real date in the form YYYY-MM-DD' });

/** An instant with an explicit offset, e.g. 2026-11-23T09:30:00Z. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'Enter a date and time with a time zone' });
