import { app, pages } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';
import { APP_CONFIG_FILE, loadAppConfig } from '../../auth/auth-config';
import type { TriageMailboxConfig } from '../../auth/auth-config.schema';
import { StartupMessage } from '../../ui/components/startup-message';
import { BoardTabSetup } from '../../ui/features/triage-board';
import type { BrowserEnv } from '../shared/browser-env';
import { themeFromTeams } from '../teams/teams-theme';
import { initialized, NotInTeams, TEAMS_BOARD_INIT_TIMEOUT_MS } from './teams-board';

export type BoardConfigStart = {
  readonly container: HTMLElement;
  readonly env: BrowserEnv;
  readonly initTimeoutMs?: number;
};

/** What Teams keeps for a channel tab showing `m`: the board's address with the mailbox in it. */
export function tabSettingsFor(m: TriageMailboxConfig, pageUrl: string): pages.InstanceConfig {
  const query = `?mailbox=${encodeURIComponent(m.mailbox)}`;
  return {
    contentUrl: new URL(`board-teams.html${query}`, pageUrl).href,
    websiteUrl: new URL(`board.html${query}`, pageUrl).href,
    entityId: `referral-board:${m.mailbox.toLowerCase()}`,
    suggestedDisplayName: 'Referrals board',
  };
}

/**
 * The channel tab's configuration page: Teams shows it when the tab is added (or its settings are opened). Save
 * stays off until a mailbox is chosen; saving stores the board's address with that mailbox in it.
 */
export async function startBoardConfig(start: BoardConfigStart): Promise<'ready' | 'not-in-teams' | 'failed'> {
  const root = createRoot(start.container);
  root.render(<StartupMessage theme="light" kind="busy" title="Setting up the referrals board…" />);
  if (!(await initialized(start.initTimeoutMs ?? TEAMS_BOARD_INIT_TIMEOUT_MS))) {
    root.render(<NotInTeams pageUrl={start.env.pageUrl} />);
    return 'not-in-teams';
  }
  const context = await app.getContext().catch(() => undefined);
  const theme = themeFromTeams(context?.app.theme);
  let config;
  try {
    config = await loadAppConfig(start.env.fetch, new URL(APP_CONFIG_FILE, start.env.pageUrl).href);
  } catch {
    root.render(
      <StartupMessage
        theme={theme}
        kind="error"
        title="The board cannot be set up"
        body="The app configuration could not be read. Reload the page."
      />,
    );
    return 'failed';
  }
  let chosen: TriageMailboxConfig | undefined;
  pages.config.registerOnSaveHandler((save) => {
    if (!chosen) {
      save.notifyFailure('Choose the referral mailbox first.');
      return;
    }
    pages.config.setConfig(tabSettingsFor(chosen, start.env.pageUrl)).then(
      () => save.notifySuccess(),
      () => save.notifyFailure('Teams could not save the tab. Try again.'),
    );
  });
  void pages.config.setValidityState(false);
  const teamId = context?.team?.groupId;
  root.render(
    <BoardTabSetup
      mailboxes={config.triage?.mailboxes ?? []}
      {...(teamId ? { teamId } : {})}
      theme={theme}
      onChoose={(m) => {
        chosen = m;
        void pages.config.setValidityState(m !== undefined);
      }}
    />,
  );
  void app.notifySuccess().catch(() => undefined);
  return 'ready';
}
