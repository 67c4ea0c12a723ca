import { FluentProvider } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import type { AppConfig } from '../../auth/auth-config.schema';
import { createMsalTokenSource, type AccountHint } from '../../auth/msal-token-source';
import { SandboxSignIn } from '../../auth/SandboxSignIn';
import type { SandboxPersona } from '../../auth/sandbox-dto.schema';
import { createSandboxTokenSource, fetchSandboxPersonas } from '../../auth/sandbox-token-source';
import { GRAPH_SCOPES } from '../../auth/scopes';
import type { TokenSource } from '../../auth/token-source';
import type { ThemeName } from '../../ui/host-context';
import type { BrowserEnv } from './browser-env';
import { themeFor as fluentThemeFor } from '../../ui/app/theme';

export type SignInOptions = {
  readonly root: Root;
  readonly config: AppConfig;
  readonly env: BrowserEnv;
  readonly theme: ThemeName;
  readonly accountHint?: AccountHint;
};

export const PERSONA_KEY = 'referral-card.sandbox-persona';

/**
 * The one place the configuration picks a token source (DESIGN.md §5: no "if sandbox" elsewhere). MSAL resolves at
 * once (it signs in silently when a token is first needed); the sandbox shows its persona picker first.
 */
export function chooseTokenSource(options: SignInOptions): Promise<TokenSource> {
  const { auth } = options.config;
  if (auth.mode === 'msal') {
    return Promise.resolve(
      createMsalTokenSource({
        clientId: auth.clientId,
        authority: auth.authority,
        redirectUri: auth.redirectUri ?? new URL('auth-bridge.html', options.env.pageUrl).href,
        ...(options.accountHint ? { accountHint: options.accountHint } : {}),
      }),
    );
  }
  return sandboxSignIn(options);
}

function sandboxSignIn({ root, env, theme }: SignInOptions): Promise<TokenSource> {
  const dev = { fetch: env.fetch, baseUrl: new URL(env.pageUrl).origin };
  const loadPersonas = () => fetchSandboxPersonas(dev);
  let remembered: string | undefined;
  try {
    remembered = env.storage?.getItem(PERSONA_KEY) ?? undefined;
  } catch {
    remembered = undefined;
  }
  return new Promise<TokenSource>((resolve) => {
    const onSignIn = async (persona: SandboxPersona) => {
      const source = createSandboxTokenSource({ ...dev, persona });
      await source.getToken(GRAPH_SCOPES); // sign in now, so a refusal shows on the picker, not mid-referral
      try {
        env.storage?.setItem(PERSONA_KEY, persona.upn);
      } catch {
        // storage blocked: the picker asks again next time
      }
      resolve(source);
    };
    root.render(
      <FluentProvider theme={fluentThemeFor(theme)}>
        <SandboxSignIn loadPersonas={loadPersonas} onSignIn={onSignIn} {...(remembered ? { initialUpn: remembered } : {})} />
      </FluentProvider>,
    );
  });
}
