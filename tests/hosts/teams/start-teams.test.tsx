/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { startTeams, type TeamsOutcome } from '../../../src/hosts/teams/start-teams';
import { themeFromTeams } from '../../../src/hosts/teams/teams-theme';
import { hostEnv, signedIn } from '../shared/host-env';

jest.mock('../../../src/ui/app', () => jest.requireActual('../shared/app-probe'));
jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    notifySuccess: jest.fn(),
    getContext: jest.fn(),
    registerOnThemeChangeHandler: jest.fn(),
  },
}));

type TeamsApp = Record<'initialize' | 'notifySuccess' | 'getContext' | 'registerOnThemeChangeHandler', jest.Mock>;
const teams = (jest.requireMock('@microsoft/teams-js') as { app: TeamsApp }).app;

const PAGE = 'https://localhost:3000/teams.html';
const CONTEXT = {
  app: { theme: 'dark', locale: 'en-GB', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 's' } },
  page: { id: 'referral-card', frameContext: 'content' },
  user: { id: 'oid', loginHint: 'sam.worker@council.gov.uk', tenant: { id: 'tid' } },
};
let container: HTMLElement;

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  teams.initialize.mockReset().mockResolvedValue(undefined);
  teams.notifySuccess.mockReset().mockResolvedValue(undefined);
  teams.getContext.mockReset().mockResolvedValue(CONTEXT);
  teams.registerOnThemeChangeHandler.mockReset();
});
afterEach(() => {
  container.remove();
  jest.useRealTimers();
});

async function start(extra: Partial<Parameters<typeof startTeams>[0]> = {}) {
  const env = hostEnv(PAGE);
  const signIn = signedIn();
  let outcome: TeamsOutcome | undefined;
  await act(async () => {
    outcome = await startTeams({ container, env: env.env, signIn, ...extra });
  });
  return { outcome, signIn, fetch: env.fetch };
}

/** The theme handler the page gave Teams, called as Teams would. */
async function teamsSwitchesTo(theme: string) {
  const handler = teams.registerOnThemeChangeHandler.mock.calls[0]?.[0] as ((t: string) => void) | undefined;
  expect(handler).toBeDefined();
  await act(async () => handler!(theme));
}

describe('the Teams personal tab', () => {
  test('calls app.initialize, then notifySuccess at once — before the context, the configuration and sign-in', async () => {
    const { outcome, signIn, fetch } = await start();
    expect(outcome).toBe('card');
    expect(teams.initialize).toHaveBeenCalledTimes(1);
    expect(teams.notifySuccess).toHaveBeenCalledTimes(1);
    const order = (mock: jest.Mock) => mock.mock.invocationCallOrder[0] ?? Infinity;
    expect(order(teams.initialize)).toBeLessThan(order(teams.notifySuccess));
    expect(order(teams.notifySuccess)).toBeLessThan(order(teams.getContext));
    expect(order(teams.notifySuccess)).toBeLessThan(order(fetch));
    expect(order(teams.notifySuccess)).toBeLessThan(order(signIn));
    expect(screen.getByTestId('host').textContent).toBe('teams');
  });

  test('starts in the Teams theme and follows it live: the card receives each change', async () => {
    await start();
    expect(screen.getByTestId('theme').textContent).toBe('dark');
    await teamsSwitchesTo('contrast');
    expect(screen.getByTestId('theme').textContent).toBe('contrast');
    expect(screen.getByTestId('live-theme').textContent).toBe('contrast');
    await teamsSwitchesTo('default');
    expect(screen.getByTestId('theme').textContent).toBe('light');
    expect(screen.getByTestId('live-theme').textContent).toBe('light');
    await teamsSwitchesTo('dark');
    expect(screen.getByTestId('live-theme').textContent).toBe('dark');
  });

  test('hands MSAL the account hint from the Teams context', async () => {
    const { signIn } = await start();
    expect(signIn).toHaveBeenCalledWith(
      expect.objectContaining({
        accountHint: { loginHint: 'sam.worker@council.gov.uk', tenantId: 'tid' },
        theme: 'dark',
      }),
    );
  });

  test('without a context (getContext fails) the card still runs, in the light theme', async () => {
    teams.getContext.mockRejectedValue(new Error('no context'));
    const { outcome } = await start();
    expect(outcome).toBe('card');
    expect(screen.getByTestId('theme').textContent).toBe('light');
  });

  test('outside Teams (initialize never answers): after 5 s it says so and links the browser version; no notifySuccess', async () => {
    jest.useFakeTimers();
    teams.initialize.mockReturnValue(new Promise(() => undefined));
    let outcome: Promise<TeamsOutcome> | undefined;
    await act(async () => {
      outcome = startTeams({ container, env: hostEnv(PAGE).env, signIn: signedIn() });
    });
    expect(screen.getByRole('status').textContent).toMatch(/Starting Referral Card/);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(5000);
    });
    await expect(outcome).resolves.toBe('not-in-teams');
    expect(screen.getByRole('alert').textContent).toMatch(/runs inside Microsoft Teams/);
    expect(screen.getByRole('link', { name: 'Open Referral Card in the browser' }).getAttribute('href')).toBe(
      'https://localhost:3000/index.html',
    );
    expect(teams.notifySuccess).not.toHaveBeenCalled();
  });

  test('initialize rejecting is handled the same way', async () => {
    teams.initialize.mockRejectedValue(new Error('No Parent window found'));
    const { outcome } = await start();
    expect(outcome).toBe('not-in-teams');
  });
});

describe('themeFromTeams', () => {
  test.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
    [undefined, 'light'],
  ])('%s → %s', (teamsTheme, theme) => {
    expect(themeFromTeams(teamsTheme)).toBe(theme);
  });
});
