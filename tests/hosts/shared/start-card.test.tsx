/** @jest-environment jsdom */
// Hosts start fetching app-config.json while their SDK gets ready (prepareCardStart); the card then starts without
// asking for it again, and "Try again" after a failure asks afresh. While starting, the page says so in plain words.
import { act, fireEvent, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import '../../auth/jsdom-support';
import { prepareCardStart, startCard } from '../../../src/hosts/shared/start-card';
import { createThemeChannel } from '../../../src/hosts/shared/theme-channel';
import { hostEnv, signedIn } from './host-env';

jest.mock('../../../src/ui/app', () => jest.requireActual('./app-probe'));

const PAGE = 'https://cards.council.gov.uk/app/outlook.html';
let container: HTMLElement;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => container.remove());

const configRequests = (requests: readonly string[]) => requests.filter((r) => r.endsWith('/app-config.json'));

describe('startCard after prepareCardStart', () => {
  test('app-config.json is asked for once, before the host is ready, and the card starts from it', async () => {
    const { env, requests } = hostEnv(PAGE);
    prepareCardStart(env);
    prepareCardStart(env); // twice is still once
    expect(configRequests(requests)).toEqual(['GET https://cards.council.gov.uk/app/app-config.json']);
    const signIn = signedIn();
    await act(async () => {
      await startCard({
        root: createRoot(container),
        env,
        host: 'outlook',
        themes: createThemeChannel('light'),
        signIn,
      });
    });
    expect(await screen.findByText('Probe card')).toBeTruthy();
    expect(configRequests(requests)).toHaveLength(1);
    expect(signIn).toHaveBeenCalledWith(
      expect.objectContaining({ config: { auth: { mode: 'sandbox' }, graph: { baseUrl: '/graph/v1.0' } } }),
    );
  });

  test('an early fetch that failed is reported, and Try again asks afresh', async () => {
    let broken = true;
    const { env, requests } = hostEnv(PAGE, (url) =>
      url.endsWith('app-config.json') && broken ? { status: 503, body: {} } : undefined,
    );
    prepareCardStart(env);
    await act(async () => {
      await startCard({
        root: createRoot(container),
        env,
        host: 'outlook',
        themes: createThemeChannel('light'),
        signIn: signedIn(),
      });
    });
    expect(screen.getByRole('alert').textContent).toMatch(/could not start/);
    broken = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(await screen.findByText('Probe card')).toBeTruthy();
    expect(configRequests(requests)).toHaveLength(2);
  });

  test('while starting: plain words in a polite status, before any Fluent theme is drawn', async () => {
    const { env } = hostEnv(PAGE);
    const signIn = jest.fn(() => new Promise<never>(() => undefined)); // sign-in still going on
    await act(async () => {
      void startCard({
        root: createRoot(container),
        env,
        host: 'outlook',
        themes: createThemeChannel('light'),
        signIn,
      });
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/Starting Referral Card/);
    expect(container.querySelector('.fui-FluentProvider')).toBeNull();
  });
});
