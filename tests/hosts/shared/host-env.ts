// Test support (not a test): a BrowserEnv for host tests, serving app-config.json from a script.
import type { BrowserEnv } from '../../../src/hosts/shared/browser-env';
import type { TokenSource } from '../../../src/auth/token-source';

export const SANDBOX_CONFIG = { auth: { mode: 'sandbox' }, graph: { baseUrl: '/graph/v1.0' } };

/** What the pages read of a fetch Response (jsdom has no fetch): status, ok, headers.get and json(). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    json: async () => JSON.parse(text) as unknown,
  } as unknown as Response;
}

export type Route = (url: string, init?: RequestInit) => { status: number; body: unknown } | undefined;

export function hostEnv(pageUrl: string, route: Route = () => undefined, config: unknown = SANDBOX_CONFIG) {
  const requests: string[] = [];
  const fetchFn = jest.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    const routed =
      route(url, init) ??
      (url.endsWith('/app-config.json') ? { status: 200, body: config } : { status: 404, body: {} });
    return jsonResponse(routed.status, routed.body);
  });
  const store = new Map<string, string>();
  const env: BrowserEnv = {
    fetch: fetchFn as unknown as typeof fetch,
    pageUrl,
    indexedDB: {} as IDBFactory, // the probe card does not save drafts
    storage: {
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => void store.set(k, v),
      removeItem: (k) => void store.delete(k),
    },
    now: () => new Date('2026-11-23T10:00:00Z'),
    newId: () => 'id-1',
    reload: jest.fn(),
  };
  return { env, requests, store, fetch: fetchFn };
}

/** Sign-in replaced: a signed-in persona, as the sandbox picker would hand back. */
export const signedIn = (name = 'Persona Person', email = 'persona@sandbox.test') =>
  jest.fn(async (): Promise<TokenSource> => ({ user: async () => ({ name, email }), getToken: async () => 'token' }));
