import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './reply';

// The serialize exit of the pipeline: Graph's JSON content type, the headers every answer carries.

export const JSON_TYPE =
  'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

/** The serialize exit: headers every answer carries, then the body in its content type. */
export function serialize(
  res: ServerResponse,
  reply: Reply,
  ctx: { method: string; requestId: string; clientRequestId: string | undefined },
): void {
  if (reply.drop) {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { 'request-id': ctx.requestId, ...reply.headers };
  if (ctx.clientRequestId) headers['client-request-id'] = ctx.clientRequestId;
  let payload: Buffer | undefined;
  if (reply.json !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.json), 'utf8');
    headers['Content-Type'] = JSON_TYPE;
  } else if (reply.html !== undefined) {
    payload = Buffer.from(reply.html, 'utf8');
    headers['Content-Type'] = 'text/html; charset=utf-8';
    // The web view needs nothing beyond its own origin and its inline stylesheet.
    headers['Content-Security-Policy'] = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
  } else if (reply.bytes) {
    payload = reply.bytes.data;
    headers['Content-Type'] = reply.bytes.contentType;
  }
  headers['X-Content-Type-Options'] = 'nosniff';
  headers['Content-Length'] = String(payload?.length ?? 0);
  if (reply.status === 413) headers.Connection = 'close';
  res.writeHead(reply.status, headers);
  res.end(ctx.method === 'HEAD' ? undefined : payload);
}

export function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
