// Test support (not a test): a Graph client stand-in answering GETs of a message's attachments from a table, and
// counting the requests, for the quarantine rules and the cache (the sandbox round trip is in filed-files.test.ts).
import type { GraphGateway } from '../../../src/graph';

export type Answer = unknown | (() => unknown);

export type FakeMailClient = Pick<GraphGateway, 'client'> & { readonly requests: string[] };

/** `answers` by path (no query); a path not in it answers 404 the way the SDK throws it. */
export function fakeMailClient(answers: Record<string, Answer>): FakeMailClient {
  const requests: string[] = [];
  const api = (path: string) => {
    const builder = {
      select: () => builder,
      top: () => builder,
      responseType: () => builder,
      get: async () => {
        requests.push(path);
        if (!(path in answers)) throw Object.assign(new Error('Not found'), { statusCode: 404 });
        const answer = answers[path];
        return typeof answer === 'function' ? (answer as () => unknown)() : answer;
      },
    };
    return builder;
  };
  return { client: { api } as unknown as GraphGateway['client'], requests };
}

export const base64 = (text: string | Uint8Array): string =>
  Buffer.from(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');

/** The paths of message `id`'s attachments in the signed-in user's mailbox. */
export const pathsOf = (id: string) => ({
  list: `/me/messages/${encodeURIComponent(id)}/attachments`,
  file: (fileId: string) => `/me/messages/${encodeURIComponent(id)}/attachments/${encodeURIComponent(fileId)}`,
});

/** A message whose attachments are `referral.json` holding `json` (base64) and a PDF. */
export function messageWith(id: string, json: string | Uint8Array, size = 5000): Record<string, Answer> {
  const p = pathsOf(id);
  return {
    [p.list]: {
      value: [
        { id: 'j', name: 'referral.json', size, contentType: 'application/json' },
        { id: 'p', name: 'referral.pdf', size: 40_000, contentType: 'application/pdf' },
      ],
    },
    [p.file('j')]: { contentBytes: base64(json) },
  };
}
