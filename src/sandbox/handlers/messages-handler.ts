import type { Mailbox } from '../model/directory';
import type { MessageRecord, WellKnownFolder } from '../model/records';
import { DELTA_LINK_LIFETIME_MS, decodeDeltaToken, deltaPage, encodeDeltaToken, type DeltaState } from '../mail/delta';
import { idKindOf, newestFirst, toGraphMessage, type IdKind } from '../mail/message-view';
import { applyODataQuery, parseODataQuery, type ODataQuery } from '../odata';
import { graphErrors } from '../server/graph-errors';
import { empty, json } from '../server/reply';
import type { HandlerContext } from '../server/route';
import { collectionPage, entity, folderOf, granteeOf, mailboxOf, preferredPageSize } from './handler-support';
import type { MessagesResource } from './resources';
import type { Services } from './services';

// Navigation properties: present only when $expand names them.
const NAVIGATION = ['singleValueExtendedProperties', 'attachments'];
const DELTA_PAGE_SIZE = 10;

/** Messages of /me and /users/{mailbox}, in all folders or one: drafts, updates, send, sendMail, delta. */
export class MessagesHandler implements MessagesResource {
  constructor(private readonly s: Services) {}

  private found(ctx: HandlerContext<unknown>, mailbox: Mailbox): MessageRecord {
    const m = this.s.repo.get(mailbox.key, ctx.params.message ?? '');
    if (!m) throw graphErrors.itemNotFound();
    if (ctx.params.folder !== undefined && folderOf(ctx, this.s.directory, mailbox) !== m.folder)
      throw graphErrors.itemNotFound();
    return m;
  }

  /** Graph JSON for the current request: ids as the Prefer header asks, headers only when $select names them. */
  private view(ctx: HandlerContext<unknown>, m: MessageRecord, idKind: IdKind): object {
    return toGraphMessage(m, {
      idKind,
      withAttachments: ctx.odata?.expand?.includes('attachments') ? this.s.store : undefined,
      withHeaders: ctx.odata?.select?.includes('internetMessageHeaders') ?? false,
    });
  }

  private withPreference(idKind: IdKind, headers: Record<string, string> = {}): Record<string, string> {
    return idKind === 'immutable' ? { ...headers, 'Preference-Applied': 'IdType="ImmutableId"' } : headers;
  }

  /** The answer to a create or an update: the message as written, with its @odata.context. */
  private written(ctx: HandlerContext<unknown>, mailbox: Mailbox, m: MessageRecord, status: 200 | 201) {
    const idKind = idKindOf(ctx.headers.prefer);
    return json(
      status,
      {
        '@odata.context': `${ctx.origin}/graph/v1.0/$metadata#users('${mailbox.id}')/messages/$entity`,
        ...this.view(ctx, m, idKind),
      },
      this.withPreference(idKind),
    );
  }

  list: MessagesResource['list'] = (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const folder = ctx.params.folder !== undefined ? folderOf(ctx, this.s.directory, mailbox) : undefined;
    const idKind = idKindOf(ctx.headers.prefer);
    const items = this.s.repo
      .list(mailbox.key, folder)
      .sort(newestFirst)
      .map((m) => this.view(ctx, m, idKind));
    const reply = collectionPage(ctx, items, {
      context: `users('${mailbox.id}')/messages`,
      defaultPageSize: 10,
      maxPageSize: 1000,
      navigationProperties: NAVIGATION,
    });
    return { ...reply, headers: this.withPreference(idKind, reply.headers) };
  };

  create: MessagesResource['create'] = async (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const folder: WellKnownFolder =
      ctx.params.folder !== undefined ? folderOf(ctx, this.s.directory, mailbox) : 'drafts';
    return this.written(ctx, mailbox, await this.s.mail.create(mailbox, folder, ctx.body, ctx.now), 201);
  };

  get: MessagesResource['get'] = (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const idKind = idKindOf(ctx.headers.prefer);
    const reply = entity(
      ctx,
      this.view(ctx, this.found(ctx, mailbox), idKind),
      `users('${mailbox.id}')/messages`,
      NAVIGATION,
    );
    return { ...reply, headers: this.withPreference(idKind) };
  };

  update: MessagesResource['update'] = async (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    return this.written(ctx, mailbox, await this.s.mail.update(this.found(ctx, mailbox), ctx.body, ctx.now), 200);
  };

  delete: MessagesResource['delete'] = async (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    await this.s.mail.delete(this.found(ctx, mailbox));
    return empty(204);
  };

  send: MessagesResource['send'] = async (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const draft = this.found(ctx, mailbox);
    await this.s.delivery.send(draft, {
      mailbox,
      caller: granteeOf(ctx),
      stored: true,
      saveToSentItems: true,
      now: ctx.now,
      sentItemsDelayMs: this.s.faults.sentItemsDelayMs(),
    });
    return empty(202);
  };

  sendMail: MessagesResource['sendMail'] = async (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const draft = await this.s.mail.compose(mailbox, 'drafts', ctx.body.message, ctx.now);
    await this.s.delivery.send(draft, {
      mailbox,
      caller: granteeOf(ctx),
      stored: false,
      saveToSentItems: ctx.body.saveToSentItems ?? true,
      now: ctx.now,
      sentItemsDelayMs: this.s.faults.sentItemsDelayMs(),
    });
    return empty(202);
  };

  /** GET …/mailFolders/{folder}/messages/delta: follow nextLink, keep the deltaLink. */
  delta: MessagesResource['delta'] = (ctx) => {
    const mailbox = mailboxOf(ctx, this.s.directory);
    const folder = folderOf(ctx, this.s.directory, mailbox);
    const q = ctx.url.searchParams;
    for (const k of q.keys()) {
      if (!['$deltatoken', '$skiptoken', '$select', '$expand', '$top', 'changeType'].includes(k)) {
        throw graphErrors.notImplemented(ctx.method, `${ctx.url.pathname} with ${k}`);
      }
    }
    const state = this.deltaState(q, ctx.headers.prefer, ctx.now);
    const expand = expandOf(state.expand);
    const page = deltaPage(this.s.repo, mailbox.key, folder, state);
    const idKind = idKindOf(ctx.headers.prefer);
    const select = state.select
      ?.split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const value: Record<string, unknown>[] = [
      ...page.changed.map((m) =>
        pick(
          toGraphMessage(m, { idKind, withHeaders: select?.includes('internetMessageHeaders') ?? false }),
          select,
          expand,
        ),
      ),
      ...page.removed.map((t) => ({
        '@odata.type': '#microsoft.graph.message',
        id: idKind === 'immutable' ? t.immutableId : t.id,
        '@removed': { reason: 'deleted' },
      })),
    ];
    const base = `${ctx.origin}${ctx.url.pathname}`;
    const body: Record<string, unknown> = {
      '@odata.context': `${ctx.origin}/graph/v1.0/$metadata#Collection(message)`,
      value,
    };
    if (page.next) body['@odata.nextLink'] = `${base}?$skiptoken=${encodeDeltaToken(page.next)}`;
    else
      body['@odata.deltaLink'] =
        `${base}?$deltatoken=${encodeDeltaToken({ since: page.deltaSince ?? 0, pageSize: state.pageSize, select: state.select, expand: state.expand, issuedAt: ctx.now.getTime() })}`;
    return json(200, body, this.withPreference(idKind));
  };

  private deltaState(q: URLSearchParams, prefer: string | undefined, now: Date): DeltaState {
    const skip = q.get('$skiptoken');
    const delta = q.get('$deltatoken');
    if (skip !== null) {
      const t = decodeDeltaToken(skip);
      return {
        since: t.s,
        upTo: t.u ?? this.s.repo.currentSeq(),
        after: t.a ?? 0,
        pageSize: t.p,
        ...(t.q ? { select: t.q } : {}),
        ...(t.x ? { expand: t.x } : {}),
      };
    }
    if (delta !== null) {
      const t = decodeDeltaToken(delta);
      if (t.i !== undefined && now.getTime() - t.i > DELTA_LINK_LIFETIME_MS) throw graphErrors.syncStateNotFound();
      const options = { ...(t.q ? { select: t.q } : {}), ...(t.x ? { expand: t.x } : {}) };
      return { since: t.s, upTo: this.s.repo.currentSeq(), after: 0, pageSize: t.p, ...options };
    }
    const top = q.get('$top');
    const pageSize =
      preferredPageSize(prefer) ?? (top !== null && /^\d+$/.test(top) ? Math.max(1, Number(top)) : DELTA_PAGE_SIZE);
    const select = q.get('$select') ?? undefined;
    const expand = q.get('$expand') ?? undefined;
    // Refuse a bad $expand on the first round, not on a later page.
    if (expand) expandOf(expand);
    return {
      since: 0,
      upTo: this.s.repo.currentSeq(),
      after: 0,
      pageSize: Math.min(pageSize, 1000),
      ...(select ? { select } : {}),
      ...(expand ? { expand } : {}),
    };
  }
}

/** The parsed `$expand` of a delta round (Graph's message delta supports it), or undefined without one. */
function expandOf(expand: string | undefined): ODataQuery | undefined {
  if (!expand) return undefined;
  const parsed = parseODataQuery(new URLSearchParams({ $expand: expand }));
  if (!parsed.ok) throw graphErrors.invalidQuery(parsed.code, parsed.message);
  return parsed.query;
}

function pick(
  item: Record<string, unknown>,
  select: string[] | undefined,
  expand?: ODataQuery,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (k === 'singleValueExtendedProperties') continue;
    if (!select || k === 'id' || k.startsWith('@odata.') || select.includes(k)) out[k] = v;
  }
  if (!expand?.expand?.includes('singleValueExtendedProperties')) return out;
  // As on a list: the expanded properties the $expand filter keeps, or none at all when it keeps nothing.
  const [shaped] = applyODataQuery(
    [{ id: item.id, singleValueExtendedProperties: item.singleValueExtendedProperties }],
    {
      ...expand,
      top: 1,
    },
    { requestUrl: new URL('https://localhost/'), navigationProperties: NAVIGATION },
  ).value;
  return { ...out, ...shaped };
}
