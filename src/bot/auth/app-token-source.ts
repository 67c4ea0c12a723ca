import { z } from 'zod';
import { MsalTokenProvider } from '@microsoft/agents-hosting';

/** The bot's own (application) tokens: for Graph (mail, directory) and for the Bot Connector. */
export interface AppTokenSource {
  getToken(scopes: readonly string[], options?: { readonly forceRefresh?: boolean }): Promise<string>;
}

export const GRAPH_APP_SCOPE = 'https://graph.microsoft.com/.default';
export const CONNECTOR_SCOPE = 'https://api.botframework.com/.default';

const tokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export type TokenEndpointOptions = {
  readonly url: string;
  readonly appId: string;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
};

/**
 * Tokens from an endpoint that takes {"appId"} and answers like OAuth (access_token, expires_in): the local
 * sandbox's /sandbox/token. One token serves every scope; it is renewed at half its life, one request at a time.
 */
export function tokenEndpointSource(options: TokenEndpointOptions): AppTokenSource {
  const now = options.now ?? Date.now;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  // The token being fetched or held, and when to fetch the next one; a failed fetch is forgotten at once.
  let current: { token: Promise<string>; renewAt: number } | undefined;

  const fetchToken = async (): Promise<z.infer<typeof tokenAnswerSchema>> => {
    const response = await fetchFn(options.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ appId: options.appId }),
    });
    if (!response.ok) throw new Error(`The token endpoint refused the bot (HTTP ${response.status}).`);
    return tokenAnswerSchema.parse(await response.json());
  };

  return {
    getToken(_scopes, tokenOptions = {}) {
      const asked = now();
      if (current && !tokenOptions.forceRefresh && asked < current.renewAt) return current.token;
      const entry = { token: Promise.resolve(''), renewAt: Number.POSITIVE_INFINITY };
      current = entry;
      entry.token = fetchToken().then(
        (answer) => {
          // Renewed at half its life, measured from when we asked, so time on the wire only renews it sooner.
          entry.renewAt = asked + (answer.expires_in * 1000) / 2;
          return answer.access_token;
        },
        (error: unknown) => {
          if (current === entry) current = undefined;
          throw error;
        },
      );
      return entry.token;
    },
  };
}

/** Entra ID client credentials through the Agents SDK's MSAL provider (which caches and renews). */
export function clientCredentialsSource(settings: {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenantId: string;
}): AppTokenSource {
  const provider = new MsalTokenProvider({ ...settings, authType: 'ClientSecret' });
  return {
    getToken(scopes) {
      return provider.getAccessToken(scopes[0] ?? GRAPH_APP_SCOPE);
    },
  };
}
