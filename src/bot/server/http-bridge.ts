import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, WebResponse } from '@microsoft/agents-hosting';

// The Agents SDK's hosting contract (its Request and WebResponse) over node:http, so the bot needs no web framework.

// A card action or a channel message is a few kilobytes; Teams caps an activity near 28 KB.
const MAX_BODY_BYTES = 256 * 1024;

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request's JSON body, refusing anything too large or not JSON. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, 'The activity is too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
    return body as Record<string, unknown>;
  } catch {
    throw new BodyError(400, 'The activity is not a JSON object.');
  }
}

export function sdkRequest(req: IncomingMessage, body: Record<string, unknown>): Request {
  return { body, headers: req.headers, method: req.method ?? 'POST' };
}

/**
 * The SDK's response over node:http's. A class, as the house rules ask: Node 20 would keep an object literal's getters,
 * and through them each finished request's response, until a full collection.
 */
class NodeResponse implements WebResponse {
  readonly #res: ServerResponse;

  constructor(res: ServerResponse) {
    this.#res = res;
  }

  status(code: number): this {
    this.#res.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.#res.setHeader(name, value);
    return this;
  }

  // As in Express, which the SDK's middleware is written for: send() finishes the response.
  send(body?: unknown): this {
    const res = this.#res;
    if (res.writableEnded) return this;
    if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) res.end(body);
    else {
      if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    }
    return this;
  }

  end(): this {
    if (!this.#res.writableEnded) this.#res.end();
    return this;
  }

  get headersSent(): boolean {
    return this.#res.headersSent;
  }

  get writableEnded(): boolean {
    return this.#res.writableEnded;
  }
}

export function sdkResponse(res: ServerResponse): WebResponse {
  return new NodeResponse(res);
}
