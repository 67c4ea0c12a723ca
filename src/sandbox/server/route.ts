import type { z } from 'zod';
import type { Caller } from './caller';
import type { ODataQuery } from '../odata';
import { matchSegments, splitPath } from './path';
import type { Reply } from './reply';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Which part of the sandbox a path belongs to; decides auth, faults and how errors are rendered. */
export type Area = 'graph' | 'upload' | 'bot' | 'dev' | 'web' | 'places';

/**
 * user: a Graph token (a persona's, or the bot app's where its application permissions reach: the handler checks);
 * any: a persona or an app; upload: the pre-authenticated upload URL; none.
 */
export type AuthMode = 'user' | 'any' | 'upload' | 'none';

export type HandlerContext<B> = {
  requestId: string;
  method: HttpMethod;
  /** The public URL of this request (for a $batch item, the item's own URL). */
  url: URL;
  origin: string;
  params: Readonly<Record<string, string>>;
  headers: Readonly<Record<string, string | undefined>>;
  body: B;
  caller: Caller | undefined;
  now: Date;
  /** OData options ($select, $filter, $top…) parsed by the validate stage; undefined when none were sent. */
  odata: ODataQuery | undefined;
};

export type BodySpec =
  { kind: 'json'; schema: z.ZodType; limit: number; optional: boolean } | { kind: 'bytes'; limit: number };

export type Route = {
  method: HttpMethod;
  path: string;
  pattern: readonly string[];
  area: Area;
  auth: AuthMode;
  body: BodySpec | undefined;
  rawQuery: boolean;
  run: (ctx: HandlerContext<unknown>) => Promise<Reply> | Reply;
};

/** rawQuery: the handler reads its own query options (delta tokens) instead of the OData parser. */
type Base = { method: HttpMethod; path: string; area: Area; auth: AuthMode; rawQuery?: boolean };
type Run<B> = (ctx: HandlerContext<B>) => Promise<Reply> | Reply;

// Graph refuses request bodies over 4 MB, so inline attachments stay under 3 MB.
export const GRAPH_BODY_LIMIT = 4 * 1024 * 1024;

/** A route whose body is JSON validated by `schema`; the handler gets the parsed value. */
export function jsonRoute<S extends z.ZodType>(
  base: Base & { schema: S; limit?: number; optional?: boolean },
  run: Run<z.output<S>>,
): Route {
  const body: BodySpec = {
    kind: 'json',
    schema: base.schema,
    limit: base.limit ?? GRAPH_BODY_LIMIT,
    optional: base.optional ?? false,
  };
  return make(base, body, run as Run<unknown>);
}

/** A route whose body is raw bytes (the ranged PUTs of an upload session). */
export function bytesRoute(base: Base & { limit: number }, run: Run<Buffer>): Route {
  return make(base, { kind: 'bytes', limit: base.limit }, run as Run<unknown>);
}

/** A route without a request body. */
export function plainRoute(base: Base, run: Run<undefined>): Route {
  return make(base, undefined, run as Run<unknown>);
}

function make(base: Base, body: BodySpec | undefined, run: Run<unknown>): Route {
  const pattern = splitPath(base.path);
  if (!pattern) throw new Error(`Bad route path ${base.path}`);
  return { ...base, rawQuery: base.rawQuery ?? false, pattern, body, run };
}

export type RouteMatch = { route: Route; params: Record<string, string> };

/**
 * The route for a method and path. Among several matches the one with the most literal segments wins,
 * so `…/messages/delta` beats `…/messages/{message}`. `methodMismatch` tells a known path from an unknown one.
 */
export function findRoute(
  routes: readonly Route[],
  method: string,
  segments: readonly string[],
): { match?: RouteMatch; methodMismatch: boolean } {
  let best: { route: Route; params: Record<string, string>; literals: number } | undefined;
  let methodMismatch = false;
  for (const route of routes) {
    const m = matchSegments(route.pattern, segments);
    if (!m) continue;
    if (route.method !== method) {
      methodMismatch = true;
      continue;
    }
    if (!best || m.literals > best.literals) best = { route, params: m.params, literals: m.literals };
  }
  return best ? { match: { route: best.route, params: best.params }, methodMismatch } : { methodMismatch };
}
