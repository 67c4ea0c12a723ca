/** @jest-environment jsdom */
// The first screen rendered at build time into outlook.html: the card's first fields, and a line saying it is starting.
import { act, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { renderFirstScreen } from '../../../src/hosts/outlook/first-screen';
import { startOutlook } from '../../../src/hosts/outlook/start-outlook';
import { hostEnv, signedIn } from '../shared/host-env';
import { officeMock } from './office-mock';

const PAGE = 'https://localhost:3000/outlook.html';

describe("outlook.html's first screen", () => {
  const html = renderFirstScreen();

  test('is the card: its referrer fields by their draft paths, in the Referral form, under the starting line', () => {
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(page.querySelector('[role="form"][aria-label="Referral"] #f-referrer-name input')).not.toBeNull();
    expect(page.querySelector('#f-referrer-email input')).not.toBeNull();
    const statuses = [...page.querySelectorAll('[role="status"]')].map((s) => s.textContent);
    expect(statuses).toContain('Starting Referral Card…');
    // Nothing of the build shows: no server-render marker and no message meant for developers.
    expect(html).not.toMatch(/<template|renderToString|Suspense/);
  });

  test('stands for the starting message while Office.js gets ready, until the card replaces it', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    let done: Promise<unknown> | undefined;
    const ready: { go?: () => void } = {};
    const office = officeMock({
      onReady: () => new Promise((go) => (ready.go = () => go({ host: null, platform: null }))),
    });
    await act(async () => {
      done = startOutlook({ container, office, env: hostEnv(PAGE).env, signIn: signedIn(), timeoutMs: 60_000 });
    });
    // Waiting for Office.js: the fields are there, not a "Connecting to Outlook" message in their place.
    expect(container.querySelector('#f-referrer-name input')).not.toBeNull();
    expect(screen.queryByText('Connecting to Outlook.')).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Starting Referral Card…');
    await act(async () => {
      ready.go?.();
      await done;
    });
    expect(container.querySelector('[data-first-screen]')).toBeNull();
    container.remove();
  });

  test('Office.js missing: the message in words replaces the first screen at once', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    await act(async () => {
      await startOutlook({ container, office: undefined, env: hostEnv(PAGE).env, signIn: signedIn() });
    });
    expect(container.querySelector('[data-first-screen]')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Outlook’s add-in library could not load' })).toBeTruthy();
    container.remove();
  });
});
