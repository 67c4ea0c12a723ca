import type { Root } from 'react-dom/client';
import type { AppConfig, MsalAuthConfig } from '../../auth/auth-config.schema';
import { createMsalTokenSource, type AccountHint } from '../../auth/msal-token-source';
import type { TokenSource } from '../../auth/token-source';
import type { ThemeName } from '../../ui/host-context';
import type { BrowserEnv } from './browser-env';

export type SignInOptions = {
  readonly root: Root;
  readonly config: AppConfig;
  readonly env: BrowserEnv;
  readonly theme: ThemeName;
  readonly accountHint?: AccountHint;
  /** How this host signs in with MSAL when nested app auth is missing (Outlook: an Office dialog). */
  readonly msalFallback?: (auth: MsalAuthConfig) => TokenSource;
};

export { PERSONA_KEY } from './persona-key';

/** A sign-in the card can forget on this device ("Sign out"): the sandbox forgets the persona it signs in again. */
export type DeviceSignIn = TokenSource & { readonly forget?: () => void };

/**
 * The one place the configuration picks a token source (no "if sandbox" elsewhere). MSAL resolves at
 * once (it signs in silently when a token is first needed); the sandbox shows its persona picker first.
 */
export function chooseTokenSource(options: SignInOptions): Promise<DeviceSignIn> {
  const { auth } = options.config;
  if (auth.mode === 'msal') {
    if (options.msalFallback) return Promise.resolve(options.msalFallback(auth));
    return Promise.resolve(
      createMsalTokenSource({
        clientId: auth.clientId,
        authority: auth.authority,
        redirectUri: auth.redirectUri ?? new URL('auth-bridge.html', options.env.pageUrl).href,
        ...(options.accountHint ? { accountHint: options.accountHint } : {}),
      }),
    );
  }
  // The persona picker and the sandbox's token code (with its zod DTOs) load only for a sandbox configuration.
  return import('./sandbox-sign-in').then((m) => m.sandboxSignIn(options));
}
