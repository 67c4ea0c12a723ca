import type { Root } from 'react-dom/client';
import { APP_CONFIG_FILE, graphBaseUrl, loadAppConfig } from '../../auth/auth-config';
import type { TriageMailboxConfig } from '../../auth/auth-config.schema';
import type { AccountHint } from '../../auth/msal-token-source';
import type { TokenSource } from '../../auth/token-source';
import { TokenSourceError } from '../../auth/token-source-error';
import { StartupMessage } from '../../ui/components/startup-message';
import { BoardRoot, createGraphBoardPorts, indexedDbBoardCache, type BoardHost } from '../../ui/features/triage-board';
import { loadBuiltInCatalogue, type BrowserEnv } from '../shared/browser-env';
import { chooseTokenSource, type SignInOptions } from '../shared/sign-in';
import type { ThemeChannel } from '../shared/theme-channel';

export type BoardStart = {
  readonly root: Root;
  readonly env: BrowserEnv;
  readonly themes: ThemeChannel;
  /** A channel tab's mailbox (its configuration saved it in the tab's address). */
  readonly fixedMailbox?: string;
  readonly accountHint?: AccountHint;
  /** Tests replace the sign-in step; by default the configuration chooses it. */
  readonly signIn?: (options: SignInOptions) => Promise<TokenSource>;
};

/** The mailbox a tab's address names (`?mailbox=`), if any. */
export function mailboxFromPage(pageUrl: string): string | undefined {
  try {
    return new URL(pageUrl).searchParams.get('mailbox')?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function failed(start: BoardStart, body: string): undefined {
  const retry = () => void startBoard(start);
  start.root.render(
    <StartupMessage
      theme={start.themes.current()}
      kind="error"
      title="The board could not start"
      body={body}
      onRetry={retry}
    />,
  );
  return undefined;
}

/** Every board page's sequence once its host is ready: configuration → sign-in → the board. */
export async function startBoard(start: BoardStart): Promise<BoardHost | undefined> {
  const { root, env, themes } = start;
  root.render(<StartupMessage theme={themes.current()} kind="busy" title="Opening the referrals board…" />);
  let config;
  try {
    config = await loadAppConfig(env.fetch, new URL(APP_CONFIG_FILE, env.pageUrl).href);
  } catch (error) {
    return failed(
      start,
      error instanceof TokenSourceError ? error.message : 'The app configuration could not be read.',
    );
  }
  let source: TokenSource;
  try {
    source = await (start.signIn ?? chooseTokenSource)({
      root,
      config,
      env,
      theme: themes.current(),
      ...(start.accountHint ? { accountHint: start.accountHint } : {}),
    });
  } catch (error) {
    return failed(start, error instanceof TokenSourceError ? error.message : 'Signing in did not work. Try again.');
  }
  const person = (await source.user().catch(() => undefined))?.email ?? 'signed-in';
  const base = graphBaseUrl(config, env.pageUrl);
  const createPorts = (m: TriageMailboxConfig) =>
    createGraphBoardPorts({
      graphBaseUrl: base,
      tokenSource: source,
      mailbox: m.mailbox,
      teamId: m.teamId,
      deciderRole: m.deciderRole,
      cache: indexedDbBoardCache(env.indexedDB, person, m.mailbox),
    });
  const host: BoardHost = {
    mailboxes: config.triage?.mailboxes ?? [],
    ...(start.fixedMailbox ? { fixedMailbox: start.fixedMailbox } : {}),
    createPorts,
    catalogue: loadBuiltInCatalogue,
    now: env.now,
    theme: themes.current(),
    onThemeChange: themes.subscribe,
  };
  root.render(<BoardRoot host={host} />);
  return host;
}
