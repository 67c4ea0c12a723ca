import { readFile } from 'node:fs/promises';
import type { Mailbox } from '../model/directory';
import type { MessageRecord, OutboundRecord } from '../model/records';
import { COLLECTIONS } from '../model/records';
import { newestFirst } from '../mail/message-view';
import { GraphError, graphErrors } from '../server/graph-errors';
import { bytes, html, json, type Reply } from '../server/reply';
import type { HandlerContext } from '../server/route';
import { channelCardsSource } from '../web/channel-cards-script';
import { channelPage, homePage, mailboxPage, messagePage } from '../web/web-view-pages';
import type { WebViewResource } from './resources';
import type { Services } from './services';

// A page lists at most this many messages, so a 10,000-message mailbox still renders quickly.
const MAX_ROWS = 200;
const SCRIPT = 'text/javascript; charset=utf-8';

/** The web view's scripts, read once: the official renderer's browser bundle (no CDN) and the channel page's. */
const ASSETS: Record<string, () => Promise<Buffer>> = {
  'adaptivecards.js': () => readFile(require.resolve('adaptivecards/dist/adaptivecards.min.js')),
  'channel-cards.js': () => Promise.resolve(Buffer.from(channelCardsSource(), 'utf8')),
};
const loaded = new Map<string, Promise<Buffer>>();

/** A refusal as JSON for the page script, which shows its message beside the card. */
const refusal = (e: GraphError): Reply => json(e.status, { error: { code: e.code, message: e.message } });

/** The web view at /sandbox/: mailboxes, messages with downloadable attachments, channels and cards. */
export class WebViewHandler implements WebViewResource {
  constructor(private readonly s: Services) {}

  private mailboxParam(ctx: HandlerContext<unknown>): Mailbox {
    const m = this.s.directory.mailbox(ctx.params.mailbox ?? '');
    if (!m) throw graphErrors.notFound('The sandbox has no such mailbox.');
    return m;
  }

  private messageParam(ctx: HandlerContext<unknown>): { mailbox: Mailbox; message: MessageRecord } {
    const mailbox = this.mailboxParam(ctx);
    const message = this.s.repo.get(mailbox.key, ctx.params.message ?? '');
    if (!message) throw graphErrors.notFound('The mailbox has no such message.');
    return { mailbox, message };
  }

  home: WebViewResource['home'] = () => {
    const d = this.s.directory;
    const mailboxes = d.mailboxes.map((mailbox) => {
      const all = this.s.repo.list(mailbox.key);
      const inbox = all.filter((m) => m.folder === 'inbox');
      return {
        mailbox,
        inbox: inbox.length,
        unread: inbox.filter((m) => !m.isRead).length,
        drafts: all.filter((m) => m.folder === 'drafts').length,
        sent: all.filter((m) => m.folder === 'sentitems').length,
      };
    });
    const channels = d.teams.flatMap((team) =>
      team.channels.map((channel) => ({ team, channel, posts: this.s.posts.list(channel.id, null).length })),
    );
    const external = this.s.store.list<OutboundRecord>(COLLECTIONS.outbound).slice(-MAX_ROWS).reverse();
    return html(homePage(mailboxes, channels, external));
  };

  mailbox: WebViewResource['mailbox'] = (ctx) => {
    const mailbox = this.mailboxParam(ctx);
    const all = this.s.repo.list(mailbox.key).sort(newestFirst);
    return html(mailboxPage(mailbox, all.slice(0, MAX_ROWS), all.length));
  };

  message: WebViewResource['message'] = (ctx) => {
    const { mailbox, message } = this.messageParam(ctx);
    return html(messagePage(mailbox, message));
  };

  attachment: WebViewResource['attachment'] = (ctx) => {
    const { message } = this.messageParam(ctx);
    const a = message.attachments.find((x) => x.id === ctx.params.attachment);
    const data = a && this.s.store.getBlob(a.blobId);
    if (!a || !data) throw graphErrors.notFound('The message has no such attachment.');
    const ascii = a.name.replace(/[^\w.-]+/g, '_');
    return bytes(data, a.contentType, {
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(a.name)}`,
    });
  };

  channel: WebViewResource['channel'] = (ctx) => {
    const found = this.s.directory.teamOfChannel(ctx.params.channel ?? '');
    if (!found) throw graphErrors.notFound('The sandbox has no such channel.');
    const posts = this.s.posts
      .list(found.channel.id, null)
      .map((root) => ({ root, replies: this.s.posts.list(found.channel.id, root.id).reverse() }));
    const members = this.s.directory.personas.filter((p) => this.s.directory.isTeamMember(p, found.team));
    return html(channelPage(found.team, found.channel, posts, members));
  };

  cardAction: WebViewResource['cardAction'] = async (ctx) => {
    try {
      const outcome = await this.s.cardActions.deliver(
        ctx.params.channel ?? '',
        ctx.params.post ?? '',
        ctx.body,
        ctx.now,
      );
      if (!outcome.delivered) return json(502, { error: { code: 'BotUnreachable', message: outcome.message } });
      return json(200, { status: outcome.status, body: outcome.body });
    } catch (error) {
      if (error instanceof GraphError) return refusal(error);
      throw error;
    }
  };

  asset: WebViewResource['asset'] = async (ctx) => {
    const name = ctx.params.file ?? '';
    const read = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!read) throw graphErrors.notFound('There is no such file.');
    if (!loaded.has(name)) {
      // A failed read is not kept: the next request tries again.
      const reading = read();
      reading.catch(() => loaded.delete(name));
      loaded.set(name, reading);
    }
    return bytes(await (loaded.get(name) as Promise<Buffer>), SCRIPT, { 'Cache-Control': 'no-cache' });
  };
}
