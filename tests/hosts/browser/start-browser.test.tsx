/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { startBrowser } from '../../../src/hosts/browser/start-browser';
import { PERSONA_KEY } from '../../../src/hosts/shared/sign-in';
import { hostEnv, type Route } from '../shared/host-env';

jest.mock('../../../src/ui/app', () => jest.requireActual('../shared/app-probe'));

const PAGE = 'https://localhost:3000/';
const PERSONAS = {
  value: [
    {
      id: 'w',
      upn: 'wren.worker@sandbox.test',
      displayName: 'Wren Worker',
      roles: ['worker'],
      mailboxAccess: [],
      groups: [],
    },
    {
      id: 'r',
      upn: 'riley.referrer@sandbox.test',
      displayName: 'Riley Referrer',
      roles: ['referrer'],
      mailboxAccess: [],
      groups: [],
    },
  ],
  bot: { appId: 'bot', displayName: 'Bot' },
};
const sandbox: Route = (url, init) => {
  if (url === 'https://localhost:3000/sandbox/personas') return { status: 200, body: PERSONAS };
  if (url === 'https://localhost:3000/sandbox/token') {
    const { upn } = JSON.parse(String(init?.body)) as { upn: string };
    return upn === 'riley.referrer@sandbox.test'
      ? { status: 200, body: { access_token: 'a.b.c', token_type: 'Bearer', expires_in: 3600 } }
      : { status: 400, body: { error: { code: 'BadRequest', message: 'No persona has that UPN.' } } };
  }
  return undefined;
};

/** matchMedia with switchable answers, as the system theme would change them. */
function fakeMedia(initial: { dark?: boolean; forced?: boolean } = {}) {
  const state = { dark: initial.dark ?? false, forced: initial.forced ?? false };
  const listeners = new Map<string, (() => void)[]>();
  const media = {
    matchMedia: (query: string) => ({
      matches: query.includes('forced-colors') ? state.forced : query.includes('dark') ? state.dark : false,
      addEventListener: (_: string, listener: () => void) =>
        listeners.set(query, [...(listeners.get(query) ?? []), listener]),
    }),
  } as unknown as Pick<Window, 'matchMedia'>;
  const change = (next: Partial<typeof state>) => {
    Object.assign(state, next);
    for (const list of listeners.values()) list.forEach((l) => l());
  };
  return { media, change };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => container.remove());

describe('the browser page with the sandbox', () => {
  test('shows the persona picker first, then the card signed in as the chosen persona, and remembers the choice', async () => {
    const { env, requests, store } = hostEnv(PAGE, sandbox);
    const { media } = fakeMedia();
    let done: Promise<unknown> | undefined;
    await act(async () => {
      done = startBrowser({ container, env, media });
    });
    expect(await screen.findByRole('heading', { name: 'Sign in to the local sandbox' })).toBeTruthy();
    expect(screen.queryByText('Probe card')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in as Riley Referrer' }));
    });
    await expect(done).resolves.toBe('card');
    expect(await screen.findByText('Riley Referrer <riley.referrer@sandbox.test>')).toBeTruthy();
    expect(screen.getByTestId('host').textContent).toBe('browser');
    expect(requests).toEqual([
      'GET https://localhost:3000/app-config.json',
      'GET https://localhost:3000/sandbox/personas',
      'POST https://localhost:3000/sandbox/token',
    ]);
    expect(store.get(PERSONA_KEY)).toBe('riley.referrer@sandbox.test');
  });

  test('a refused sign-in stays on the picker with the reason in words', async () => {
    const { env } = hostEnv(PAGE, sandbox);
    await act(async () => {
      void startBrowser({ container, env, media: fakeMedia().media });
    });
    fireEvent.click(await screen.findByRole('radio', { name: /Wren Worker/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in as Wren Worker' }));
    });
    expect(await screen.findByText('The sandbox refused the sign-in: No persona has that UPN.')).toBeTruthy();
    expect(screen.queryByText('Probe card')).toBeNull();
  });

  test('follows the system theme: dark at start, high contrast when forced colours turn on', async () => {
    const { env } = hostEnv(PAGE);
    const { media, change } = fakeMedia({ dark: true });
    const signIn = jest.fn(async () => ({ user: async () => undefined, getToken: async () => 't' }));
    await act(async () => {
      await startBrowser({ container, env, media, signIn });
    });
    expect(screen.getByTestId('theme').textContent).toBe('dark');
    await act(async () => change({ forced: true }));
    expect(screen.getByTestId('live-theme').textContent).toBe('contrast');
    await act(async () => change({ forced: false, dark: false }));
    expect(screen.getByTestId('theme').textContent).toBe('light');
  });

  test('a broken app-config.json is reported, and Try again recovers once it is fixed', async () => {
    let broken = true;
    const { env } = hostEnv(PAGE, (url) =>
      url.endsWith('app-config.json') && broken ? { status: 200, body: { auth: { mode: 'msal' } } } : undefined,
    );
    const signIn = jest.fn(async () => ({ user: async () => undefined, getToken: async () => 't' }));
    await act(async () => {
      await expect(startBrowser({ container, env, media: fakeMedia().media, signIn })).resolves.toBe('config-error');
    });
    expect(screen.getByRole('alert').textContent).toMatch(/is not valid — auth\.clientId/);
    broken = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(await screen.findByText('Probe card')).toBeTruthy();
  });
});
