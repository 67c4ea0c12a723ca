// What a stored draft must look like to be read back. Anything else in the database is skipped and reported,
// never passed to the form (a damaged record must not crash the card). Checked without zod: drafts are read
// before the first screen, which zod would slow by 30 KB gzip; the rules are zod's own, written out.
import { isRecord, migrateReferral } from '../../../domain';
import type { Draft, DraftReferral } from '../../state/draft';

// An instant in UTC, as zod's z.iso.datetime() accepts it (a real calendar date, seconds, optional fraction, Z).
const ISO_INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$/;

const isInstant = (v: unknown): v is string => typeof v === 'string' && ISO_INSTANT.test(v);

/** A plain object from any realm (IndexedDB hands back copies made in the page's own), as zod tells one. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const ctor: unknown = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isRecord(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

export function parseDraftRecord(value: unknown): Draft | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, createdAt, updatedAt, referral } = value;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200) return undefined;
  if (!isInstant(createdAt) || !isInstant(updatedAt) || !isPlainObject(referral)) return undefined;
  // Only the known fields, as zod's object() would give them. A draft saved by an earlier version is migrated.
  return {
    id,
    createdAt,
    updatedAt,
    referral: { ...(migrateReferral(referral) as Record<string, unknown>) } as DraftReferral,
  };
}

/** The id of a record, if it has a readable one, for reporting a damaged record without its content. */
export function recordId(value: unknown): string | undefined {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}
