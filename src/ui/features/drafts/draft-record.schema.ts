// What a stored draft must look like to be read back. Anything else in the database is skipped and reported,
// never passed to the form (a damaged record must not crash the card).
import { z } from 'zod';
import type { Draft } from '../../state/draft';

export const draftRecordSchema = z.object({
  id: z.string().min(1).max(200),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  referral: z.record(z.string(), z.unknown()),
});

export function parseDraftRecord(value: unknown): Draft | undefined {
  const parsed = draftRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The id of a record, if it has a readable one, for reporting a damaged record without its content. */
export function recordId(value: unknown): string | undefined {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}
