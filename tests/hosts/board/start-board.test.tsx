/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import '../../auth/jsdom-support';
import { startBoard } from '../../../src/hosts/board/start-board';
import { createThemeChannel } from '../../../src/hosts/shared/theme-channel';
import { hostEnv, jsonResponse, SANDBOX_CONFIG, signedIn } from '../shared/host-env';

const PAGE = 'https://localhost:3000/board.html';
const NOTTS = {
  mailbox: 'parenting.courses@nottsc.gov.uk',
  displayName: 'Nottinghamshire parenting courses',
  teamId: 'c9b94db6-317c-59cd-a569-30dd5fbbe005',
  channelId: '19:4bb67fb335800731f965abb78efd6d12@thread.tacv2',
  deciderRole: 'parenting-coordinator',
};

let container: HTMLElement;
const graph = jest.fn(async () => jsonResponse(503, { error: { code: 'ServiceUnavailable', message: 'down' } }));
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  // The Graph client wants a global fetch; here Microsoft 365 is down, which the board must survive.
  (globalThis as { fetch?: unknown }).fetch = graph;
});
afterEach(() => {
  container.remove();
  delete (globalThis as { fetch?: unknown }).fetch;
});

async function start(config: unknown, fixedMailbox?: string) {
  const { env } = hostEnv(PAGE, undefined, config);
  const signIn = signedIn('Coordinator', 'coordinator.nottsc@sandbox.test');
  let host: Awaited<ReturnType<typeof startBoard>>;
  await act(async () => {
    host = await startBoard({
      root: createRoot(container),
      env,
      themes: createThemeChannel('light'),
      signIn,
      ...(fixedMailbox ? { fixedMailbox } : {}),
    });
  });
  return { host: host!, signIn };
}

describe('the board pages start', () => {
  test('configuration, then sign-in, then the board with the configured mailboxes', async () => {
    const { host, signIn } = await start({ ...SANDBOX_CONFIG, triage: { mailboxes: [NOTTS] } });
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(host?.mailboxes.map((m) => m.mailbox)).toEqual([NOTTS.mailbox]);
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(container.textContent).toMatch(/Opening the board|Referrals to Nottinghamshire parenting courses/);
  });

  test('no mailboxes set up: says who can fix it', async () => {
    await start(SANDBOX_CONFIG);
    expect((await screen.findByRole('alert')).textContent).toMatch(/No referral mailboxes are set up/);
  });

  test("a channel tab whose mailbox is no longer configured says so rather than showing another's", async () => {
    await start({ ...SANDBOX_CONFIG, triage: { mailboxes: [NOTTS] } }, 'gone@council.example');
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer set up/);
  });

  test('a broken configuration stops with words and a way to try again', async () => {
    const { host } = await start({ auth: { mode: 'magic' } });
    expect(host).toBeUndefined();
    expect(screen.getByRole('alert').textContent).toMatch(/could not start/);
  });
});
