import type { ChatMessageInput } from '../../graph/dto';
import type { ChannelSeed, TeamSeed } from '../config/seed';
import type { ChatAttachmentRecord, ChatMessageRecord } from '../model/records';
import { graphErrors } from '../server/graph-errors';
import { json } from '../server/reply';
import type { HandlerContext } from '../server/route';
import { toGraphChatMessage } from '../teams/channel-posts';
import { collectionPage, entity, signedIn } from './handler-support';
import type { TeamsResource } from './resources';
import type { Services } from './services';

// Graph pages channel messages by at most 50.
const PAGE = { defaultPageSize: 20, maxPageSize: 50 };

/** Cards posted through Graph reference each attachment in the body, as Graph requires. */
export function chatAttachments(input: ChatMessageInput): ChatAttachmentRecord[] {
  return (input.attachments ?? []).map((a) => {
    const id = a.id ?? '';
    if (a.id && !input.body.content.includes(`<attachment id="${a.id}">`)) {
      throw graphErrors.badRequest(
        `The body must reference attachment '${a.id}' as <attachment id="${a.id}"></attachment>.`,
      );
    }
    return {
      id,
      contentType: a.contentType,
      content: a.content ?? null,
      contentUrl: a.contentUrl ?? null,
      name: a.name ?? null,
    };
  });
}

/** Teams the signed-in persona is in, their channels, and channel messages and replies. */
export class TeamsHandler implements TeamsResource {
  constructor(private readonly s: Services) {}

  private team(ctx: HandlerContext<unknown>): TeamSeed {
    const team = this.s.directory.team(ctx.params.team ?? '');
    if (!team) throw graphErrors.notFound('No team found with the given id.');
    if (!this.s.directory.isTeamMember(signedIn(ctx).persona, team)) {
      throw graphErrors.forbidden('The signed-in user is not a member of this team.');
    }
    return team;
  }

  private channel(ctx: HandlerContext<unknown>): { team: TeamSeed; channel: ChannelSeed } {
    const team = this.team(ctx);
    const channel = this.s.directory.channel(team, ctx.params.channel ?? '');
    if (!channel) throw graphErrors.notFound('No channel found with the given id.');
    return { team, channel };
  }

  private root(ctx: HandlerContext<unknown>): { team: TeamSeed; channel: ChannelSeed; message: ChatMessageRecord } {
    const { team, channel } = this.channel(ctx);
    const message = this.s.posts.get(ctx.params.chatMessage ?? '');
    if (!message || message.channelId !== channel.id || message.replyToId !== null)
      throw graphErrors.notFound('No message found with the given id.');
    return { team, channel, message };
  }

  private teamJson(t: TeamSeed) {
    return { id: t.id, displayName: t.displayName, description: null, isArchived: false };
  }

  private channelJson(c: ChannelSeed) {
    return { id: c.id, displayName: c.displayName, description: c.description, membershipType: 'standard', email: '' };
  }

  joinedTeams: TeamsResource['joinedTeams'] = (ctx) => {
    const me = signedIn(ctx);
    const ref = ctx.params.user ?? 'me';
    if (ref.toLowerCase() !== 'me' && this.s.directory.mailbox(ref)?.id !== me.mailbox.id)
      throw graphErrors.accessDenied();
    const teams = this.s.directory.teams.filter((t) => this.s.directory.isTeamMember(me.persona, t));
    return collectionPage(
      ctx,
      teams.map((t) => this.teamJson(t)),
      { context: 'teams', defaultPageSize: 100, maxPageSize: 999 },
    );
  };

  getTeam: TeamsResource['getTeam'] = (ctx) => entity(ctx, this.teamJson(this.team(ctx)), 'teams');

  listChannels: TeamsResource['listChannels'] = (ctx) => {
    const team = this.team(ctx);
    return collectionPage(
      ctx,
      team.channels.map((c) => this.channelJson(c)),
      {
        context: `teams('${team.id}')/channels`,
        defaultPageSize: 100,
        maxPageSize: 999,
      },
    );
  };

  getChannel: TeamsResource['getChannel'] = (ctx) => {
    const { team, channel } = this.channel(ctx);
    return entity(ctx, this.channelJson(channel), `teams('${team.id}')/channels`);
  };

  listMessages: TeamsResource['listMessages'] = (ctx) => {
    const { team, channel } = this.channel(ctx);
    return collectionPage(ctx, this.s.posts.list(channel.id, null).map(toGraphChatMessage), {
      context: `teams('${team.id}')/channels('${channel.id}')/messages`,
      ...PAGE,
    });
  };

  postMessage: TeamsResource['postMessage'] = async (ctx) => this.post(ctx, null);

  getMessage: TeamsResource['getMessage'] = (ctx) => {
    const { team, channel, message } = this.root(ctx);
    return entity(ctx, toGraphChatMessage(message), `teams('${team.id}')/channels('${channel.id}')/messages`);
  };

  listReplies: TeamsResource['listReplies'] = (ctx) => {
    const { team, channel, message } = this.root(ctx);
    return collectionPage(ctx, this.s.posts.list(channel.id, message.id).map(toGraphChatMessage), {
      context: `teams('${team.id}')/channels('${channel.id}')/messages('${message.id}')/replies`,
      ...PAGE,
    });
  };

  postReply: TeamsResource['postReply'] = async (ctx) => this.post(ctx, this.root(ctx).message.id);

  private async post(ctx: HandlerContext<ChatMessageInput>, replyToId: string | null) {
    const { team, channel } = this.channel(ctx);
    const me = signedIn(ctx);
    const body = ctx.body;
    const record = await this.s.posts.post(
      {
        teamId: team.id,
        channelId: channel.id,
        replyToId,
        subject: body.subject ?? null,
        body: {
          contentType: body.body.contentType?.toLowerCase() === 'html' ? 'html' : 'text',
          content: body.body.content,
        },
        attachments: chatAttachments(body),
        from: { user: { id: me.persona.id, displayName: me.persona.displayName, userIdentityType: 'aadUser' } },
      },
      ctx.now,
    );
    return json(201, {
      '@odata.context': `${ctx.origin}/graph/v1.0/$metadata#teams('${team.id}')/channels('${channel.id}')/messages/$entity`,
      ...toGraphChatMessage(record),
    });
  }
}
