import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { ConnectorClient } from '@microsoft/agents-hosting';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../../cards';
import { CONNECTOR_SCOPE, type AppTokenSource } from '../auth/app-token-source';

/** A card the bot posted: the thread's conversation id and the card's activity id. */
export type PostedCard = { readonly conversationId: string; readonly activityId: string };

/** Where the bot posts: a channel of a team, through the Bot Connector. */
export interface ChannelPort {
  /** A new thread in the channel whose first message is the card. */
  postCard(where: { teamId: string; channelId: string }, card: AdaptiveCard): Promise<PostedCard>;
  /** Redraws the card for everyone in the channel. */
  updateCard(posted: PostedCard, card: AdaptiveCard): Promise<void>;
  /** A reply in the card's thread. */
  reply(posted: PostedCard, text: string): Promise<void>;
}

const cardMessage = (card: AdaptiveCard) =>
  Activity.fromObject({
    type: ActivityTypes.Message,
    summary: card.fallbackText,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  });

/** The Bot Connector v3 client of the Agents SDK, signed with the bot's own app token. */
export function connectorChannel(options: {
  readonly serviceUrl: string;
  readonly tokens: AppTokenSource;
  readonly tenantId?: string;
}): ChannelPort {
  const client = async () =>
    ConnectorClient.createClientWithToken(options.serviceUrl, await options.tokens.getToken([CONNECTOR_SCOPE]));
  return {
    async postCard(where, card) {
      const answer = await (
        await client()
      ).createConversation({
        isGroup: true,
        channelData: { channel: { id: where.channelId }, team: { id: where.teamId } },
        activity: cardMessage(card),
        ...(options.tenantId ? { tenantId: options.tenantId } : {}),
      });
      if (!answer.id || !answer.activityId) throw new Error('The Bot Connector did not say where the card went.');
      return { conversationId: answer.id, activityId: answer.activityId };
    },
    async updateCard(posted, card) {
      const activity = cardMessage(card);
      activity.id = posted.activityId;
      await (await client()).updateActivity(posted.conversationId, posted.activityId, activity);
    },
    async reply(posted, text) {
      const activity = Activity.fromObject({ type: ActivityTypes.Message, text, textFormat: 'plain' });
      await (await client()).replyToActivity(posted.conversationId, posted.activityId, activity);
    },
  };
}
