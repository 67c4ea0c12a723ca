import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Persona } from '../auth';
import type { ConnectorTokenIssuer } from '../auth/connector-token-issuer';
import type { ChannelSeed, TeamSeed } from '../config/seed';
import type { Directory } from '../model/directory';
import type { ChatMessageRecord } from '../model/records';
import { graphErrors } from '../server/graph-errors';
import type { ChannelPosts } from './channel-posts';

// The sandbox playing Teams for a card click: a person presses an Action.Execute button on a bot's card in a channel,
// and Teams POSTs an `adaptiveCard/action` invoke activity to the bot's messaging endpoint, signed by the Bot
// Framework. The bot's HTTP answer (the invoke response) is what Teams shows the person who clicked.

/** Where card clicks go by default: the bot's messaging endpoint on this computer. */
export const DEFAULT_BOT_ENDPOINT = 'http://127.0.0.1:3978/api/messages';
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
// Teams gives up on an invoke the bot has not answered in about this long.
const INVOKE_TIMEOUT_MS = 15_000;

/** What the web view sends for a click: who clicks, and the button's verb and data (with the card's inputs). */
export const cardClickSchema = z.strictObject({
  persona: z.string().min(1).max(320),
  action: z.strictObject({
    type: z.literal('Action.Execute').default('Action.Execute'),
    id: z.string().max(200).optional(),
    verb: z.string().max(200).optional(),
    data: z.unknown().optional(),
  }),
});
export type CardClick = z.infer<typeof cardClickSchema>;

/** The bot's answer: its HTTP status and its body (JSON when it sent JSON), or why it could not be reached. */
export type InvokeOutcome = { delivered: true; status: number; body: unknown } | { delivered: false; message: string };

export type CardActionsDeps = {
  directory: Directory;
  posts: ChannelPosts;
  issuer: ConnectorTokenIssuer;
  botEndpoint: string;
  /** The sandbox's origin: the serviceUrl of every activity points back at its Bot Connector. */
  origin: () => string;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

type Target = { team: TeamSeed; channel: ChannelSeed; post: ChatMessageRecord };

/** Builds, signs and delivers card-click invokes to the configured bot endpoint. */
export class CardActions {
  constructor(private readonly deps: CardActionsDeps) {}

  get botEndpoint(): string {
    return this.deps.botEndpoint;
  }

  /** The channel post a click lands on: a card the bot posted, in that channel (else 404 / 400). */
  target(channelId: string, postId: string): Target {
    const found = this.deps.directory.teamOfChannel(channelId);
    const post = this.deps.posts.get(postId);
    if (!found || !post || post.channelId !== found.channel.id)
      throw graphErrors.notFound('The channel has no such post.');
    if (!('application' in post.from) || post.from.application.id !== this.deps.directory.bot.appId)
      throw graphErrors.badRequest("Only the bot's own cards send their buttons to the bot.");
    if (!post.attachments.some((a) => a.contentType === ADAPTIVE_CARD))
      throw graphErrors.badRequest('That post has no Adaptive Card.');
    return { ...found, post };
  }

  /** The person clicking: a persona who can see the channel, as Teams shows it only to members of its team. */
  clicker(ref: string, team: TeamSeed): Persona {
    const persona = this.deps.directory.mailbox(ref)?.persona;
    if (!persona) throw graphErrors.badRequest(`No persona is called ${ref}.`);
    if (!this.deps.directory.isTeamMember(persona, team))
      throw graphErrors.forbidden(
        `${persona.displayName} is not in ${team.displayName}, so Teams would not show them this card.`,
      );
    return persona;
  }

  /** The invoke activity Teams sends for this click (the shape the Agents SDK reads). */
  activity(where: Target, persona: Persona, action: CardClick['action'], now: Date): Record<string, unknown> {
    const { team, channel, post } = where;
    const d = this.deps.directory;
    const root = post.replyToId ?? post.id;
    const tenantId = d.seed.tenantId;
    const general = team.channels[0]?.id ?? channel.id;
    return {
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: `f:${randomUUID()}`,
      timestamp: now.toISOString(),
      localTimestamp: now.toISOString(),
      serviceUrl: `${this.deps.origin()}/botframework/`,
      channelId: 'msteams',
      from: { id: `29:${persona.id}`, aadObjectId: persona.id, name: persona.displayName },
      conversation: {
        id: `${channel.id};messageid=${root}`,
        conversationType: 'channel',
        isGroup: true,
        tenantId,
      },
      recipient: { id: `28:${d.bot.appId}`, name: d.bot.displayName },
      replyToId: post.id,
      locale: 'en-GB',
      value: { action: { ...action, type: 'Action.Execute' }, trigger: 'manual' },
      // As Teams sends it: team.id is the team's thread (its General channel), aadGroupId its Entra group id.
      channelData: {
        tenant: { id: tenantId },
        team: { id: general, name: team.displayName, aadGroupId: team.id },
        channel: { id: channel.id, name: channel.displayName },
        source: { name: 'message' },
        legacy: { replyToId: post.id },
      },
      entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
    };
  }

  /** Delivers a click: POST the signed invoke to the bot and hand back its answer. */
  async deliver(channelId: string, postId: string, click: CardClick, now: Date): Promise<InvokeOutcome> {
    const where = this.target(channelId, postId);
    const persona = this.clicker(click.persona, where.team);
    const activity = this.activity(where, persona, click.action, now);
    const token = await this.deps.issuer.sign(
      { botAppId: this.deps.directory.bot.appId, serviceUrl: activity.serviceUrl as string },
      now.getTime(),
    );
    const send = this.deps.fetch ?? fetch;
    let res: Response;
    try {
      res = await send(this.deps.botEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(this.deps.timeoutMs ?? INVOKE_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        delivered: false,
        message: timedOut
          ? `The bot at ${this.deps.botEndpoint} did not answer in time.`
          : `The bot at ${this.deps.botEndpoint} could not be reached. Is it running?`,
      };
    }
    const text = await res.text();
    let body: unknown = text === '' ? null : text;
    try {
      body = text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      // Not JSON: shown as the bot sent it.
    }
    return { delivered: true, status: res.status, body };
  }
}
