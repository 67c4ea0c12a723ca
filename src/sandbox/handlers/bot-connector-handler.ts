import { randomUUID } from 'node:crypto';
import type { Activity } from '../bot/activity.schema';
import type { ChannelSeed, TeamSeed } from '../config/seed';
import type { ChatAttachmentRecord, ChatMessageFrom, ChatMessageRecord } from '../model/records';
import { graphErrors } from '../server/graph-errors';
import { json } from '../server/reply';
import type { HandlerContext } from '../server/route';
import { escapeHtml } from '../../documents/html/escape-html';
import type { BotConnectorResource } from './resources';
import type { Services } from './services';

const THREAD = ';messageid=';
// Teams pages a team's roster: 200 members a page unless asked, at least 50 and at most 500.
const PAGE = { min: 50, max: 500, default: 200 } as const;

const senderId = (from: ChatMessageFrom): string => ('user' in from ? from.user.id : from.application.id);

/** A channel post from a bot activity: cards become Graph-style attachments referenced from the body. */
export function activityToPost(activity: Activity): Pick<ChatMessageRecord, 'body' | 'attachments'> {
  const attachments: ChatAttachmentRecord[] = (activity.attachments ?? []).map((a) => ({
    id: randomUUID(),
    contentType: a.contentType,
    content: a.content === undefined ? null : typeof a.content === 'string' ? a.content : JSON.stringify(a.content),
    contentUrl: a.contentUrl ?? null,
    name: a.name ?? null,
  }));
  if (attachments.length === 0) return { body: { contentType: 'text', content: activity.text ?? '' }, attachments };
  const text = activity.text ? `<p>${escapeHtml(activity.text)}</p>` : '';
  const refs = attachments.map((a) => `<attachment id="${a.id}"></attachment>`).join('');
  return { body: { contentType: 'html', content: text + refs }, attachments };
}

/**
 * The Bot Connector v3 subset the bot uses in Teams channels: create a conversation (a new thread), send to a
 * conversation, reply to an activity, update an activity. Posts land in the channel like Graph posts.
 */
export class BotConnectorHandler implements BotConnectorResource {
  constructor(private readonly s: Services) {}

  private from(ctx: HandlerContext<unknown>): ChatMessageFrom {
    const c = ctx.caller;
    if (c?.kind === 'user')
      return { user: { id: c.persona.id, displayName: c.persona.displayName, userIdentityType: 'aadUser' } };
    const bot = this.s.directory.bot;
    return { application: { id: bot.appId, displayName: bot.displayName, applicationIdentityType: 'bot' } };
  }

  /**
   * A conversation id is a channel id, or a channel thread "<channel>;messageid=<root>" (as in Teams).
   * Only members of the channel's team may use it; the bot app is installed in every team of the sandbox.
   */
  private conversation(
    ctx: HandlerContext<unknown>,
    id: string,
  ): { team: TeamSeed; channel: ChannelSeed; root: ChatMessageRecord | undefined } {
    const [channelId = '', rootId] = id.split(THREAD);
    const found = this.s.directory.teamOfChannel(channelId);
    if (!found) throw graphErrors.conversationNotFound();
    const c = ctx.caller;
    if (c?.kind !== 'app' && !(c?.kind === 'user' && this.s.directory.isTeamMember(c.persona, found.team)))
      throw graphErrors.forbidden('The caller is not a member of the team this conversation belongs to.');
    let root: ChatMessageRecord | undefined;
    if (rootId !== undefined) {
      root = this.s.posts.get(rootId);
      if (!root || root.channelId !== found.channel.id || root.replyToId !== null)
        throw graphErrors.conversationNotFound();
    }
    return { ...found, root };
  }

  private async post(
    ctx: HandlerContext<unknown>,
    where: { team: TeamSeed; channel: ChannelSeed },
    replyToId: string | null,
    activity: Activity,
  ) {
    if (activity.type !== 'message')
      throw graphErrors.notImplemented(ctx.method, `${ctx.url.pathname} (activity type '${activity.type}')`);
    return this.s.posts.post(
      {
        teamId: where.team.id,
        channelId: where.channel.id,
        replyToId,
        subject: null,
        from: this.from(ctx),
        ...activityToPost(activity),
      },
      ctx.now,
    );
  }

  createConversation: BotConnectorResource['createConversation'] = async (ctx) => {
    const channelId = ctx.body.channelData?.channel?.id;
    // Personal (1:1) and group chats are not emulated; the product's bot posts to channels.
    if (!channelId) throw graphErrors.notImplemented(ctx.method, `${ctx.url.pathname} without channelData.channel.id`);
    const where = this.conversation(ctx, channelId);
    if (!ctx.body.activity) return json(201, { id: where.channel.id });
    const post = await this.post(ctx, where, null, ctx.body.activity);
    return json(201, { id: `${where.channel.id}${THREAD}${post.id}`, activityId: post.id });
  };

  sendToConversation: BotConnectorResource['sendToConversation'] = async (ctx) => {
    const where = this.conversation(ctx, ctx.params.conversation ?? '');
    const post = await this.post(ctx, where, where.root?.id ?? null, ctx.body);
    return json(201, { id: post.id });
  };

  replyToActivity: BotConnectorResource['replyToActivity'] = async (ctx) => {
    const where = this.conversation(ctx, ctx.params.conversation ?? '');
    const target = this.s.posts.get(ctx.params.activity ?? '');
    if (!target || target.channelId !== where.channel.id) throw graphErrors.activityNotFound();
    // Teams threads are one level deep: a reply to a reply joins the same thread.
    const post = await this.post(ctx, where, target.replyToId ?? target.id, ctx.body);
    return json(201, { id: post.id });
  };

  /**
   * A page of the members of the conversation's team (a channel or a thread in it), in Teams' TeamsChannelAccount
   * shape; the continuation token is opaque to the caller and names where the next page starts.
   */
  pagedMembers: BotConnectorResource['pagedMembers'] = (ctx) => {
    const { team } = this.conversation(ctx, ctx.params.conversation ?? '');
    const query = ctx.url.searchParams;
    const asked = query.get('pageSize');
    const size = asked === null ? PAGE.default : Number(asked);
    if (!Number.isInteger(size) || size < 1) throw graphErrors.badRequest('pageSize must be a whole number.');
    const token = query.get('continuationToken');
    const start = token === null ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) throw graphErrors.badRequest('The continuation token is not valid.');
    const all = this.s.directory.personas.filter((p) => this.s.directory.isTeamMember(p, team));
    const end = start + Math.min(PAGE.max, Math.max(PAGE.min, size));
    const members = all.slice(start, end).map((p) => ({
      id: `29:${p.id}`,
      name: p.displayName,
      aadObjectId: p.id,
      email: p.upn,
      userPrincipalName: p.upn,
      userRole: 'user',
      tenantId: this.s.directory.seed.tenantId,
    }));
    const next = end < all.length ? { continuationToken: Buffer.from(String(end)).toString('base64url') } : {};
    return json(200, { members, ...next });
  };

  updateActivity: BotConnectorResource['updateActivity'] = async (ctx) => {
    const where = this.conversation(ctx, ctx.params.conversation ?? '');
    const target = this.s.posts.get(ctx.params.activity ?? '');
    if (!target || target.channelId !== where.channel.id) throw graphErrors.activityNotFound();
    if (senderId(target.from) !== senderId(this.from(ctx)))
      throw graphErrors.forbidden('Only the sender of an activity can update it.');
    await this.s.posts.update(target, activityToPost(ctx.body), ctx.now);
    return json(200, { id: target.id });
  };
}
