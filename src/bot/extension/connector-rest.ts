import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../../cards';
import { CONNECTOR_SCOPE, type AppTokenSource } from '../auth/app-token-source';
import type { ChannelPort, PostedCard } from '../teams/channel-port';

/** The channel as the extension cards need it: the triage port's calls, plus a card as a reply in a thread. */
export interface ThreadPort extends ChannelPort {
  /** A card as a reply in the thread of `posted`; where it went, to update it later. */
  replyCard(posted: PostedCard, card: AdaptiveCard): Promise<PostedCard>;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The Bot Connector v3 REST calls the bot makes, over fetch with the bot's app token (the same endpoints the SDK's
 * ConnectorClient calls; fetch lets the caller choose how TLS is trusted).
 */
export function connectorThreads(options: {
  readonly serviceUrl: string;
  readonly tokens: AppTokenSource;
  readonly tenantId?: string;
  readonly fetch?: Fetch;
}): ThreadPort {
  const send = options.fetch ?? ((url, init) => fetch(url, init));
  const base = options.serviceUrl.replace(/\/?$/, '/');
  const call = async (method: string, path: string, body: unknown): Promise<Record<string, unknown>> => {
    const token = await options.tokens.getToken([CONNECTOR_SCOPE]);
    const res = await send(new URL(path, base).toString(), {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`The Bot Connector answered ${res.status} to ${method} ${path}.`);
    return (await res.json().catch(() => ({}))) as Record<string, unknown>;
  };
  const activities = (p: PostedCard, id = p.activityId) =>
    `v3/conversations/${encodeURIComponent(p.conversationId)}/activities/${encodeURIComponent(id)}`;
  const cardActivity = (card: AdaptiveCard) => ({
    type: 'message',
    summary: card.fallbackText,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  });
  return {
    async postCard(where, card) {
      const answer = await call('POST', 'v3/conversations', {
        isGroup: true,
        channelData: { channel: { id: where.channelId }, team: { id: where.teamId } },
        activity: cardActivity(card),
        ...(options.tenantId ? { tenantId: options.tenantId } : {}),
      });
      if (typeof answer.id !== 'string' || typeof answer.activityId !== 'string')
        throw new Error('The Bot Connector did not say where the card went.');
      return { conversationId: answer.id, activityId: answer.activityId };
    },
    async replyCard(posted, card) {
      const answer = await call('POST', activities(posted), { ...cardActivity(card), replyToId: posted.activityId });
      if (typeof answer.id !== 'string') throw new Error('The Bot Connector did not say where the card went.');
      return { conversationId: posted.conversationId, activityId: answer.id };
    },
    async updateCard(posted, card) {
      await call('PUT', activities(posted), { ...cardActivity(card), id: posted.activityId });
    },
    async reply(posted, text) {
      await call('POST', activities(posted), { type: 'message', text, textFormat: 'plain' });
    },
  };
}
