import { createRoot } from 'react-dom/client';
import type { BrowserEnv } from '../shared/browser-env';
import { startCard, type CardStart } from '../shared/start-card';
import { BrowserFallbackMessage, StartupMessage } from '../../ui/components/startup-message';
import { createThemeChannel } from '../shared/theme-channel';
import type { CurrentItem, SignedInUser } from '../../ui/host-context';
import type { TokenSource } from '../../auth/token-source';
import type { OfficeLike } from './office-like';
import { firstScreenRoot, showsFirstScreen } from './first-screen-handover';
import { outlookCurrentItem, outlookUser, watchSelectedItem } from './outlook-item';
import { roamingUserSettings } from './roaming-user-settings';

/** If Office.js has not said it is ready within 3 s, say so in words rather than leave a blank pane. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

export type OutlookStart = {
  readonly container: HTMLElement;
  /** window.Office, or its loading (see office-script.ts): undefined when office.js failed to load (blocked, offline). */
  readonly office: OfficeLike | undefined | Promise<OfficeLike | undefined>;
  readonly env: BrowserEnv;
  readonly timeoutMs?: number;
  readonly signIn?: CardStart['signIn'];
};

export type OutlookOutcome = 'card' | 'office-unavailable' | 'config-error';

type Ready = { readonly office: OfficeLike; readonly info: { readonly host: unknown } };

/** office.js loaded and Office.onReady called back, within one timeout: a script that hangs counts as missing. */
function ready(loading: OutlookStart['office'], timeoutMs: number): Promise<Ready | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    const done = (value: Ready | undefined) => {
      clearTimeout(timer);
      resolve(value);
    };
    Promise.resolve(loading)
      .then(async (office) => (office ? { office, info: await office.onReady() } : undefined))
      .then(done, () => done(undefined));
  });
}

/** Nested app auth is a runtime check only; it cannot be declared in the manifest. */
function supportsNaa(office: OfficeLike): boolean {
  try {
    return office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') === true;
  } catch {
    return false;
  }
}

/** The Office-dialog sign-in, loaded when a token is first needed (the first screen does not wait for it). */
function dialogSignIn(office: OfficeLike, env: BrowserEnv, user: SignedInUser | undefined): TokenSource {
  let source: Promise<TokenSource> | undefined;
  const load = () =>
    (source ??= import('./office-dialog-token-source').then((m) =>
      m.createOfficeDialogTokenSource({
        office,
        dialogUrl: new URL('outlook-auth-dialog.html', env.pageUrl).href,
        ...(user ? { loginHint: user.email } : {}),
      }),
    ));
  return {
    user: async () => (await load()).user(),
    getToken: async (scopes, options) => (await load()).getToken(scopes, options),
  };
}

/** The Outlook task pane (read and compose): Office.onReady, then the card with the referrer and the open email. */
export async function startOutlook(start: OutlookStart): Promise<OutlookOutcome> {
  const { container } = start;
  // outlook.html opens on the card's first screen, built with the page: it stands for "Starting" until the card is up.
  const firstScreen = () => showsFirstScreen(container);
  const root = firstScreenRoot(createRoot(container), container);
  const themes = createThemeChannel('light');
  if (!firstScreen())
    root.render(
      <StartupMessage theme="light" kind="busy" title="Starting Referral Card…" body="Connecting to Outlook." />,
    );

  const loaded = await ready(start.office, start.timeoutMs ?? OFFICE_READY_TIMEOUT_MS);
  if (!loaded) {
    root.render(<BrowserFallbackMessage reason="office-missing" pageUrl={start.env.pageUrl} />);
    return 'office-unavailable';
  }

  const { office, info } = loaded;
  // In a plain browser onReady resolves with host null: the card still runs, without an email.
  const inOutlook = office.HostType !== undefined && info.host === office.HostType.Outlook;
  const hostUser = inOutlook ? outlookUser(office) : undefined;
  const currentItem = inOutlook ? await outlookCurrentItem(office) : undefined;
  // The referrer's details follow them from computer to computer in their mailbox; outside Outlook, local storage.
  const userSettings = inOutlook ? roamingUserSettings(office) : undefined;
  const context = await startCard({
    root,
    env: start.env,
    host: 'outlook',
    themes,
    ...(hostUser ? { hostUser } : {}),
    ...(currentItem ? { currentItem } : {}),
    ...(userSettings ? { userSettings } : {}),
    ...(inOutlook && !supportsNaa(office) ? { msalFallback: () => dialogSignIn(office, start.env, hostUser) } : {}),
    ...(inOutlook
      ? { watchCurrentItem: (listener: (item: CurrentItem | undefined) => void) => watchSelectedItem(office, listener) }
      : {}),
    ...(start.signIn ? { signIn: start.signIn } : {}),
    firstScreen,
  });
  return context ? 'card' : 'config-error';
}
