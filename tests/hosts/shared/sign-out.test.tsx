/** @jest-environment jsdom */
// The sandbox remembers the persona until "Sign out"; signing out forgets it, loads the page afresh, and the next start
// says the card was signed out until someone asks to sign in.
import { act, fireEvent, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import '../../auth/jsdom-support';
import { PERSONA_KEY, SIGNED_OUT_KEY } from '../../../src/hosts/shared/persona-key';
import { startCard } from '../../../src/hosts/shared/start-card';
import type { CardStart } from '../../../src/hosts/shared/start-card';
import { createThemeChannel } from '../../../src/hosts/shared/theme-channel';
import type { HostInput } from '../../../src/ui/host-context';
import { hostEnv, signedIn, type Route } from './host-env';
import { webcrypto } from 'node:crypto';

// jsdom has no Web Crypto digest; browsers do (the e2e tests use the real one).
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis.crypto, 'subtle', { value: webcrypto.subtle });

jest.mock('../../../src/ui/app', () => jest.requireActual('./app-probe'));

const PAGE = 'https://localhost:3000/';
const RILEY = 'riley.referrer@sandbox.test';
const persona = (upn: string, displayName: string) => ({
  id: upn,
  upn,
  displayName,
  roles: ['referrer'],
  mailboxAccess: [],
  groups: [],
});
const sandbox =
  (known: string[] = [RILEY]): Route =>
  (url, init) => {
    if (url === `${PAGE}sandbox/personas`)
      return {
        status: 200,
        body: { value: [persona(RILEY, 'Riley Referrer'), persona('wren.worker@sandbox.test', 'Wren Worker')] },
      };
    if (url === `${PAGE}sandbox/token`) {
      const { upn } = JSON.parse(String(init?.body)) as { upn: string };
      return known.includes(upn)
        ? { status: 200, body: { access_token: 'a.b.c', token_type: 'Bearer', expires_in: 3600 } }
        : { status: 400, body: { error: { code: 'BadRequest', message: 'No persona has that UPN.' } } };
    }
    return undefined;
  };

let container: HTMLElement;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => container.remove());

type Card = Omit<CardStart, 'root' | 'host' | 'themes'>;
const cardStart = (card: Card): CardStart => ({
  root: createRoot(container),
  host: 'browser',
  themes: createThemeChannel('light'),
  ...card,
});

async function start(card: Card): Promise<HostInput | undefined> {
  let context: HostInput | undefined;
  await act(async () => {
    context = await startCard(cardStart(card));
  });
  return context;
}

/** Starts a card that stops at the picker (it waits for a choice). */
async function startToPicker(card: Card): Promise<void> {
  await act(async () => {
    void startCard(cardStart(card));
  });
}

describe('the remembered sandbox persona', () => {
  test('signs in again at once as the persona chosen last, without the picker', async () => {
    const { env, store, requests } = hostEnv(PAGE, sandbox());
    store.set(PERSONA_KEY, RILEY);
    const context = await start({ env });
    expect(context).toBeDefined();
    expect(await screen.findByText(`Riley Referrer <${RILEY}>`)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sign in to the local sandbox' })).toBeNull();
    expect(requests.slice(1)).toEqual([`GET ${PAGE}sandbox/personas`, `POST ${PAGE}sandbox/token`]);
  });

  test('a persona the sandbox refuses now gets the picker, with them chosen', async () => {
    const { env, store } = hostEnv(PAGE, sandbox([]));
    store.set(PERSONA_KEY, RILEY);
    await startToPicker({ env });
    expect(await screen.findByRole('heading', { name: 'Sign in to the local sandbox' })).toBeTruthy();
    expect(((await screen.findByRole('radio', { name: /^Riley Referrer/ })) as HTMLInputElement).checked).toBe(true);
  });

  test('a persona the sandbox no longer lists gets the picker, and no sign-in is tried', async () => {
    const { env, store, requests } = hostEnv(PAGE, sandbox());
    store.set(PERSONA_KEY, 'gone@sandbox.test');
    await startToPicker({ env });
    expect(await screen.findByRole('heading', { name: 'Sign in to the local sandbox' })).toBeTruthy();
    expect(requests.filter((r) => r.endsWith('/sandbox/token'))).toEqual([]);
  });
});

describe('signing out', () => {
  test('forgets the persona, loads the page afresh, and the next start says so until "Sign in"', async () => {
    const { env, store } = hostEnv(PAGE, sandbox());
    store.set(PERSONA_KEY, RILEY);
    const context = await start({ env });
    await act(async () => context!.signOut!());
    expect(store.has(PERSONA_KEY)).toBe(false);
    expect(store.get(SIGNED_OUT_KEY)).toBe('1');
    expect(env.reload).toHaveBeenCalledTimes(1);

    container.remove(); // the page loads afresh
    container = document.body.appendChild(document.createElement('div'));
    expect(await start({ env })).toBeUndefined();
    expect(await screen.findByRole('heading', { name: 'You have signed out of Referral Card' })).toBeTruthy();
    expect(screen.queryByText('Probe card')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
    expect(await screen.findByRole('heading', { name: 'Sign in to the local sandbox' })).toBeTruthy();
    expect(store.has(SIGNED_OUT_KEY)).toBe(false);
  });

  test('an MSAL sign-in has nothing of ours to forget: the page still starts afresh, signed out', async () => {
    const { env, store } = hostEnv(PAGE);
    const context = await start({ env, signIn: signedIn() });
    await act(async () => context!.signOut!());
    expect(store.get(SIGNED_OUT_KEY)).toBe('1');
    expect(env.reload).toHaveBeenCalledTimes(1);
  });

  test('with storage blocked it still loads the page afresh', async () => {
    const { env } = hostEnv(PAGE);
    const blocked = {
      ...env,
      storage: {
        getItem: () => null,
        setItem: () => {
          throw new Error('SecurityError');
        },
        removeItem: () => {
          throw new Error('SecurityError');
        },
      },
    };
    const context = await start({ env: blocked, signIn: signedIn() });
    await act(async () => context!.signOut!());
    expect(env.reload).toHaveBeenCalledTimes(1);
  });
});

describe('the settings each host hands the card', () => {
  test('by default, local storage kept for the signed-in user', async () => {
    const { env, store } = hostEnv(PAGE);
    const context = await start({ env, signIn: signedIn('Sam Worker', 'sam@council.gov.uk') });
    await context!.userSettings!.write('k', 'v');
    const keys = [...store.keys()].filter((k) => k.startsWith('referral-card.user.'));
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toMatch(/sam|council/i);
  });

  test("the host's own (Outlook's roaming settings) when it has them", async () => {
    const { env } = hostEnv(PAGE);
    const userSettings = { read: jest.fn(async () => 'kept by the host'), write: jest.fn(), clear: jest.fn() };
    const context = await start({ env, signIn: signedIn(), userSettings });
    expect(context!.userSettings).toBe(userSettings);
    expect(await screen.findByText('kept by the host')).toBeTruthy();
  });
});
