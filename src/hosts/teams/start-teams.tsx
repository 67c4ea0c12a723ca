import { app } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';
import type { AccountHint } from '../../auth/msal-token-source';
import type { BrowserEnv } from '../shared/browser-env';
import { startCard, type CardStart } from '../shared/start-card';
import { BrowserFallbackMessage, StartupMessage } from '../../ui/components/startup-message';
import { createThemeChannel } from '../shared/theme-channel';
import { themeFromTeams } from './teams-theme';

/** How long to wait for Teams to answer app.initialize() before saying the page is not inside Teams. */
export const TEAMS_INIT_TIMEOUT_MS = 5000;

export type TeamsStart = {
  readonly container: HTMLElement;
  readonly env: BrowserEnv;
  readonly initTimeoutMs?: number;
  readonly signIn?: CardStart['signIn'];
};

export type TeamsOutcome = 'card' | 'not-in-teams' | 'config-error';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function teamsContext(): Promise<app.Context | undefined> {
  try {
    return await app.getContext();
  } catch {
    return undefined; // the card still runs, in the light theme
  }
}

function accountHintFrom(context: app.Context | undefined): AccountHint | undefined {
  const user = context?.user;
  // Pick the MSAL account the Teams user is signed in with, so sign-in needs no prompt.
  const hint = {
    ...(user?.loginHint ? { loginHint: user.loginHint } : {}),
    ...(user?.tenant?.id ? { tenantId: user.tenant.id } : {}),
  };
  return Object.keys(hint).length > 0 ? hint : undefined;
}

/** The Teams personal tab: initialize, tell Teams we loaded at once, follow its theme live, then the card. */
export async function startTeams(start: TeamsStart): Promise<TeamsOutcome> {
  const root = createRoot(start.container);
  root.render(<StartupMessage theme="light" kind="busy" title="Starting Referral Card…" body="Connecting to Teams." />);

  let initialized: void | 'timeout';
  try {
    // Initialize TeamsJS before anything else, MSAL included: Teams refuses SDK calls made before it.
    initialized = await withTimeout(app.initialize(), start.initTimeoutMs ?? TEAMS_INIT_TIMEOUT_MS);
  } catch {
    initialized = 'timeout';
  }
  if (initialized === 'timeout') {
    root.render(<BrowserFallbackMessage reason="not-in-teams" pageUrl={start.env.pageUrl} />);
    return 'not-in-teams';
  }
  // Hide Teams' loading indicator before the heavy work (config, sign-in, the card), or Teams reports a timeout.
  void app.notifySuccess().catch(() => undefined);

  const context = await teamsContext();
  const themes = createThemeChannel(themeFromTeams(context?.app.theme));
  app.registerOnThemeChangeHandler((theme) => themes.set(themeFromTeams(theme)));
  const accountHint = accountHintFrom(context);
  const card = await startCard({
    root,
    env: start.env,
    host: 'teams',
    themes,
    ...(accountHint ? { accountHint } : {}),
    ...(start.signIn ? { signIn: start.signIn } : {}),
  });
  return card ? 'card' : 'config-error';
}
