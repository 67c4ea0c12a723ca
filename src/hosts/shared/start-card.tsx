import type { Root } from 'react-dom/client';
import { configuredAddressLookup } from '../../address';
import { APP_CONFIG_FILE, graphBaseUrl, loadAppConfig } from '../../auth/auth-config';
import type { AppConfig } from '../../auth/auth-config.schema';
import type { AccountHint } from '../../auth/msal-token-source';
import type { TokenSource } from '../../auth/token-source';
import { TokenSourceError } from '../../auth/token-source-error';
import type { CurrentItem, HostContext, HostInput, SignedInUser, UserSettings } from '../../ui/host-context';
import { baseContext, type BrowserEnv } from './browser-env';
import { HostRoot } from '../../ui/app/host-root';
import { localUserSettings } from './local-user-settings';
import { SIGNED_OUT_KEY } from './persona-key';
import { chooseTokenSource } from './sign-in';
import type { DeviceSignIn, SignInOptions } from './sign-in';
import { StartupMessage } from '../../ui/components/startup-message';
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
  /** Follows the host's current item (a pinned Outlook pane whose selected email changes). */
  readonly watchCurrentItem?: (listener: (item: CurrentItem | undefined) => void) => void;
  /** MSAL without nested app auth, for this host (see sign-in.tsx). */
  readonly msalFallback?: SignInOptions['msalFallback'];
  /** Tests replace the sign-in step; by default the configuration chooses it. */
  readonly signIn?: (options: SignInOptions) => Promise<DeviceSignIn>;
  /** The host's own per-user settings (Outlook's roaming settings); by default local storage keyed by the user. */
  readonly userSettings?: UserSettings;
  /** Whether the page still shows the first screen it was built with (outlook.html): it says the card is starting. */
  readonly firstScreen?: () => boolean;
};

function preferHostUser(source: TokenSource, user: SignedInUser): TokenSource {
  return { getToken: (scopes, options) => source.getToken(scopes, options), user: async () => user };
}

type Prepared = { readonly config: Promise<AppConfig> };

const prepared = new WeakMap<BrowserEnv, Prepared>();

const fetchConfig = (env: BrowserEnv) => loadAppConfig(env.fetch, new URL(APP_CONFIG_FILE, env.pageUrl).href);

/**
 * Fetches app-config.json while the host's SDK gets ready, so the card does not wait for it after that (interactive
 * within 800 ms at 4x CPU).
 */
export function prepareCardStart(env: BrowserEnv): void {
  if (prepared.has(env)) return;
  const config = fetchConfig(env);
  config.catch(() => undefined); // a failure is reported where it is awaited, by startCard
  prepared.set(env, { config });
}

/** Local storage that the browser may block: blocked, nothing was kept and nothing is. */
function quietly<T>(use: () => T, blocked: T): T {
  try {
    return use();
  } catch {
    return blocked;
  }
}

const signedOut = (env: BrowserEnv): boolean =>
  quietly(() => (env.storage?.getItem(SIGNED_OUT_KEY) ?? null) !== null, false);

/** "Sign out": the card has cleared its data; forget the sign-in and load the page afresh, which then says so. */
function signOutOf(env: BrowserEnv, source: DeviceSignIn): () => Promise<void> {
  return async () => {
    source.forget?.();
    quietly(() => env.storage?.setItem(SIGNED_OUT_KEY, '1'), undefined); // blocked: no signed-out screen, still afresh
    env.reload(); // stops anything of the signed-out user still running in this page (a filing, an autosave)
  };
}

/** The screen after "Sign out", until the next person asks to sign in (loaded only then). */
async function showSignedOut(start: CardStart): Promise<void> {
  const { SignedOutScreen } = await import('../../ui/sign-in/signed-out-screen');
  const onSignIn = () => {
    quietly(() => start.env.storage?.removeItem(SIGNED_OUT_KEY), undefined);
    void startCard(start);
  };
  start.root.render(<SignedOutScreen theme={start.themes.current()} onSignIn={onSignIn} />);
}

function hostContext(start: CardStart, config: AppConfig, source: DeviceSignIn): HostInput {
  const { env } = start;
  const addressLookup = configuredAddressLookup(config.addressLookup, env.pageUrl, env.fetch);
  const tokenSource = start.hostUser ? preferHostUser(source, start.hostUser) : source;
  return {
    host: start.host,
    ...baseContext(env),
    graphBaseUrl: graphBaseUrl(config, env.pageUrl),
    ...(config.council ? { council: config.council } : {}),
    ...(addressLookup ? { addressLookup } : {}),
    tokenSource,
    theme: start.themes.current(),
    onThemeChange: start.themes.subscribe,
    ...(start.currentItem ? { currentItem: start.currentItem } : {}),
    userSettings: start.userSettings ?? localUserSettings({ storage: env.storage, user: () => tokenSource.user() }),
    signOut: signOutOf(env, source),
  };
}

/** The sequence every host shares once its SDK is ready: configuration → sign-in → the card. */
export async function startCard(start: CardStart): Promise<HostInput | undefined> {
  const { root, env, themes } = start;
  if (signedOut(env)) {
    await showSignedOut(start);
    return undefined;
  }
  if (!start.firstScreen?.())
    root.render(<StartupMessage theme={themes.current()} kind="busy" title="Starting Referral Card…" />);
  const early = prepared.get(env);
  prepared.delete(env); // "Try again" fetches afresh
  let config;
  try {
    config = await (early?.config ?? fetchConfig(env));
  } catch (error) {
    const body =
      error instanceof TokenSourceError ? error.message : 'The app configuration could not be read. Reload the page.';
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
  // MSAL's wrapper is part of the first screen (1.7 KB gzip: cheaper than a round trip); MSAL itself, and the sandbox's
  // persona picker, load when first needed.
  const signIn = start.signIn ?? chooseTokenSource;
  const source = await signIn({
    root,
    config,
    env,
    theme: themes.current(),
    ...(start.accountHint ? { accountHint: start.accountHint } : {}),
    ...(start.msalFallback ? { msalFallback: start.msalFallback } : {}),
  });
  const context = hostContext(start, config, source);
  root.render(<HostRoot context={context} />);
  // The same card, draft and all, with the newly selected email offered for attaching.
  start.watchCurrentItem?.((item) => {
    const { currentItem: _previous, ...rest } = context;
    root.render(<HostRoot context={item ? { ...rest, currentItem: item } : rest} />);
  });
  return context;
}
