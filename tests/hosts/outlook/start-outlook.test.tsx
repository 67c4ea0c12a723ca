/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { startOutlook, type OutlookOutcome } from '../../../src/hosts/outlook/start-outlook';
import { hostEnv, signedIn } from '../shared/host-env';
import { officeMock } from './office-mock';

jest.mock('../../../src/ui/app', () => jest.requireActual('../shared/app-probe'));

const PAGE = 'https://localhost:3000/outlook.html';
let container: HTMLElement;

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  container.remove();
  jest.useRealTimers();
});

async function start(options: Partial<Parameters<typeof startOutlook>[0]> = {}): Promise<OutlookOutcome> {
  let outcome: OutlookOutcome | undefined;
  await act(async () => {
    outcome = await startOutlook({
      container,
      office: officeMock(),
      env: hostEnv(PAGE).env,
      signIn: signedIn(),
      ...options,
    });
  });
  return outcome!;
}

const couldNotLoad = () => screen.queryByRole('heading', { name: 'Outlook’s add-in library could not load' });

describe('the Outlook task pane', () => {
  test('renders the card with the referrer prefilled from userProfile and the open email', async () => {
    await expect(start()).resolves.toBe('card');
    expect(screen.getByTestId('host').textContent).toBe('outlook');
    expect(await screen.findByText('Sam Worker <sam.worker@council.gov.uk>')).toBeTruthy();
    expect(screen.getByTestId('subject').textContent).toBe('Referral: family K / urgent');
  });

  test("the referrer's details are kept in Outlook's roaming settings, in the user's mailbox", async () => {
    const office = officeMock({ roaming: { 'referral-card.user': { probe: 'from the mailbox' } } });
    await expect(start({ office })).resolves.toBe('card');
    expect(await screen.findByText('from the mailbox')).toBeTruthy();
  });

  test('outside Outlook (Office.onReady resolves with host null) the card still runs, without an email', async () => {
    const office = officeMock({ onReady: async () => ({ host: null, platform: null }) });
    await expect(start({ office })).resolves.toBe('card');
    expect(screen.getByTestId('subject').textContent).toBe('(no email)');
    expect(await screen.findByText('Persona Person <persona@sandbox.test>')).toBeTruthy();
  });

  test('Office.js missing (script blocked): says so in words at once, with a link to the browser version', async () => {
    jest.useFakeTimers();
    await expect(start({ office: undefined })).resolves.toBe('office-unavailable');
    expect(couldNotLoad()).not.toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/did not load .*cannot read your email here/);
    const link = screen.getByRole('link', { name: 'Open Referral Card in the browser' });
    expect(link.getAttribute('href')).toBe('https://localhost:3000/index.html');
    expect(screen.queryByText('Probe card')).toBeNull();
  });

  test('Office.onReady never resolving: the message appears at 3 s, not before', async () => {
    jest.useFakeTimers();
    const office = officeMock({ onReady: () => new Promise(() => undefined) });
    let outcome: Promise<OutlookOutcome> | undefined;
    await act(async () => {
      outcome = startOutlook({ container, office, env: hostEnv(PAGE).env, signIn: signedIn() });
    });
    expect(screen.getByRole('status').textContent).toMatch(/Starting Referral Card/); // never a blank pane
    await act(async () => {
      await jest.advanceTimersByTimeAsync(2999);
    });
    expect(couldNotLoad()).toBeNull();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1);
    });
    expect(couldNotLoad()).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Open Referral Card in the browser' })).toBeTruthy();
    await expect(outcome).resolves.toBe('office-unavailable');
  });

  test('office.js hanging (a proxy holds the connection): the message appears at 3 s, never a blank pane', async () => {
    jest.useFakeTimers();
    let outcome: Promise<OutlookOutcome> | undefined;
    await act(async () => {
      outcome = startOutlook({
        container,
        office: new Promise(() => undefined),
        env: hostEnv(PAGE).env,
        signIn: signedIn(),
      });
    });
    expect(screen.getByRole('status').textContent).toMatch(/Starting Referral Card/);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(2999);
    });
    expect(couldNotLoad()).toBeNull();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1);
    });
    expect(couldNotLoad()).not.toBeNull();
    await expect(outcome).resolves.toBe('office-unavailable');
  });

  test('office.js arriving late but within 3 s still gives the card', async () => {
    jest.useFakeTimers();
    let outcome: Promise<OutlookOutcome> | undefined;
    const late = new Promise<ReturnType<typeof officeMock>>((resolve) => setTimeout(() => resolve(officeMock()), 2000));
    await act(async () => {
      outcome = startOutlook({ container, office: late, env: hostEnv(PAGE).env, signIn: signedIn() });
    });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(2000);
    });
    jest.useRealTimers();
    await act(async () => {
      await expect(outcome).resolves.toBe('card');
    });
    expect(couldNotLoad()).toBeNull();
  });

  test('office.js failing to load (the loading resolves with nothing) says so at once', async () => {
    jest.useFakeTimers();
    await expect(start({ office: Promise.resolve(undefined) })).resolves.toBe('office-unavailable');
    expect(couldNotLoad()).not.toBeNull();
  });

  test('Office.onReady rejecting is treated like Office.js missing', async () => {
    jest.useFakeTimers();
    const office = officeMock({ onReady: () => Promise.reject(new Error('boom')) });
    await expect(start({ office })).resolves.toBe('office-unavailable');
    expect(couldNotLoad()).not.toBeNull();
  });

  test('without nested app auth (older Outlook builds) MSAL sign-in goes through an Office dialog; with it, it does not', async () => {
    const signIn = signedIn();
    await expect(start({ office: officeMock({ naa: false }), signIn })).resolves.toBe('card');
    expect((signIn.mock.calls as unknown[][])[0]?.[0]).toHaveProperty('msalFallback');
    container.remove();
    container = document.body.appendChild(document.createElement('div'));
    const withNaa = signedIn();
    await expect(start({ office: officeMock({ naa: true }), signIn: withNaa })).resolves.toBe('card');
    expect((withNaa.mock.calls as unknown[][])[0]?.[0]).not.toHaveProperty('msalFallback');
  });

  test('a missing app-config.json is said in words, not a blank pane', async () => {
    const { env } = hostEnv(PAGE, (url) => (url.endsWith('app-config.json') ? { status: 404, body: {} } : undefined));
    await expect(start({ env })).resolves.toBe('config-error');
    expect(screen.getByRole('alert').textContent).toMatch(
      /app configuration \(app-config.json\) is missing \(HTTP 404\)/,
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
