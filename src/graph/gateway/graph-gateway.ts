import { Client, HTTPMessageHandler, type Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenSource } from '../../auth/token-source';
import { AnswerErrorHandler } from './answer-error-handler';
import { ConcurrencyHandler } from './concurrency-handler';
import { mailboxKeyOf } from './graph-hosts';
import { MailboxLimiter } from './mailbox-limiter';
import { PreferImmutableIdHandler } from './prefer-immutable-id-handler';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, type ThrottleWait } from './retry-policy';
import { ThrottleRetryHandler } from './throttle-retry-handler';
import { TokenHandler } from './token-handler';
import { WireHandler, type WireEvent } from './wire-handler';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/';

export type GraphGatewayConfig = {
  /** Graph's root, e.g. the sandbox's `https://localhost:3000/graph/`; Microsoft Graph itself by default. */
  readonly baseUrl?: string;
  /** Hosts besides Graph's own that get tokens (the client attaches tokens only to Graph hosts and these). */
  readonly customHosts?: readonly string[];
  readonly tokenSource: Pick<TokenSource, 'getToken'>;
  readonly scopes: readonly string[];
  /** The last link: the SDK's HTTPMessageHandler (global fetch) by default; Node tests pass undici + the sandbox CA. */
  readonly httpHandler?: Middleware;
  readonly retry?: Partial<RetryPolicy>;
  /** Called before each wait Microsoft 365 asked for (Retry-After), e.g. to say "asked us to wait 30 s". */
  readonly onWait?: (wait: ThrottleWait) => void;
  /** Called for every request that goes on the wire (retries included). */
  readonly onRequest?: (event: WireEvent) => void;
  /** Graph/Outlook allows 4 concurrent requests per mailbox. */
  readonly maxConcurrentPerMailbox?: number;
};

export type GraphGateway = {
  /** Signed Graph calls: concurrency → auth (renews once on 401) → Prefer ImmutableId → retry → wire → HTTP. */
  readonly client: Client;
  /** Upload-session ranges: the URL is pre-authenticated, so this chain sends no token. */
  readonly uploadClient: Client;
  readonly baseUrl: string;
  readonly limiter: MailboxLimiter;
};

function hostsOf(baseUrl: string, extra: readonly string[] | undefined): Set<string> {
  const hosts = new Set((extra ?? []).map((h) => h.toLowerCase()));
  const base = new URL(baseUrl);
  if (base.hostname !== 'graph.microsoft.com') hosts.add(base.hostname.toLowerCase());
  return hosts;
}

/** The Graph gateway: the official client with our middleware chain; base URL and hosts by configuration only. */
export function createGraphGateway(config: GraphGatewayConfig): GraphGateway {
  const baseUrl = config.baseUrl ?? GRAPH_BASE_URL;
  const customHosts = hostsOf(baseUrl, config.customHosts);
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    ...config.retry,
    ...(config.onWait ? { onWait: config.onWait } : {}),
  };
  const limiter = new MailboxLimiter(config.maxConcurrentPerMailbox ?? 4);
  const http = config.httpHandler ?? new HTTPMessageHandler();
  const options = { baseUrl, customHosts, defaultVersion: 'v1.0' };

  const client = Client.initWithMiddleware({
    ...options,
    middleware: [
      new ConcurrencyHandler(limiter, mailboxKeyOf),
      new TokenHandler({ tokenSource: config.tokenSource, scopes: config.scopes, customHosts }),
      new PreferImmutableIdHandler(customHosts),
      new ThrottleRetryHandler(policy),
      new WireHandler(config.onRequest),
      http,
    ],
  });
  const uploadClient = Client.initWithMiddleware({
    ...options,
    middleware: [
      // Upload sessions exist only on the signed-in user's own drafts (Graph known issue): they count against "me".
      new ConcurrencyHandler(limiter, () => 'me'),
      new AnswerErrorHandler(),
      new ThrottleRetryHandler(policy),
      new WireHandler(config.onRequest),
      http,
    ],
  });
  return { client, uploadClient, baseUrl, limiter };
}
