import type { Catalogue } from '../../domain';
import { noticeCard, TRIAGE_VERBS, triageActionSchema, type AdaptiveCard } from '../../cards';
import type { ServiceBinding } from '../config/bot-config';
import { readOne, type BotStorage } from '../storage/bot-storage';
import type { DirectoryPort } from '../teams/deciding-group';
import type { ChannelPort } from '../teams/channel-port';
import type { TriagePort, TriageRow } from '../triage/triage-port';
import { triageCardOf } from '../triage/triage-view';
import { cardKey, isPosted, type CardRecord, type PostedRecord } from '../watch/card-records';

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
  readonly triage: Pick<TriagePort, 'decide'>;
  readonly directory: DirectoryPort;
  readonly channel: ChannelPort;
  readonly catalogue: Catalogue;
  readonly boardUrl: string;
  readonly now: () => Date;
  readonly log?: (message: string, error?: unknown) => void;
};

const NOT_VALID =
  'This button did not send a request Referral Card can act on. Open the referral in the board instead.';
const NOT_THIS_CARD =
  'This button does not belong to this referral’s card, so nothing was changed. Open the referral in the board instead.';
const NOT_A_DECIDER =
  'Only members of the service’s deciding group (its team managers) can make triage decisions. Nothing was changed.';

const threadChannel = (conversationId: string | undefined) => (conversationId ?? '').split(';')[0];

/** The card the click came from, checked against the click: same referral, same card, same channel. */
async function cardOfClick(
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

/**
 * A triage button: check the payload (zod), that it came from this referral's card in the service's channel, and
 * that the clicker is in the service's deciding group (the directory, on every click); then the triage layer's
 * decision, the same as the board's; then the card is redrawn for everyone in the channel.
 */
export async function handleTriageClick(deps: TriageActionDeps, click: CardClick): Promise<ClickAnswer> {
  const parsed = triageActionSchema.safeParse({ verb: click.verb, data: click.data });
  if (!parsed.success) {
    const typed = parsed.error.issues.find((i) => i.path[1] === 'reason' || i.path[1] === 'question');
    return { message: typed ? typed.message : NOT_VALID };
  }
  const action = parsed.data;
  const found = await cardOfClick(deps, click, action.data);
  if (!found) return { message: NOT_THIS_CARD };
  if (!click.userId || !(await deps.directory.isMember(found.binding.decidingGroupId, click.userId)))
    return { card: noticeCard('You cannot decide on this referral', NOT_A_DECIDER) };

  const entry = TRIAGE_VERBS[action.verb];
  const outcome = await deps.triage.decide({
    mailbox: found.binding.mailbox,
    messageId: found.card.messageId,
    move: {
      to: entry.to,
      expectedVersion: action.data.expectedVersion,
      ...('reason' in action.data ? { reason: action.data.reason } : {}),
      ...('question' in action.data ? { question: action.data.question } : {}),
    },
    actor: { id: click.userId, role: found.binding.deciderRole ?? 'team-manager' },
    now: deps.now(),
  });
  if (outcome.ok) return { card: await redraw(deps, found.card, outcome.row) };
  if (outcome.code === 'conflict' && outcome.current)
    return { card: await redraw(deps, found.card, outcome.current, outcome.message) };
  return { message: outcome.message };
}

/** The card as the referral is now, for everyone in the channel; the clicker gets it in the invoke answer too. */
async function redraw(deps: TriageActionDeps, card: PostedRecord, row: TriageRow, notice?: string) {
  const ctx = { catalogue: deps.catalogue, boardUrl: deps.boardUrl, now: deps.now() };
  try {
    await deps.channel.updateCard(card, triageCardOf(row, ctx));
  } catch (error) {
    // The decision stands; the channel's copy catches up on the next redraw.
    deps.log?.('Could not update the triage card in the channel', error);
  }
  return triageCardOf(row, ctx, notice);
}
