// What the card needs of the referral contract before any validation runs, apart from the zod schema.

/** The version of `referral.json`; bump it, and migrate, when the shape changes. */
export const REFERRAL_SCHEMA_VERSION = 2 as const;

/** 150 MB: the largest attachment Graph upload sessions take for a message. */
export const MAX_ATTACHMENT_BYTES = 150 * 1024 * 1024;

/** The short reference people quote, derived from the referral id (e.g. RC-3F2A9C1B). */
export function referenceFor(referralId: string): string {
  return `RC-${referralId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}
