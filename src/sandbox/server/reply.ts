/** What a handler answers; the serialize stage turns it into bytes on the wire. */
export type Reply = {
  status: number;
  headers?: Record<string, string>;
  /** A JSON body (Graph's content type). */
  json?: unknown;
  /** A binary body with its content type. */
  bytes?: { data: Buffer; contentType: string };
  /** A server-rendered HTML page. */
  html?: string;
  /** Destroy the connection without answering (fault injection). */
  drop?: true;
};

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  json: body,
  ...(headers ? { headers } : {}),
});

export const empty = (status: number, headers?: Record<string, string>): Reply => ({
  status,
  ...(headers ? { headers } : {}),
});

export const html = (body: string, status = 200): Reply => ({ status, html: body });

export const bytes = (data: Buffer, contentType: string, headers?: Record<string, string>): Reply => ({
  status: 200,
  bytes: { data, contentType },
  ...(headers ? { headers } : {}),
});
