import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultInjector } from '../faults/fault-injector';
import { type ODataQuery, parseODataQuery } from '../odata';
import type { Authenticator } from './authenticate';
import { readBody } from './body';
import type { Caller } from './caller';
import { batchItemPath, type BatchItemRequest, type BatchItemResponse } from './batch-item';
import { errorEnvelope, GraphError, graphErrors } from './graph-errors';
import { isLoopback } from './loopback';
import { osPlacesErrorReply } from './os-places-errors';
import { splitPath } from './path';
import type { Reply } from './reply';
import { findRoute, type Area, type HttpMethod, type Route } from './route';
import { JSON_TYPE, lowerCaseHeaders, serialize } from './serialize';

/** One request as it moves down the pipeline; each stage fills in what the next needs. */
export type PipelineContext = {
  requestId: string;
  clientRequestId: string | undefined;
  method: string;
  url: URL;
  origin: string;
  headers: Record<string, string | undefined>;
  /** The peer's address, for areas open to this computer only (undefined for a $batch item). */
  remoteAddress?: string | undefined;
  /** The body still on the socket, or (for a $batch item) already parsed. */
  source: { kind: 'socket'; req: IncomingMessage } | { kind: 'value'; value: unknown };
  now: Date;
  area?: Area | 'static';
  route?: Route;
  params?: Record<string, string>;
  caller?: Caller;
  body?: unknown;
  odata?: ODataQuery;
  /** Set by the faults stage: run the request, then lose its answer (the client cannot tell whether it took effect). */
  dropAfterHandler?: boolean;
};

export type PipelineDeps = {
  routes: readonly Route[];
  authenticator: Authenticator;
  faults: FaultInjector;
  clock: () => number;
  /** The sandbox's own origin (https://localhost:<port>): links it hands out use it, never the Host header. */
  origin: () => string;
  /** Serves GET requests outside the API areas (the built pages); undefined reply = not found. */
  serveStatic: (ctx: PipelineContext) => Promise<Reply>;
  /** Renders an error as an HTML page for the web view. */
  renderErrorPage: (status: number, message: string, requestId: string) => string;
  log: (line: string) => void;
};

type Stage = { name: string; run: (ctx: PipelineContext, deps: PipelineDeps) => Promise<Reply | void> | Reply | void };

// The request pipeline, top to bottom, as Azurite lays its own out. A stage may answer early by returning a Reply;
// the handler stage always answers. Serialize and error are the two exits after the list.
export const stages: readonly Stage[] = [
  // 1. request id: every answer carries request-id, and echoes client-request-id when sent.
  { name: 'request id', run: assignRequestId },
  // 2. route: method + path → one handler operation; anything not emulated answers 501 NotImplemented.
  { name: 'route', run: resolveRoute },
  // 3. faults: configured latency, 429 / 503 with Retry-After, or a dropped connection (API areas only, OS Places too).
  { name: 'faults', run: injectFaults },
  // 4. auth: a signed, unexpired sandbox token, turned into the calling persona or app (whose application
  //    permissions the handlers check); the web view is open to this computer only.
  { name: 'auth', run: authenticate },
  // 5. validate: the body against the route's zod schema, the OData query options against the parser.
  { name: 'validate', run: validate },
  // 6. handler: the resource handler's operation.
  { name: 'handler', run: (ctx) => invoke(ctx) },
];

// $batch items run the same list without the connection-level stages (request id and faults).
const itemStages = stages.filter((s) => s.name !== 'request id' && s.name !== 'faults');

function assignRequestId(ctx: PipelineContext): void {
  const sent = ctx.headers['client-request-id'];
  // Echo only a sane client id: it goes back out in a header.
  ctx.clientRequestId = sent && /^[\w.:-]{1,100}$/.test(sent) ? sent : undefined;
}

function areaOf(segments: readonly string[]): Area | 'static' {
  const [first, second] = segments.map((s) => s.toLowerCase());
  if (first === 'graph') return 'graph';
  if (first === 'upload') return 'upload';
  if (first === 'botframework') return 'bot';
  if (first === 'os') return 'places';
  if (first === 'sandbox')
    return ['personas', 'token', 'faults', 'certificate.pem', '.well-known', 'login'].includes(second ?? '')
      ? 'dev'
      : 'web';
  return 'static';
}

function resolveRoute(ctx: PipelineContext, deps: PipelineDeps): void {
  const segments = splitPath(ctx.url.pathname);
  if (!segments) throw graphErrors.badRequest('The request path is not correctly percent-encoded.');
  // /me is the signed-in user's own entry: route it as /users/me.
  if (segments[0]?.toLowerCase() === 'graph' && segments[2]?.toLowerCase() === 'me')
    segments.splice(2, 1, 'users', 'me');
  ctx.area = areaOf(segments);
  if (ctx.area === 'static') return;
  const { match } = findRoute(deps.routes, ctx.method, segments);
  if (!match) {
    if (ctx.area === 'web') throw graphErrors.notFound('There is no such page in the sandbox web view.');
    throw graphErrors.notImplemented(ctx.method, ctx.url.pathname);
  }
  ctx.route = match.route;
  ctx.params = match.params;
}

async function injectFaults(ctx: PipelineContext, deps: PipelineDeps): Promise<Reply | void> {
  if (ctx.area !== 'graph' && ctx.area !== 'upload' && ctx.area !== 'bot' && ctx.area !== 'places') return;
  const decision = deps.faults.decide(ctx.url.pathname, ctx.method);
  if (decision.latencyMs > 0) await new Promise((r) => setTimeout(r, decision.latencyMs));
  if (decision.fault === '429') throw graphErrors.tooManyRequests(decision.retryAfterSeconds);
  if (decision.fault === '503') throw graphErrors.serviceUnavailable(decision.retryAfterSeconds);
  if (decision.fault === 'drop') return { status: 0, drop: true };
  if (decision.fault === 'drop-after-handler') ctx.dropAfterHandler = true;
}

async function authenticate(ctx: PipelineContext, deps: PipelineDeps): Promise<void> {
  // The web view shows every mailbox without sign-in, so it answers only on this computer.
  if (ctx.area === 'web' && !isLoopback(ctx.remoteAddress))
    throw graphErrors.forbidden('The sandbox web view is open only on the computer the sandbox runs on.');
  const mode = ctx.route?.auth ?? 'none';
  if (mode === 'none' || mode === 'upload') return;
  // Graph routes take a persona or the bot app alike: each handler checks what the caller's rights reach (the app:
  // mail of the shared mailboxes it was granted and directory reads; no /me, no Teams through Graph).
  ctx.caller = await deps.authenticator.authenticate(ctx.headers.authorization, ctx.now.getTime());
}

async function validate(ctx: PipelineContext): Promise<void> {
  const spec = ctx.route?.body;
  if (spec) {
    if (ctx.source.kind === 'value') {
      // Only Graph JSON routes are reachable from $batch; upload ranges are not batchable.
      if (spec.kind === 'bytes') throw graphErrors.badRequest('Binary bodies cannot be sent in a $batch item.');
      ctx.body = ctx.source.value;
    } else {
      const raw = await readBody(ctx.source.req, spec.limit);
      ctx.body = spec.kind === 'bytes' ? raw : parseJson(raw, spec.optional, ctx.headers['content-type']);
    }
    if (spec.kind === 'json' && !(spec.optional && ctx.body === undefined)) {
      const parsed = spec.schema.safeParse(ctx.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw graphErrors.requestBodyRead(
          `Invalid value for '${issue?.path.join('.') || '(body)'}': ${issue?.message ?? 'invalid'}`,
        );
      }
      ctx.body = parsed.data;
    }
  } else if (ctx.source.kind === 'socket') {
    ctx.source.req.resume();
  }
  if (ctx.area === 'graph' && ctx.method === 'GET' && !ctx.route?.rawQuery && hasODataOptions(ctx.url.searchParams)) {
    const q = parseODataQuery(ctx.url.searchParams);
    if (!q.ok) throw graphErrors.invalidQuery(q.code, q.message);
    ctx.odata = q.query;
  }
}

function hasODataOptions(params: URLSearchParams): boolean {
  for (const k of params.keys()) if (k.startsWith('$')) return true;
  return false;
}

// A page on another origin can send text/plain without asking first, but never application/json.
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

function parseJson(raw: Buffer, optional: boolean, contentType: string | undefined): unknown {
  if (raw.length === 0) {
    if (optional) return undefined;
    throw graphErrors.invalidJson();
  }
  if (!JSON_MEDIA_TYPE.test(contentType?.trim() ?? '')) throw graphErrors.unsupportedMediaType();
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw graphErrors.invalidJson();
  }
}

function invoke(ctx: PipelineContext): Promise<Reply> | Reply {
  const route = ctx.route;
  if (!route) throw graphErrors.internal();
  return route.run({
    requestId: ctx.requestId,
    method: route.method as HttpMethod,
    url: ctx.url,
    origin: ctx.origin,
    params: ctx.params ?? {},
    headers: ctx.headers,
    body: ctx.body,
    caller: ctx.caller,
    now: ctx.now,
    odata: ctx.odata,
  });
}

async function runStages(ctx: PipelineContext, list: readonly Stage[], deps: PipelineDeps): Promise<Reply> {
  for (const stage of list) {
    if (stage.name === 'handler' && ctx.area === 'static') return deps.serveStatic(ctx);
    const reply = await stage.run(ctx, deps);
    if (reply) return reply;
  }
  throw graphErrors.internal();
}

/** The error exit: a ServiceError becomes its status and Graph's envelope; anything else a logged 500. */
function errorReply(err: unknown, ctx: PipelineContext, deps: PipelineDeps): Reply {
  let e: GraphError;
  if (err instanceof GraphError) {
    e = err;
  } else {
    // The request id lets a person find this line; no request data goes into the log (privacy).
    deps.log(
      `request ${ctx.requestId} failed: ${err instanceof Error ? err.name + ': ' + err.message : 'unknown error'}`,
    );
    e = graphErrors.internal();
  }
  if (ctx.area === 'places') return osPlacesErrorReply(e);
  if (ctx.area === 'web' || ctx.area === 'static') {
    return {
      status: e.status,
      headers: { ...e.headers },
      html: deps.renderErrorPage(e.status, e.message, ctx.requestId),
    };
  }
  return {
    status: e.status,
    headers: { ...e.headers },
    json: errorEnvelope(e, ctx.requestId, ctx.clientRequestId, ctx.now),
  };
}

/** The HTTP request listener and the in-process dispatcher $batch uses for its items. */
export function createPipeline(deps: PipelineDeps) {
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = deps.origin();
    const ctx: PipelineContext = {
      requestId: randomUUID(),
      clientRequestId: undefined,
      method: (req.method ?? 'GET').toUpperCase(),
      url: new URL(req.url ?? '/', origin),
      origin,
      headers: lowerCaseHeaders(req),
      remoteAddress: req.socket.remoteAddress,
      source: { kind: 'socket', req },
      now: new Date(deps.clock()),
    };
    let reply: Reply;
    try {
      reply = await runStages(ctx, stages, deps);
    } catch (err) {
      reply = errorReply(err, ctx, deps);
      if (ctx.source.kind === 'socket' && !ctx.source.req.complete) ctx.source.req.resume();
    }
    if (ctx.dropAfterHandler) reply = { status: 0, drop: true };
    serialize(res, reply, ctx);
  }

  /** Runs one $batch item through route → auth → validate → handler, with the batch's own Authorization. */
  async function dispatch(
    item: BatchItemRequest,
    outer: { origin: string; authorization?: string },
  ): Promise<BatchItemResponse> {
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(item.headers ?? {})) headers[k.toLowerCase()] = v;
    headers.authorization = outer.authorization;
    const ctx: PipelineContext = {
      requestId: randomUUID(),
      clientRequestId: undefined,
      method: item.method.toUpperCase(),
      url: new URL(batchItemPath(item.url), outer.origin),
      origin: outer.origin,
      headers,
      source: { kind: 'value', value: item.body },
      now: new Date(deps.clock()),
    };
    let reply: Reply;
    try {
      // Dot segments are resolved by now: an item must still address Graph, never the dev endpoints.
      if (!ctx.url.pathname.toLowerCase().startsWith('/graph/v1.0/'))
        throw graphErrors.badRequest('A $batch item must address a Graph resource under /v1.0.');
      if (ctx.url.pathname.toLowerCase().endsWith('/$batch'))
        throw graphErrors.badRequest('A $batch item cannot be a $batch.');
      reply = await runStages(ctx, itemStages, deps);
    } catch (err) {
      reply = errorReply(err, ctx, deps);
    }
    const out: BatchItemResponse = { id: item.id, status: reply.status };
    const h: Record<string, string> = { ...reply.headers };
    if (reply.json !== undefined) {
      h['Content-Type'] = JSON_TYPE;
      out.body = reply.json;
    } else if (reply.bytes) {
      // Graph returns binary batch bodies base64-encoded.
      h['Content-Type'] = reply.bytes.contentType;
      out.body = reply.bytes.data.toString('base64');
    }
    if (Object.keys(h).length > 0) out.headers = h;
    return out;
  }

  return {
    listener: (req: IncomingMessage, res: ServerResponse) => {
      handle(req, res).catch((err: unknown) => {
        deps.log(`pipeline failure: ${err instanceof Error ? err.name : 'unknown'}`);
        res.destroy();
      });
    },
    dispatch,
  };
}
