import { ageInYears, londonDate } from '../domain/common/london';
import { earlierReferralOf } from '../domain';
import type { EarlierReferral, FiledReferral } from '../domain';

/** A child as a list may show them to the people who already know the family: initials and age, no name. */
export type DigestChild = {
  /** "A H" for Amira Hassan: the first letter of each word of the name, capitals, at most three. */
  readonly initials: string;
  /** Whole years on the day the digest is made; undefined for an unborn child or when no age was given. */
  readonly age?: number;
};

/**
 * What a list (My referrals, the triage board) needs from a filed referral.json without keeping the whole document:
 * the children as initials and ages, the family's initials, and the referral as the duplicate rule reads it.
 */
export type ReferralDigest = {
  readonly reference: string;
  readonly filedAt: string;
  readonly children: readonly DigestChild[];
  /** The initials of the family's surnames, from the children first, then the adults (e.g. ["H"]). */
  readonly familyInitials: readonly string[];
  /** For findPossibleDuplicates: the children with names and dates of birth, and the services of this mailbox. */
  readonly forDuplicates: EarlierReferral;
};

const words = (name: string): string[] =>
  name
    .trim()
    .split(/[\s\-‐–]+/u)
    .filter((w) => /\p{L}/u.test(w));
const first = (word: string): string => (word.match(/\p{L}/u)?.[0] ?? '').toLocaleUpperCase('en-GB');

/** "A H" for "Amira Hassan", "M J O" for "Mary-Jane O'Brien": letters only, at most three. */
export function initialsOf(name: string): string {
  return words(name)
    .slice(0, 3)
    .map(first)
    .filter((c) => c !== '')
    .join(' ');
}

/** A filed referral.json as a list and the duplicate rule read it; `now` gives the children's ages. */
export function referralDigest(document: FiledReferral, now: Date): ReferralDigest {
  const r = document.referral;
  const today = londonDate(now);
  const filedOn = londonDate(new Date(document.filedAt));
  const children = r.people.flatMap((p) => (p.kind === 'child' ? [p] : []));
  const surnames = new Set<string>();
  for (const p of [...children, ...r.people.filter((x) => x.kind === 'adult')]) {
    const last = words(p.name).at(-1);
    if (last !== undefined && words(p.name).length > 1) surnames.add(first(last));
  }
  return {
    reference: document.reference,
    filedAt: document.filedAt,
    children: children.map((c) => {
      const age = ageOf(c, filedOn, today);
      return { initials: initialsOf(c.name), ...(age === undefined ? {} : { age }) };
    }),
    familyInitials: [...surnames],
    forDuplicates: earlierReferralOf(document),
  };
}

function ageOf(
  child: { dateOfBirth?: string | undefined; approximateAge?: number | undefined },
  filedOn: string,
  today: string,
): number | undefined {
  if (child.dateOfBirth !== undefined) return ageInYears(child.dateOfBirth, today);
  if (child.approximateAge === undefined) return undefined;
  // An approximate age was given on the day of filing: the years since then are added.
  return child.approximateAge + Math.max(0, ageInYears(filedOn, today));
}
