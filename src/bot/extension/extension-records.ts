import type { StoreItem } from '@microsoft/agents-hosting';
import type { PostedCard } from '../teams/channel-port';

/** Where a request's card went: claimed before posting (so two instances never post it twice), then posted. */
export type ExtensionCardRecord = StoreItem & {
  readonly mailbox: string;
  readonly referralId: string;
  readonly requestId: string;
  readonly messageId: string;
  readonly channelId: string;
  readonly status: 'posting' | 'posted';
  readonly conversationId?: string;
  readonly activityId?: string;
};

export const isPostedExtension = (
  r: ExtensionCardRecord | undefined,
): r is ExtensionCardRecord & PostedCard & { status: 'posted' } =>
  r?.status === 'posted' && typeof r.conversationId === 'string' && typeof r.activityId === 'string';

export const extensionCardKey = (mailbox: string, referralId: string, requestId: string) =>
  `extension-card/${mailbox.toLowerCase()}/${referralId}/${requestId}`;

/** The plans the bot knows of in a mailbox, for the 10-week reminder: referral id → its message and start. */
export type PlanIndex = StoreItem & {
  readonly plans: Record<string, { messageId: string; startDate: string; requested: boolean }>;
};
export const planIndexKey = (mailbox: string) => `extension-plans/${mailbox.toLowerCase()}`;

/** One reminder per plan start: a corrected start date may earn another. */
export const planReminderKey = (mailbox: string, referralId: string, startDate: string) =>
  `extension-reminder/${mailbox.toLowerCase()}/${referralId}/${startDate}`;
