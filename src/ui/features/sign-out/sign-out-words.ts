// The question "Sign out" asks, in words, from what is kept on this device for the person signing out.
import { londonDateTime, ukLongDate } from '../../../domain';
import type { DeviceData } from './device-data';

export type SignOutQuestion = {
  /** What will be cleared, one line each. */
  readonly cleared: readonly string[];
  /** Referrals not yet sent to every service: said first, as a warning. */
  readonly unsent: readonly string[];
  /** The button that signs out. */
  readonly confirm: string;
};

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** "3 November 2026", the London date of an instant. */
const day = (iso: string): string => ukLongDate(londonDateTime(new Date(iso)).date) ?? 'an earlier day';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function signOutQuestion(data: DeviceData): SignOutQuestion {
  const unsent = data.filings.map(
    (f) =>
      `The referral you filed on ${day(f.filedAt)} has not reached ${list(f.services)} yet. If you sign out now, it will not be sent to them.`,
  );
  const drafts = data.drafts.length
    ? `Your ${plural(data.drafts.length, 'draft', 'drafts')} not filed: ${data.drafts.map((d) => d.title).join('; ')}.`
    : 'You have no drafts kept on this device.';
  return {
    unsent,
    cleared: [
      drafts,
      ...(data.filings.length
        ? [`Your ${plural(data.filings.length, 'unfinished filing', 'unfinished filings')}.`]
        : []),
      'The details remembered for you: your role, organisation, team and phone number.',
    ],
    confirm: unsent.length ? 'Sign out without sending' : 'Sign out',
  };
}
