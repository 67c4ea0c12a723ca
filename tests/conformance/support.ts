// Starts the sandbox in-process on a free loopback port (memory store) and hands out official Graph clients.
import {
  Client,
  type ClientOptions,
  type Context,
  type Middleware,
  MiddlewareFactory,
} from '@microsoft/microsoft-graph-client';
import { Agent, fetch as undiciFetch } from 'undici';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/sandbox';

export type Harness = {
  sandbox: Sandbox;
  /** Trusts the sandbox's self-signed certificate (no NODE_TLS_REJECT_UNAUTHORIZED=0). */
  dispatcher: Agent;
  /** The test clock (ms): move it to expire tokens. */
  clock: { now: number };
  token(upn: string): Promise<string>;
  /** A Graph client signed in as `upn` (or with a fixed token string). */
  client(who: string | { token: string }, extra?: Partial<ClientOptions>): Promise<Client>;
  /** Plain HTTPS for the sandbox's own endpoints (sign-in, faults, web view), which are not Graph. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
};

export const REFERRER = 'riley.referrer@sandbox.test';
export const LEWISHAM_MANAGER = 'manager.lewisham@sandbox.test';
export const NOTTS_COORDINATOR = 'coordinator.nottsc@sandbox.test';
export const WORKER = 'wren.worker@sandbox.test';
export const SERVICE_MANAGER = 'sam.servicemanager@sandbox.test';
export const LEWISHAM_MAILBOX = 'Family.Hub.Referrals@lewisham.gov.uk';
export const NOTTS_MAILBOX = 'parenting.courses@nottsc.gov.uk';

/**
 * The last link of the client's default chain (auth → retry → redirect → telemetry → HTTP), sending with
 * undici's fetch and an Agent that trusts the sandbox certificate. Node 20's built-in fetch refuses the
 * explicit Content-Length of LargeFileUploadTask when given an undici 7 dispatcher, so undici's own fetch is used.
 */
class TrustingFetchHandler implements Middleware {
  constructor(private readonly dispatcher: Agent) {}
  async execute(context: Context): Promise<void> {
    const init = { ...(context.options ?? {}), dispatcher: this.dispatcher } as Parameters<typeof undiciFetch>[1];
    context.response = (await undiciFetch(context.request as string, init)) as unknown as Response;
  }
  setNext(): void {
    // the last link
  }
}

export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const clock = { now: Date.now() };
  const sandbox = await createSandbox({ clock: () => clock.now, log: () => undefined, ...options });
  const dispatcher = new Agent({ connect: { ca: sandbox.certificatePem } });
  const fetchSandbox = (path: string, init: RequestInit = {}) =>
    undiciFetch(`${sandbox.origin}${path}`, { ...init, dispatcher } as Parameters<
      typeof undiciFetch
    >[1]) as unknown as Promise<Response>;
  const token = async (upn: string) => {
    const res = await fetchSandbox('/sandbox/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ upn }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${upn} failed: ${res.status}`);
    return ((await res.json()) as { access_token: string }).access_token;
  };
  return {
    sandbox,
    dispatcher,
    clock,
    token,
    fetch: fetchSandbox,
    async client(who, extra = {}) {
      const accessToken = typeof who === 'string' ? await token(who) : who.token;
      const middleware = MiddlewareFactory.getDefaultMiddlewareChain({ getAccessToken: async () => accessToken });
      middleware[middleware.length - 1] = new TrustingFetchHandler(dispatcher);
      return Client.initWithMiddleware({
        middleware,
        baseUrl: sandbox.graphBaseUrl,
        // The Graph client attaches tokens only to Graph hosts and these (a known trap).
        customHosts: new Set(['localhost', '127.0.0.1']),
        ...extra,
      });
    },
    async close() {
      await sandbox.close();
      await dispatcher.close();
    },
  };
}

/** The GraphError the client throws, for asserting on status and envelope. */
/** Sets the sandbox's fault injection (docs/sandbox.md); throws if the sandbox refuses the settings. */
export async function setFaults(h: Harness, settings: object): Promise<void> {
  const res = await h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (res.status !== 200 && res.status !== 204) throw new Error(`faults refused: ${res.status} ${await res.text()}`);
}

export const clearFaults = (h: Harness) => h.fetch('/sandbox/faults', { method: 'DELETE' });

export async function graphFailure(
  p: Promise<unknown>,
): Promise<{ statusCode: number; code: string; requestId: string; date: Date; body: string; headers?: Headers }> {
  try {
    await p;
  } catch (e) {
    return e as { statusCode: number; code: string; requestId: string; date: Date; body: string; headers?: Headers };
  }
  throw new Error('expected the Graph call to fail');
}
