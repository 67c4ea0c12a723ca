import type { Mailbox } from '../model/directory';
import type { MessageRecord, OutboundRecord } from '../model/records';
import { COLLECTIONS } from '../model/records';
import { newestFirst } from '../mail/message-view';
import { graphErrors } from '../server/graph-errors';
import { bytes, html } from '../server/reply';
import type { HandlerContext } from '../server/route';
import { channelPage, homePage, mailboxPage, messagePage } from '../web/web-view-pages';
import type { WebViewResource } from './resources';
import type { Services } from './services';

// A page lists at most this many messages, so a 10,000-message mailbox still renders quickly.
const MAX_ROWS = 200;

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
    return html(channelPage(found.team, found.channel, posts));
  };
}
