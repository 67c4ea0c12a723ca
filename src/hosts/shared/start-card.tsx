import type { Root } from 'react-dom/client';
import { APP_CONFIG_FILE, loadAppConfig } from '../../auth/auth-config';
import type { AccountHint } from '../../auth/msal-token-source';
import type { TokenSource } from '../../auth/token-source';
import { TokenSourceError } from '../../auth/token-source-error';
import type { CurrentItem, HostContext, SignedInUser } from '../../ui/host-context';
import { baseContext, type BrowserEnv } from './browser-env';
import { HostRoot } from './HostRoot';
import type { SignInOptions } from './sign-in';
import { StartupMessage } from './StartupMessage';
import type { ThemeChannel } from './theme-channel';

export type CardStart = {
  readonly root: Root;
  readonly env: BrowserEnv;
  readonly host: HostContext['host'];
  readonly themes: ThemeChannel;
  readonly currentItem?: CurrentItem;
  /** Who the host says is signed in (Outlook's userProfile): prefills the referrer without a token round trip. */
  readonly hostUser?: SignedInUser;
  readonly accountHint?: AccountHint;
  /** Tests replace the sign-in step; by default the configuration chooses it. */
  readonly signIn?: (options: SignInOptions) => Promise<TokenSource>;
};

function preferHostUser(source: TokenSource, user: SignedInUser): TokenSource {
  return { getToken: (scopes) => source.getToken(scopes), user: async () => user };
}

/** The sequence every host shares once its SDK is ready: configuration → sign-in → the card. */
export async function startCard(start: CardStart): Promise<HostContext | undefined> {
  const { root, env, themes } = start;
  root.render(<StartupMessage theme={themes.current()} kind="busy" title="Starting Referral Card…" />);
  let config;
  try {
    config = await loadAppConfig(env.fetch, new URL(APP_CONFIG_FILE, env.pageUrl).href);
  } catch (error) {
    const body = error instanceof TokenSourceError ? error.message : 'The app configuration could not be read. Reload the page.';
    root.render(
      <StartupMessage
        theme={themes.current()}
        kind="error"
        title="Referral Card could not start"
        body={body}
        onRetry={() => void startCard(start)}
      />,
    );
    return undefined;
  }
  // The sign-in code (MSAL's wrapper, the sandbox persona picker) loads on demand: issue #5's first-screen budget.
  const signIn = start.signIn ?? (async (options: SignInOptions) => (await import('./sign-in')).chooseTokenSource(options));
  const source = await signIn({
    root,
    config,
    env,
    theme: themes.current(),
    ...(start.accountHint ? { accountHint: start.accountHint } : {}),
  });
  const context: HostContext = {
    host: start.host,
    ...baseContext(env),
    tokenSource: start.hostUser ? preferHostUser(source, start.hostUser) : source,
    theme: themes.current(),
    onThemeChange: themes.subscribe,
    ...(start.currentItem ? { currentItem: start.currentItem } : {}),
  };
  root.render(<HostRoot context={context} />);
  return context;
}
