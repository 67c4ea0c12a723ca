import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export type Seen = { url: string; method: string; headers: Record<string, string> };
type Answer = Response | Error | ((seen: Seen) => Response | Promise<Response>);

/** A scripted last link: answers in order (the last one repeats) and records what reached the wire. */
export class FakeLink implements Middleware {
  readonly seen: Seen[] = [];
  constructor(private readonly answers: Answer[]) {}

  async execute(context: Context): Promise<void> {
    const raw = context.options?.headers ?? {};
    const headers: Record<string, string> = {};
    const entries = raw instanceof Headers ? [...raw.entries()] : Object.entries(raw as Record<string, string>);
    for (const [k, v] of entries) headers[k.toLowerCase()] = v;
    const seen = { url: String(context.request), method: (context.options?.method ?? 'GET').toUpperCase(), headers };
    this.seen.push(seen);
    const next = this.answers.length > 1 ? this.answers.shift() : this.answers[0];
    if (next === undefined) throw new Error('no scripted answer');
    if (next instanceof Error) throw next;
    context.response = typeof next === 'function' ? await next(seen) : next.clone();
  }

  setNext(): void {
    // the last link
  }
}

export const ok = (body: unknown = {}, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const graphError = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({
      error: { code, message: 'm', innerError: { 'request-id': `req-${status}`, date: '2026-11-02T10:00:00' } },
    }),
    {
      status,
      headers: { 'content-type': 'application/json', 'request-id': `req-${status}`, ...headers },
    },
  );
