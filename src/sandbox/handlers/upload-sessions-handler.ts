import type { UploadSession } from '../mail/upload-sessions';
import { graphErrors } from '../server/graph-errors';
import { empty, json } from '../server/reply';
import type { HandlerContext } from '../server/route';
import type { UploadSessionsResource } from './resources';
import type { Services } from './services';

/**
 * The pre-authenticated upload URL of createUploadSession: PUT ranges in order; the
 * Outlook endpoint answers in PascalCase with one "{start}" in NextExpectedRanges, and 201 + Location at the end.
 */
export class UploadSessionsHandler implements UploadSessionsResource {
  constructor(private readonly s: Services) {}

  private session(ctx: HandlerContext<unknown>): UploadSession {
    return this.s.uploads.find(ctx.params.session ?? '', ctx.url.searchParams.get('authtoken'), ctx.now.getTime());
  }

  private progress(ctx: HandlerContext<unknown>, s: UploadSession, camelCaseToo = false) {
    const expires = new Date(s.expiresAt).toISOString();
    const next = [String(s.received)];
    return json(200, {
      '@odata.context': `${ctx.origin}/upload/v1.0/$metadata#Microsoft.OutlookServices.UploadSession`,
      ExpirationDateTime: expires,
      NextExpectedRanges: next,
      // The JS client's getStatus()/resume() read camelCase; answer both so resuming works.
      ...(camelCaseToo ? { expirationDateTime: expires, nextExpectedRanges: next } : {}),
    });
  }

  putRange: UploadSessionsResource['putRange'] = async (ctx) => {
    const outcome = this.s.uploads.accept(this.session(ctx), ctx.headers['content-range'], ctx.body, ctx.now.getTime());
    if (!outcome.done) return this.progress(ctx, outcome.session);
    const { session } = outcome;
    const message = this.s.repo.get(session.mailbox.key, session.messageId);
    if (!message) throw graphErrors.itemNotFound();
    const { attachment } = await this.s.mail.addAttachment(
      message,
      {
        name: session.name,
        contentType: session.contentType,
        bytes: outcome.bytes,
        isInline: session.isInline,
        contentId: session.contentId,
      },
      ctx.now,
    );
    return empty(201, {
      Location: `${ctx.origin}/graph/v1.0/users('${session.mailbox.id}')/messages('${message.id}')/attachments('${attachment.id}')`,
    });
  };

  status: UploadSessionsResource['status'] = (ctx) => this.progress(ctx, this.session(ctx), true);

  cancel: UploadSessionsResource['cancel'] = (ctx) => {
    this.s.uploads.cancel(this.session(ctx));
    return empty(204);
  };
}
