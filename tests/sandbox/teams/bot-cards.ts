// What the tests of card clicks share: the bot's token, a card posted by the bot in a team's Referrals channel, and
// a click sent from the web view.
import type { Harness } from '../../conformance/support';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The Referrals channel of the team whose name starts with `team`. */
export function referralsChannel(h: Harness, team = 'Lewisham'): string {
  const found = h.sandbox.seed.teams.find((t) => t.displayName.startsWith(team))!;
  return found.channels.find((c) => c.displayName === 'Referrals')!.id;
}

/** The bot posts `card` as a new thread in the channel, with its app token; resolves to the card's activity id. */
export async function postCardAsBot(h: Harness, channelId: string, card: object): Promise<string> {
  const res = await h.fetch('/sandbox/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appId: h.sandbox.seed.bot.appId }),
  });
  const token = ((await res.json()) as { access_token: string }).access_token;
  const created = await h.fetch('/botframework/v3/conversations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      isGroup: true,
      channelData: { channel: { id: channelId } },
      activity: { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD, content: card }] },
    }),
  });
  return ((await created.json()) as { activityId: string }).activityId;
}

/** A click in the web view: `persona` presses an Action.Execute button of the post. */
export const clickCard = (h: Harness, channelId: string, postId: string, persona: string, action: object) =>
  h.fetch(`/sandbox/channels/${encodeURIComponent(channelId)}/posts/${postId}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona, action: { type: 'Action.Execute', ...action } }),
  });
