import { app } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';
import { StartupMessage } from '../../ui/components/startup-message';
import type { BrowserEnv } from '../shared/browser-env';
import { createThemeChannel } from '../shared/theme-channel';
import { themeFromTeams } from '../teams/teams-theme';
import { mailboxFromPage, startBoard, type BoardStart } from './start-board';

/** How long to wait for Teams to answer app.initialize() before saying the page is not inside Teams. */
export const TEAMS_BOARD_INIT_TIMEOUT_MS = 5000;

export type TeamsBoardStart = {
  readonly container: HTMLElement;
  readonly env: BrowserEnv;
  readonly initTimeoutMs?: number;
  readonly signIn?: BoardStart['signIn'];
};

/** Whether Teams answered app.initialize() within `ms` (it never answers outside Teams). */
export function initialized(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    app.initialize().then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/** Opened outside Teams (or Teams did not answer): the same board is a plain page too. */
export function NotInTeams({ pageUrl }: { readonly pageUrl: string }) {
  const board = new URL('board.html', pageUrl);
  board.search = new URL(pageUrl).search;
  return (
    <StartupMessage
      theme="light"
      kind="error"
      title="This page runs inside Microsoft Teams"
      body="Teams did not answer. Open the referrals board in the browser instead."
      link={{ href: board.href, label: 'Open the referrals board in the browser' }}
    />
  );
}

/**
 * The board in Teams: a channel tab (its address names the mailbox its configuration chose) or the personal tab
 * (every configured mailbox, one at a time). Teams is told at once that the page loaded, then the board starts.
 */
export async function startTeamsBoard(start: TeamsBoardStart): Promise<'board' | 'not-in-teams' | 'failed'> {
  const root = createRoot(start.container);
  root.render(
    <StartupMessage theme="light" kind="busy" title="Opening the referrals board…" body="Connecting to Teams." />,
  );
  if (!(await initialized(start.initTimeoutMs ?? TEAMS_BOARD_INIT_TIMEOUT_MS))) {
    root.render(<NotInTeams pageUrl={start.env.pageUrl} />);
    return 'not-in-teams';
  }
  void app.notifySuccess().catch(() => undefined);
  const context = await app.getContext().catch(() => undefined);
  const themes = createThemeChannel(themeFromTeams(context?.app.theme));
  app.registerOnThemeChangeHandler((theme) => themes.set(themeFromTeams(theme)));
  const user = context?.user;
  const accountHint = {
    ...(user?.loginHint ? { loginHint: user.loginHint } : {}),
    ...(user?.tenant?.id ? { tenantId: user.tenant.id } : {}),
  };
  const mailbox = mailboxFromPage(start.env.pageUrl);
  const host = await startBoard({
    root,
    env: start.env,
    themes,
    ...(mailbox ? { fixedMailbox: mailbox } : {}),
    ...(Object.keys(accountHint).length > 0 ? { accountHint } : {}),
    ...(start.signIn ? { signIn: start.signIn } : {}),
  });
  return host ? 'board' : 'failed';
}
