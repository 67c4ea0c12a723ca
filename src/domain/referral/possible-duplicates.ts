import { isRealIsoDate } from '../common/iso-date';
import { addCalendarDays, londonDate } from '../common/london';
import { ukLongDate } from '../common/uk-date-words';
import { sameChild } from './same-child';
import type { ChildMatch, ChildToCompare } from './same-child';

/** The same child referred to the same service within this many days is a possible duplicate. */
export const DUPLICATE_WINDOW_DAYS = 90;

export type DuplicateCheckService = { readonly id: string; readonly name: string };

export type DuplicateCheckChild = ChildToCompare & {
  /** The services this child is referred to; absent means every service of the referral. */
  readonly serviceIds?: readonly string[];
};

/** A referral as the duplicate rule reads it. */
export type DuplicateCheckReferral = {
  /** Its own reference, if it has one, so a referral is never its own duplicate. */
  readonly reference?: string;
  readonly children: readonly DuplicateCheckChild[];
  readonly services: readonly DuplicateCheckService[];
};

export type EarlierReferral = DuplicateCheckReferral & {
  readonly reference: string;
  /** When it was referred: YYYY-MM-DD, or a date and time with an offset. */
  readonly referredOn: string;
};

export type PossibleDuplicate = {
  readonly reference: string;
  /** The Europe/London date of the earlier referral, YYYY-MM-DD. */
  readonly referredOn: string;
  /** The child's name as the earlier referral gives it. */
  readonly child: string;
  readonly service: DuplicateCheckService;
  readonly matchedOn: ChildMatch;
};

/** Earlier referrals of the same child to the same service in the 90 days up to `now`, newest first. */
export function findPossibleDuplicates(
  candidate: DuplicateCheckReferral,
  earlier: readonly EarlierReferral[],
  options: { readonly now: Date },
): PossibleDuplicate[] {
  const today = londonDate(options.now);
  const from = addCalendarDays(today, -DUPLICATE_WINDOW_DAYS);
  const found: PossibleDuplicate[] = [];
  for (const before of earlier) {
    const on = dateOf(before.referredOn);
    if (on === undefined || on < from || on > today || before.reference === candidate.reference) continue;
    for (const child of candidate.children)
      for (const service of servicesOf(candidate, child)) {
        // The candidate's approximate ages are as on today.
        const match = matchIn(before, on, service.id, { child, on: today });
        if (match) found.push({ reference: before.reference, referredOn: on, service, ...match });
      }
  }
  return found.sort((a, b) => b.referredOn.localeCompare(a.referredOn) || a.reference.localeCompare(b.reference));
}

/** "You referred Amira Hassan to NVR on 3 November"; the year is added when it is not the year of `now`. */
export function possibleDuplicateText(duplicate: PossibleDuplicate, options: { readonly now: Date }): string {
  const long = ukLongDate(duplicate.referredOn) ?? duplicate.referredOn;
  const sameYear = duplicate.referredOn.slice(0, 4) === londonDate(options.now).slice(0, 4);
  const date = sameYear ? long.replace(/ \d{4}$/, '') : long;
  return `You referred ${duplicate.child} to ${duplicate.service.name} on ${date}`;
}

function matchIn(
  before: EarlierReferral,
  on: string,
  serviceId: string,
  current: { child: DuplicateCheckChild; on: string },
): { child: string; matchedOn: ChildMatch } | undefined {
  for (const child of before.children) {
    if (!servicesOf(before, child).some((s) => s.id === serviceId)) continue;
    const matchedOn = sameChild(current, { child, on });
    if (matchedOn) return { child: child.name, matchedOn };
  }
  return undefined;
}

function servicesOf(referral: DuplicateCheckReferral, child: DuplicateCheckChild): DuplicateCheckService[] {
  const ids = child.serviceIds;
  return referral.services.filter((s) => ids === undefined || ids.includes(s.id));
}

function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isRealIsoDate(value)) return value;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : londonDate(new Date(ms));
}
