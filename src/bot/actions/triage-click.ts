import type { Catalogue } from '../../domain';
import { noticeCard, type AdaptiveCard, type CardPerson } from '../../cards';
import type { ServiceBinding } from '../config/bot-config';
import { readOne, type BotStorage } from '../storage/bot-storage';
import type { DirectoryPort } from '../teams/deciding-group';
import type { ChannelPort } from '../teams/channel-port';
import type { TeamRosterPort } from '../teams/team-roster';
import type { TriagePort } from '../triage/triage-port';
import type { ViewContext } from '../triage/triage-view';
import { cardKey, isPosted, type CardRecord, type PostedRecord } from '../watch/card-records';

// What every triage card button shares: the click, the bot's answer, and the checks made before anything is shown
// or changed.

/** A card click as Teams delivers it (an `adaptiveCard/action` invoke), reduced to what the bot decides on. */
export type CardClick = {
  readonly verb: string;
  readonly data: unknown;
  /** The clicker's Entra object id (`from.aadObjectId`). */
  readonly userId?: string;
  /** The card's activity id (`replyToId`) and its thread (`conversation.id`). */
  readonly replyToId?: string;
  readonly conversationId?: string;
  /** Where the click came from: `msteams`, or `outlook` for an actionable message. */
  readonly channelId?: string;
};

/** What the clicker sees: the redrawn card, or a message saying why nothing changed. */
export type ClickAnswer = { readonly card: AdaptiveCard } | { readonly message: string };

export type TriageActionDeps = {
  readonly bindings: readonly ServiceBinding[];
  readonly storage: BotStorage;
  readonly triage: Pick<TriagePort, 'decide' | 'readRow'>;
  readonly directory: DirectoryPort;
  /** The team of the card's channel: whom a referral can be allocated to. */
  readonly roster: TeamRosterPort;
  readonly channel: ChannelPort;
  readonly catalogue: Catalogue;
  readonly boardUrl: string;
  readonly now: () => Date;
  readonly log?: (message: string, error?: unknown) => void;
};

export const NOT_VALID =
  'This button did not send a request Referral Card can act on. Open the referral in the board instead.';
export const NOT_THIS_CARD =
  'This button does not belong to this referral’s card, so nothing was changed. Open the referral in the board instead.';
const NOT_A_DECIDER =
  'Only members of the service’s deciding group (its team managers) can make triage decisions. Nothing was changed.';

const threadChannel = (conversationId: string | undefined) => (conversationId ?? '').split(';')[0];

/** The card the click came from, checked against the click: same referral, same card, same channel. */
export async function cardOfClick(
  deps: TriageActionDeps,
  click: CardClick,
  target: { mailbox: string; referralId: string },
): Promise<{ binding: ServiceBinding; card: PostedRecord } | undefined> {
  const binding = deps.bindings.find((b) => b.mailbox.toLowerCase() === target.mailbox.toLowerCase());
  if (!binding) return undefined;
  const card = await readOne<CardRecord>(deps.storage, cardKey(binding.mailbox, target.referralId));
  if (!isPosted(card) || card.activityId !== click.replyToId) return undefined;
  if (threadChannel(click.conversationId) !== binding.channelId) return undefined;
  return { binding, card };
}

/** Whether the clicker is in the service's deciding group: read from the directory on every click. */
export async function isDecider(deps: TriageActionDeps, binding: ServiceBinding, click: CardClick): Promise<boolean> {
  return !!click.userId && (await deps.directory.isMember(binding.decidingGroupId, click.userId));
}

export const notADecider = (): ClickAnswer => ({
  card: noticeCard('You cannot decide on this referral', NOT_A_DECIDER),
});

/** How the bot draws a card now; with the team's names when it has read them, so the card can say who has it. */
export const viewContextOf = (deps: TriageActionDeps, people?: readonly CardPerson[]): ViewContext => ({
  catalogue: deps.catalogue,
  boardUrl: deps.boardUrl,
  now: deps.now(),
  ...(people ? { people } : {}),
});
