// The dialog page's logic: finish a redirect sign-in and post the token, or start one; failures post MSAL's errorCode.
import type { AuthenticationResult } from '@azure/msal-browser';
import { parseDialogMessage } from '../../../src/hosts/outlook/auth-dialog/dialog-message';
import { runSignInDialog } from '../../../src/hosts/outlook/auth-dialog/sign-in-dialog';

const PAGE =
  'https://localhost:3000/outlook-auth-dialog.html?scopes=Mail.Send+User.Read&loginHint=sam%40council.gov.uk';
const NOW = Date.parse('2026-11-23T10:00:00Z');

function run(handle: () => Promise<AuthenticationResult | null>, redirect = jest.fn(async () => undefined)) {
  const posted: string[] = [];
  const outcome = runSignInDialog({
    pca: { handleRedirectPromise: handle, acquireTokenRedirect: redirect },
    post: (m) => posted.push(m),
    pageUrl: PAGE,
    now: () => NOW,
  });
  return { outcome, posted, redirect };
}

describe('the sign-in dialog page', () => {
  test('first visit: starts the redirect with the pane’s scopes and login hint, posting nothing yet', async () => {
    const { outcome, posted, redirect } = run(async () => null);
    await expect(outcome).resolves.toBe('redirecting');
    expect(redirect).toHaveBeenCalledWith({ scopes: ['Mail.Send', 'User.Read'], loginHint: 'sam@council.gov.uk' });
    expect(posted).toEqual([]);
  });

  test('back from Entra ID: posts the token, its expiry and the account', async () => {
    const result = {
      accessToken: 'token-1',
      expiresOn: new Date(NOW + 3_000_000),
      account: { name: 'Sam Worker', username: 'sam@council.gov.uk' },
    } as AuthenticationResult;
    const { outcome, posted } = run(async () => result);
    await expect(outcome).resolves.toBe('posted');
    expect(parseDialogMessage(posted[0]!)).toEqual({
      status: 'signed-in',
      accessToken: 'token-1',
      expiresOn: NOW + 3_000_000,
      account: { name: 'Sam Worker', username: 'sam@council.gov.uk' },
    });
  });

  test('an unknown expiry is taken as an hour', async () => {
    const { outcome, posted } = run(
      async () => ({ accessToken: 'token-1', expiresOn: null, account: null }) as unknown as AuthenticationResult,
    );
    await outcome;
    expect(parseDialogMessage(posted[0]!)).toEqual({
      status: 'signed-in',
      accessToken: 'token-1',
      expiresOn: NOW + 3_600_000,
    });
  });

  test('MSAL failing posts its errorCode (never its message, which v5 makes a docs link)', async () => {
    const { outcome, posted } = run(async () => {
      throw Object.assign(new Error('https://aka.ms/msal'), { errorCode: 'user_cancelled' });
    });
    await expect(outcome).resolves.toBe('posted');
    expect(parseDialogMessage(posted[0]!)).toEqual({ status: 'failed', errorCode: 'user_cancelled' });
  });

  test('no scopes in the address: fails in words rather than signing in for nothing', async () => {
    const posted: string[] = [];
    await runSignInDialog({
      pca: { handleRedirectPromise: async () => null, acquireTokenRedirect: jest.fn() },
      post: (m) => posted.push(m),
      pageUrl: 'https://localhost:3000/outlook-auth-dialog.html',
      now: () => NOW,
    });
    expect(parseDialogMessage(posted[0]!)).toEqual({ status: 'failed', errorCode: 'dialog_no_scopes' });
  });
});

describe('parsing what the dialog says', () => {
  test.each([
    ['not JSON', 'nope'],
    ['an array', '[]'],
    ['no token', JSON.stringify({ status: 'signed-in', expiresOn: 1 })],
    ['an expiry that is not a number', JSON.stringify({ status: 'signed-in', accessToken: 't', expiresOn: 'soon' })],
    ['an empty error code', JSON.stringify({ status: 'failed', errorCode: '' })],
    ['an unknown status', JSON.stringify({ status: 'maybe' })],
  ])('refuses %s', (_what, raw) => {
    expect(parseDialogMessage(raw)).toBeUndefined();
  });

  test('drops an account without a username rather than inventing one', () => {
    expect(
      parseDialogMessage(
        JSON.stringify({ status: 'signed-in', accessToken: 't', expiresOn: 5, account: { name: 'X' } }),
      ),
    ).toEqual({ status: 'signed-in', accessToken: 't', expiresOn: 5 });
  });
});
