/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { mailboxFromPage } from '../../../src/hosts/board/start-board';
import { startBoardConfig, tabSettingsFor } from '../../../src/hosts/board/teams-board-config';
import { hostEnv, SANDBOX_CONFIG } from '../shared/host-env';

jest.mock('@microsoft/teams-js', () => ({
  app: { initialize: jest.fn(), notifySuccess: jest.fn(), getContext: jest.fn() },
  pages: { config: { registerOnSaveHandler: jest.fn(), setConfig: jest.fn(), setValidityState: jest.fn() } },
}));

type Mocks = {
  app: Record<'initialize' | 'notifySuccess' | 'getContext', jest.Mock>;
  pages: { config: Record<'registerOnSaveHandler' | 'setConfig' | 'setValidityState', jest.Mock> };
};
const teams = jest.requireMock('@microsoft/teams-js') as Mocks;

const PAGE = 'https://localhost:3000/board-config.html';
const NOTTS = {
  mailbox: 'parenting.courses@nottsc.gov.uk',
  displayName: 'Nottinghamshire parenting courses',
  teamId: 'c9b94db6-317c-59cd-a569-30dd5fbbe005',
  channelId: '19:4bb67fb335800731f965abb78efd6d12@thread.tacv2',
  deciderRole: 'parenting-coordinator',
};
const LEWISHAM = {
  ...NOTTS,
  mailbox: 'Family.Hub.Referrals@lewisham.gov.uk',
  displayName: 'Lewisham Family Hub referrals',
  teamId: 'afcbb15e-3711-5681-acbf-2ed9baed0b5a',
  deciderRole: 'team-manager',
};
const CONFIG = { ...SANDBOX_CONFIG, triage: { mailboxes: [LEWISHAM, NOTTS] } };

let container: HTMLElement;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  teams.app.initialize.mockReset().mockResolvedValue(undefined);
  teams.app.notifySuccess.mockReset().mockResolvedValue(undefined);
  teams.app.getContext.mockReset().mockResolvedValue({ app: { theme: 'default' }, team: { groupId: NOTTS.teamId } });
  for (const m of Object.values(teams.pages.config)) m.mockReset();
  teams.pages.config.setConfig.mockResolvedValue(undefined);
});
afterEach(() => container.remove());

const saveEvent = () => ({ notifySuccess: jest.fn(), notifyFailure: jest.fn() });

describe('the channel tab configuration page', () => {
  test("offers the team's own mailbox first and chooses it; Save stores the board's address with it", async () => {
    const { env } = hostEnv(PAGE, undefined, CONFIG);
    await act(() => startBoardConfig({ container, env }));
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios[0]!.labels?.[0]?.textContent).toMatch(/^Nottinghamshire parenting courses/);
    expect(radios[0]!.checked).toBe(true);
    expect(teams.pages.config.setValidityState).toHaveBeenLastCalledWith(true);
    const [handler] = teams.pages.config.registerOnSaveHandler.mock.calls[0] as [(e: unknown) => void];
    const save = saveEvent();
    await act(async () => handler(save));
    expect(teams.pages.config.setConfig).toHaveBeenCalledWith(tabSettingsFor(NOTTS as never, PAGE));
    expect(save.notifySuccess).toHaveBeenCalled();
  });

  test('with no mailbox of its own, Save stays off until one is chosen', async () => {
    teams.app.getContext.mockResolvedValue({ app: { theme: 'dark' }, team: { groupId: 'another-team' } });
    const { env } = hostEnv(PAGE, undefined, CONFIG);
    await act(() => startBoardConfig({ container, env }));
    expect(teams.pages.config.setValidityState).toHaveBeenLastCalledWith(false);
    const [handler] = teams.pages.config.registerOnSaveHandler.mock.calls[0] as [(e: unknown) => void];
    const early = saveEvent();
    handler(early);
    expect(early.notifyFailure).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: /Lewisham/ }));
    expect(teams.pages.config.setValidityState).toHaveBeenLastCalledWith(true);
  });

  test('a failed save is reported to Teams', async () => {
    teams.pages.config.setConfig.mockRejectedValue(new Error('no'));
    const { env } = hostEnv(PAGE, undefined, CONFIG);
    await act(() => startBoardConfig({ container, env }));
    const [handler] = teams.pages.config.registerOnSaveHandler.mock.calls[0] as [(e: unknown) => void];
    const save = saveEvent();
    await act(async () => handler(save));
    expect(save.notifyFailure).toHaveBeenCalled();
  });

  test('no mailboxes configured: says so in words', async () => {
    const { env } = hostEnv(PAGE);
    await act(() => startBoardConfig({ container, env }));
    expect(screen.getByRole('alert').textContent).toMatch(/No referral mailboxes are set up/);
  });

  test('outside Teams: points to the board in the browser', async () => {
    teams.app.initialize.mockReturnValue(new Promise(() => undefined));
    const { env } = hostEnv(PAGE, undefined, CONFIG);
    let outcome: string | undefined;
    await act(async () => {
      outcome = await startBoardConfig({ container, env, initTimeoutMs: 10 });
    });
    expect(outcome).toBe('not-in-teams');
    expect(screen.getByRole('link', { name: /Open the referrals board in the browser/ }).getAttribute('href')).toBe(
      'https://localhost:3000/board.html',
    );
  });
});

describe("the tab's address", () => {
  test('carries the mailbox, encoded, and reads it back', () => {
    const settings = tabSettingsFor(LEWISHAM as never, PAGE);
    expect(settings.contentUrl).toBe(
      'https://localhost:3000/board-teams.html?mailbox=Family.Hub.Referrals%40lewisham.gov.uk',
    );
    expect(settings.websiteUrl).toMatch(/^https:\/\/localhost:3000\/board\.html\?mailbox=/);
    expect(settings.entityId).toBe('referral-board:family.hub.referrals@lewisham.gov.uk');
    expect(mailboxFromPage(settings.contentUrl)).toBe(LEWISHAM.mailbox);
    expect(mailboxFromPage('https://localhost:3000/board.html')).toBeUndefined();
    expect(mailboxFromPage('not a url')).toBeUndefined();
  });
});
