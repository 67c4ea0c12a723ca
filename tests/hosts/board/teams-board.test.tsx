/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { startTeamsBoard } from '../../../src/hosts/board/teams-board';
import { hostEnv, SANDBOX_CONFIG, signedIn } from '../shared/host-env';

jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    notifySuccess: jest.fn(),
    getContext: jest.fn(),
    registerOnThemeChangeHandler: jest.fn(),
  },
}));
const teams = (jest.requireMock('@microsoft/teams-js') as { app: Record<string, jest.Mock> }).app;

const PAGE = 'https://localhost:3000/board-teams.html?mailbox=gone%40council.example';
let container: HTMLElement;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  teams.initialize!.mockReset().mockResolvedValue(undefined);
  teams.notifySuccess!.mockReset().mockResolvedValue(undefined);
  teams.getContext!.mockReset().mockResolvedValue({ app: { theme: 'dark' }, user: { loginHint: 'a@b.test' } });
  teams.registerOnThemeChangeHandler!.mockReset();
});
afterEach(() => container.remove());

async function start(options: { initTimeoutMs?: number } = {}) {
  const { env } = hostEnv(PAGE, undefined, SANDBOX_CONFIG);
  const signIn = signedIn();
  let outcome: string | undefined;
  await act(async () => {
    outcome = await startTeamsBoard({ container, env, signIn, ...options });
  });
  return { outcome, signIn };
}

describe('the board as a Teams tab', () => {
  test('tells Teams it loaded, follows its theme, signs in with its account hint, and shows the tab’s mailbox', async () => {
    const { outcome, signIn } = await start();
    expect(outcome).toBe('board');
    expect(teams.notifySuccess).toHaveBeenCalled();
    expect(teams.registerOnThemeChangeHandler).toHaveBeenCalled();
    expect((signIn.mock.calls[0] as unknown[])[0]).toMatchObject({
      theme: 'dark',
      accountHint: { loginHint: 'a@b.test' },
    });
    // The tab's mailbox is not among those configured: it says so rather than showing another service's referrals.
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer set up/);
  });

  test('outside Teams: a link to the same board in the browser, mailbox and all', async () => {
    teams.initialize!.mockReturnValue(new Promise(() => undefined));
    const { outcome, signIn } = await start({ initTimeoutMs: 10 });
    expect(outcome).toBe('not-in-teams');
    expect(signIn).not.toHaveBeenCalled();
    expect(screen.getByRole('link').getAttribute('href')).toBe(
      'https://localhost:3000/board.html?mailbox=gone%40council.example',
    );
  });
});
