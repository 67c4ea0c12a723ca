// The referrer's own details, kept for the signed-in user between referrals so they are not typed every time. Read
// back without zod (the referrer section is on the first screen): a stored value of any other shape is ignored.
import { isRecord } from '../../../domain';
import type { DraftPart } from '../../state/draft';
import type { UserSettings } from '../../host-context';

/** The settings key the details are kept under. */
export const REMEMBERED_REFERRER_KEY = 'referrer-details';
const VERSION = 1;

/** Never the name or email (the sign-in gives those), and nothing about a family. Limits as the referral schema's. */
const LIMITS = { role: 200, organisation: 200, team: 200, phone: 40 } as const;
export type RememberedField = keyof typeof LIMITS;
export const REMEMBERED_FIELDS = Object.keys(LIMITS) as readonly RememberedField[];

export type RememberedReferrer = Partial<Record<RememberedField, string>>;
type DraftReferrer = DraftPart<'referrer'>;

const text = (v: unknown, max: number): string | undefined => {
  const t = typeof v === 'string' ? v.trim() : '';
  return t !== '' && t.length <= max ? t : undefined;
};

/** The details in what was stored: another version or shape is ignored whole, a field too long or not text alone. */
export function parseRemembered(value: unknown): RememberedReferrer | undefined {
  if (!isRecord(value) || value.v !== VERSION) return undefined;
  const out: RememberedReferrer = {};
  for (const field of REMEMBERED_FIELDS) {
    const v = text(value[field], LIMITS[field]);
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/** What the referrer's section now holds of the remembered fields (blank ones left out). */
export function rememberedFrom(referrer: DraftReferrer | undefined): RememberedReferrer {
  const out: RememberedReferrer = {};
  for (const field of REMEMBERED_FIELDS) {
    const v = text(referrer?.[field], LIMITS[field]);
    if (v !== undefined) out[field] = v;
  }
  return out;
}

export const sameRemembered = (a: RememberedReferrer, b: RememberedReferrer): boolean =>
  REMEMBERED_FIELDS.every((f) => a[f] === b[f]);

/** The remembered details for the blank fields only: what the referrer typed is never replaced. */
export function prefillFor(referrer: DraftReferrer | undefined, remembered: RememberedReferrer): RememberedReferrer {
  const patch: RememberedReferrer = {};
  for (const field of REMEMBERED_FIELDS) {
    const now = referrer?.[field];
    const kept = remembered[field];
    if (kept !== undefined && (typeof now !== 'string' || now.trim() === '')) patch[field] = kept;
  }
  return patch;
}

/** The remembered details, or undefined (none, unreadable, or not ours); never rejects. */
export async function readRemembered(settings: UserSettings): Promise<RememberedReferrer | undefined> {
  try {
    return parseRemembered(await settings.read(REMEMBERED_REFERRER_KEY));
  } catch {
    return undefined; // a new referral is then typed in full, as before
  }
}

/** Keeps the details; rejects with the host's words when they could not be kept. */
export function writeRemembered(settings: UserSettings, details: RememberedReferrer): Promise<void> {
  return settings.write(REMEMBERED_REFERRER_KEY, { v: VERSION, ...details });
}
