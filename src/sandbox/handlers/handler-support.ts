import type { Persona } from '../auth';
import type { Directory, Grantee, Mailbox } from '../model/directory';
import type { WellKnownFolder } from '../model/records';
import { applyODataQuery, type ODataQuery } from '../odata';
import type { Caller } from '../server/caller';
import { graphErrors } from '../server/graph-errors';
import { json, type Reply } from '../server/reply';
import type { HandlerContext } from '../server/route';

/** The signed-in persona of a delegated route (the auth stage has already refused anyone else). */
export function signedIn(ctx: { caller: Caller | undefined }): { persona: Persona; mailbox: Mailbox } {
  if (ctx.caller?.kind !== 'user') throw graphErrors.accessDenied();
  return { persona: ctx.caller.persona, mailbox: ctx.caller.mailbox };
}

/** The signed-in persona's own entry (/me); an app token has no "me", as Graph answers. */
export function me(ctx: { caller: Caller | undefined }): { persona: Persona; mailbox: Mailbox } {
  if (ctx.caller?.kind === 'app')
    throw graphErrors.badRequest('/me request is only valid with delegated authentication flow.');
  return signedIn(ctx);
}

/** Whose mailbox rights a request uses: the persona's (delegated) or the bot app's (application permissions). */
export function granteeOf(ctx: { caller: Caller | undefined }): Grantee {
  const c = ctx.caller;
  if (c?.kind === 'user') return c.persona;
  if (c?.kind === 'app') return { id: c.appId, mailboxAccess: c.mailboxAccess };
  throw graphErrors.accessDenied();
}

/**
 * The mailbox a mail path names ({user} = "me", an id or a UPN): unknown → 404 ErrorInvalidUser, outside the
 * caller's rights → 403 ErrorAccessDenied. The bot app reaches only the shared mailboxes it was granted.
 */
export function mailboxOf(ctx: HandlerContext<unknown>, directory: Directory): Mailbox {
  const ref = ctx.params.user ?? 'me';
  if (ref.toLowerCase() === 'me') return me(ctx).mailbox;
  const who = granteeOf(ctx);
  const mailbox = directory.mailbox(ref);
  if (!mailbox) throw graphErrors.invalidUser(ref);
  if (!directory.canAccess(who, mailbox)) throw graphErrors.accessDenied();
  return mailbox;
}

export function folderOf(ctx: HandlerContext<unknown>, directory: Directory, mailbox: Mailbox): WellKnownFolder {
  const ref = ctx.params.folder ?? '';
  const folder = directory.folder(mailbox, ref);
  if (folder) return folder;
  // Graph knows more well-known folders than the product uses: say so rather than pretend they are empty.
  if (/^(deleteditems|junkemail|archive|outbox|clutter|conversationhistory|msgfolderroot)$/i.test(ref)) {
    throw graphErrors.notImplemented(ctx.method, ctx.url.pathname);
  }
  throw graphErrors.itemNotFound();
}

/** `Prefer: odata.maxpagesize=N` sets the page size when $top does not. */
export function preferredPageSize(prefer: string | undefined): number | undefined {
  const m = prefer && /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer);
  return m ? Math.max(1, Number(m[1])) : undefined;
}

/** A Graph collection page: value, @odata.context and, when more remain, @odata.nextLink. */
export function collectionPage<T extends object>(
  ctx: HandlerContext<unknown>,
  items: T[],
  opts: { context: string; defaultPageSize: number; maxPageSize: number; navigationProperties?: string[] },
): Reply {
  const query: ODataQuery = ctx.odata ?? {};
  const page = applyODataQuery(items, query, {
    requestUrl: ctx.url,
    defaultPageSize: preferredPageSize(ctx.headers.prefer) ?? opts.defaultPageSize,
    maxPageSize: opts.maxPageSize,
    navigationProperties: opts.navigationProperties ?? [],
  });
  const body: Record<string, unknown> = { '@odata.context': `${ctx.origin}/graph/v1.0/$metadata#${opts.context}` };
  if (page.count !== undefined) body['@odata.count'] = page.count;
  body.value = page.value;
  if (page.nextLink) body['@odata.nextLink'] = page.nextLink;
  return json(200, body);
}

/** One entity shaped by $select / $expand, as Graph answers a GET of a single item. */
export function entity<T extends object>(
  ctx: HandlerContext<unknown>,
  item: T,
  context: string,
  navigationProperties: string[] = [],
): Reply {
  const query: ODataQuery = { ...(ctx.odata ?? {}), top: 1, skip: 0 };
  delete query.filter;
  const [shaped] = applyODataQuery([item], query, { requestUrl: ctx.url, navigationProperties }).value;
  return json(200, { '@odata.context': `${ctx.origin}/graph/v1.0/$metadata#${context}/$entity`, ...shaped });
}
