import type { StoreItem } from '@microsoft/agents-hosting';
import type { PostedCard } from '../teams/channel-port';

/** What the bot remembers of each referral's card: claimed before posting, then where it went. */
export type CardRecord = StoreItem & {
  readonly mailbox: string;
  readonly referralId: string;
  readonly messageId: string;
  readonly channelId: string;
  /** `posting` is a claim: an instance is posting the card now, or died doing so (stale after a while). */
  readonly status: 'posting' | 'posted';
  readonly owner: string;
  readonly claimedAt: string;
  readonly conversationId?: string;
  readonly activityId?: string;
  /**
   * The referral's triage version the channel's card was last drawn for, by any instance or click. Absent on records
   * kept before it was, which count as drawn for an unknown version: the card is redrawn once.
   */
  readonly drawnVersion?: number;
  /** A redraw claimed by an instance for a version, so two never both redraw; stale after a while, like `posting`. */
  readonly redrawing?: RedrawClaim;
};

export type RedrawClaim = { readonly version: number; readonly owner: string; readonly at: string };

export type PostedRecord = CardRecord & PostedCard & { readonly status: 'posted' };

export const isPosted = (r: CardRecord | undefined): r is PostedRecord =>
  r?.status === 'posted' && typeof r.conversationId === 'string' && typeof r.activityId === 'string';

/** One key per referral per mailbox: the unit two bot instances race for. */
export const cardKey = (mailbox: string, referralId: string) => `triage-card/${mailbox.toLowerCase()}/${referralId}`;

/** One key per referral per London day: a reminder goes out at most once a day. */
export const reminderKey = (mailbox: string, referralId: string, londonDay: string) =>
  `triage-reminder/${mailbox.toLowerCase()}/${referralId}/${londonDay}`;
