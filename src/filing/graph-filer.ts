// The Graph filer port over src/graph: one gateway (the official client's middleware chain) per sign-in, reused by
// every filing and every My referrals read. Waits the gateway reports belong to the message being filed.
import { createGraphGateway, fileToMailbox, listMyReferrals } from '../graph';
import type { GraphGatewayConfig, RetryPolicy, SentCopyWait } from '../graph';
import type { FilingWait, GraphFiler } from './ports';

export type GraphFilerConfig = {
  /** The configured Graph URL, versioned (…/v1.0) or not. */
  readonly graphBaseUrl: string;
  readonly tokenSource: GraphGatewayConfig['tokenSource'];
  readonly scopes: readonly string[];
  /** Node: undici with the sandbox's certificate. The browser uses the SDK's fetch. */
  readonly httpHandler?: GraphGatewayConfig['httpHandler'];
  readonly retry?: Partial<RetryPolicy>;
  /** How long a resume waits for the Sent Items copy of a send that may have gone (Graph's default: ten seconds). */
  readonly sentCopyWait?: SentCopyWait;
};

/** The Graph client wants its root (…/graph/, with the version added per request); the config names the versioned URL. */
export function graphRoot(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '').replace(/\/v1\.0$|\/beta$/, '')}/`;
}

export function createGraphFiler(config: GraphFilerConfig): GraphFiler {
  let report: ((wait: FilingWait) => void) | undefined;
  const gateway = createGraphGateway({
    baseUrl: graphRoot(config.graphBaseUrl),
    tokenSource: config.tokenSource,
    scopes: config.scopes,
    ...(config.httpHandler ? { httpHandler: config.httpHandler } : {}),
    ...(config.retry ? { retry: config.retry } : {}),
    onWait: (wait) => report?.({ seconds: wait.seconds, reason: wait.status === 429 ? 'throttled' : 'unavailable' }),
  });
  return {
    async fileMessage(request, options, onWait) {
      report = onWait;
      try {
        const { sentCopyWait } = config;
        return await fileToMailbox(gateway, request, sentCopyWait ? { sentCopyWait, ...options } : options);
      } finally {
        report = undefined;
      }
    },
    listSent: () => listMyReferrals(gateway),
  };
}
