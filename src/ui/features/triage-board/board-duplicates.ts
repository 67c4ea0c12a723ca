// Possible duplicates among the referral files the board has read: the same child referred to the same service
// within 90 days, each flagged on the later referral with a way to the earlier one.
import { findPossibleDuplicates, ukLongDate, type PossibleDuplicate } from '../../../domain';
import type { StoredDigest } from './board-ports';

export type DuplicateFlag = PossibleDuplicate & {
  /** The earlier referral's message, to open it from the later one. */
  readonly earlierMessageId: string;
};

const instant = (value: string) => {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
};

/** For each message whose file was read: the earlier referrals it may duplicate, newest first. */
export function duplicateFlags(
  digests: Readonly<Record<string, StoredDigest>>,
  now: Date,
): ReadonlyMap<string, readonly DuplicateFlag[]> {
  const entries = Object.entries(digests);
  const messageOf = new Map(entries.map(([id, d]) => [d.reference, id]));
  const out = new Map<string, DuplicateFlag[]>();
  for (const [messageId, digest] of entries) {
    const at = instant(digest.forDuplicates.referredOn);
    const earlier = entries
      .filter(([id, d]) => id !== messageId && instant(d.forDuplicates.referredOn) < at)
      .map(([, d]) => d.forDuplicates);
    if (earlier.length === 0) continue;
    const found = findPossibleDuplicates(digest.forDuplicates, earlier, { now });
    const flags = found.flatMap((f) => {
      const earlierMessageId = messageOf.get(f.reference);
      return earlierMessageId ? [{ ...f, earlierMessageId }] : [];
    });
    if (flags.length > 0) out.set(messageId, flags);
  }
  return out;
}

/** "Amira Hassan was referred to NVR on 3 November 2026 (SR-…)": for the people who screen, names are theirs to see. */
export function duplicateWords(flag: DuplicateFlag): string {
  return `${flag.child} was referred to ${flag.service.name} on ${ukLongDate(flag.referredOn) ?? flag.referredOn} (${flag.reference}).`;
}
