import type { AuthConfiguration, AuthProvider, Connections } from '@microsoft/agents-hosting';
import { CONNECTOR_SCOPE, type AppTokenSource } from './app-token-source';

const unused = (what: string) => () => Promise.reject(new Error(`The triage bot does not use ${what}.`));

/** The SDK's token provider contract over the bot's own token source (the adapter asks it for connector tokens). */
export function appAuthProvider(tokens: AppTokenSource, settings: AuthConfiguration): AuthProvider {
  return {
    connectionSettings: settings,
    getAccessToken(configOrScope: AuthConfiguration | string, scope?: string) {
      const asked = typeof configOrScope === 'string' ? configOrScope : (scope ?? CONNECTOR_SCOPE);
      return tokens.getToken([asked]);
    },
    getAgenticApplicationToken: unused('agentic tokens'),
    getAgenticInstanceToken: unused('agentic tokens'),
    getAgenticUserToken: unused('agentic tokens'),
    acquireTokenOnBehalfOf: unused('on-behalf-of tokens'),
  } as AuthProvider;
}

/** One connection for everything: the CloudAdapter's replies and the bot's own posts use the same app tokens. */
export function appConnections(provider: AuthProvider): Connections {
  return {
    getConnection: () => provider,
    getDefaultConnection: () => provider,
    getTokenProvider: () => provider,
    getTokenProviderFromActivity: () => provider,
    getDefaultConnectionConfiguration: () => provider.connectionSettings ?? {},
  };
}
