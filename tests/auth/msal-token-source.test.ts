import type { AccountInfo, AuthenticationResult, Configuration } from '@azure/msal-browser';
import { createMsalTokenSource, needsInteraction, type NestablePca } from '../../src/auth/msal-token-source';
import { TokenSourceError } from '../../src/auth/token-source-error';

const ACCOUNT: AccountInfo = {
  homeAccountId: 'oid.tid',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid',
  username: 'sam.worker@council.gov.uk',
  localAccountId: 'oid',
  name: 'Sam Worker',
};

/** An MSAL-shaped error: v5 puts only a docs link in `message`, so the code is all there is to go on. */
class FakeMsalError extends Error {
  constructor(
    readonly errorCode: string,
    message = 'https://aka.ms/msaljs/browser-errors',
  ) {
    super(message);
  }
}

const result = (accessToken: string, account: AccountInfo | null = ACCOUNT): AuthenticationResult =>
  ({
    accessToken,
    account,
    scopes: [],
    idToken: '',
    idTokenClaims: {},
    fromCache: false,
    expiresOn: null,
    tokenType: 'Bearer',
    correlationId: 'c',
    authority: '',
    uniqueId: '',
    tenantId: '',
  }) as AuthenticationResult;

function fakePca(over: Partial<Record<keyof NestablePca, jest.Mock>> = {}) {
  const pca = {
    acquireTokenSilent: jest.fn(async () => result('silent-token')),
    acquireTokenPopup: jest.fn(async () => result('popup-token')),
    getActiveAccount: jest.fn(() => null),
    getAllAccounts: jest.fn(() => [] as AccountInfo[]),
    getAccount: jest.fn(() => null),
    ...over,
  };
  return pca;
}

function sourceWith(pca: ReturnType<typeof fakePca>, extra: { accountHint?: { loginHint: string } } = {}) {
  const configs: Configuration[] = [];
  const createPca = jest.fn(async (configuration: Configuration) => {
    configs.push(configuration);
    return pca as unknown as NestablePca;
  });
  const source = createMsalTokenSource({
    clientId: '6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b',
    authority: 'https://login.microsoftonline.com/tid',
    redirectUri: 'https://localhost:3000/auth-bridge.html',
    createPca,
    ...extra,
  });
  return { source, createPca, configs };
}

const SCOPES = ['Mail.Send', 'Mail.ReadWrite', 'User.Read'];

describe('the MSAL token source', () => {
  test('creates the nestable PCA once, with the client id, authority and the bridge page as redirect', async () => {
    const { source, createPca, configs } = sourceWith(fakePca());
    await source.getToken(SCOPES);
    await source.getToken(['User.Read']);
    expect(createPca).toHaveBeenCalledTimes(1);
    expect(configs[0]?.auth).toEqual({
      clientId: '6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b',
      authority: 'https://login.microsoftonline.com/tid',
      redirectUri: 'https://localhost:3000/auth-bridge.html',
    });
  });

  test('silent first: a silent token means no popup', async () => {
    const pca = fakePca({ getActiveAccount: jest.fn(() => ACCOUNT) });
    const { source } = sourceWith(pca);
    await expect(source.getToken(SCOPES)).resolves.toBe('silent-token');
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ['Mail.ReadWrite', 'Mail.Send', 'User.Read'],
      account: ACCOUNT,
    });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  test.each([
    'interaction_required',
    'consent_required',
    'login_required',
    'no_tokens_found',
    'refresh_token_expired',
    'no_account_error',
  ])('errorCode %s opens the popup, with a login hint when an account is known', async (code) => {
    const pca = fakePca({
      getAllAccounts: jest.fn(() => [ACCOUNT]),
      acquireTokenSilent: jest.fn(async () => {
        throw new FakeMsalError(code);
      }),
    });
    const { source } = sourceWith(pca);
    await expect(source.getToken(SCOPES)).resolves.toBe('popup-token');
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ['Mail.ReadWrite', 'Mail.Send', 'User.Read'],
      loginHint: ACCOUNT.username,
    });
  });

  test.each([
    ['network_error', 'network', /could not be reached/],
    ['timed_out', 'sign-in-timeout', /took too long/],
    ['ui_not_allowed', 'sign-in-failed', /code ui_not_allowed/],
    ['invalid_grant', 'sign-in-failed', /code invalid_grant/],
  ])('errorCode %s is surfaced in words without a popup', async (msalCode, code, words) => {
    const pca = fakePca({
      acquireTokenSilent: jest.fn(async () => {
        throw new FakeMsalError(msalCode);
      }),
    });
    const error = await sourceWith(pca)
      .source.getToken(SCOPES)
      .catch((e: unknown) => e);
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(TokenSourceError);
    expect(error).toMatchObject({ code, detail: { msalErrorCode: msalCode } });
    expect((error as Error).message).toMatch(words);
  });

  test('branches on errorCode, never on message text', async () => {
    const pca = fakePca({
      acquireTokenSilent: jest.fn(async () => {
        throw new FakeMsalError('server_error', 'interaction_required: AADSTS50076');
      }),
    });
    await expect(sourceWith(pca).source.getToken(SCOPES)).rejects.toMatchObject({ code: 'sign-in-failed' });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(needsInteraction(new Error('interaction_required'))).toBe(false);
    expect(needsInteraction({ errorCode: 'consent_required' })).toBe(true);
  });

  test.each([
    ['user_cancelled', 'sign-in-cancelled', /cancelled/],
    ['popup_window_error', 'popup-blocked', /Allow pop-ups/],
    ['interaction_in_progress', 'sign-in-busy', /already open/],
  ])('a popup failing with %s is said in words', async (msalCode, code, words) => {
    const pca = fakePca({
      acquireTokenSilent: jest.fn(async () => {
        throw new FakeMsalError('interaction_required');
      }),
      acquireTokenPopup: jest.fn(async () => {
        throw new FakeMsalError(msalCode);
      }),
    });
    const error = await sourceWith(pca)
      .source.getToken(SCOPES)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(words);
  });

  test('concurrent requests share one sign-in and popups never overlap', async () => {
    let open = 0;
    let most = 0;
    const pca = fakePca({
      acquireTokenSilent: jest.fn(async () => {
        throw new FakeMsalError('consent_required');
      }),
      acquireTokenPopup: jest.fn(async ({ scopes }: { scopes: string[] }) => {
        open += 1;
        most = Math.max(most, open);
        await new Promise((r) => setTimeout(r, 5));
        open -= 1;
        return result(`popup:${scopes.join(' ')}`);
      }),
    });
    const { source } = sourceWith(pca);
    const tokens = await Promise.all([
      source.getToken(['User.Read']),
      source.getToken(['User.Read']),
      source.getToken(['Mail.Send']),
    ]);
    expect(tokens).toEqual(['popup:User.Read', 'popup:User.Read', 'popup:Mail.Send']);
    expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  test('a PCA that cannot be created is reported, and the next call tries again', async () => {
    const pca = fakePca();
    let fail = true;
    const source = createMsalTokenSource({
      clientId: 'c',
      authority: 'https://login.microsoftonline.com/tid',
      redirectUri: 'https://localhost:3000/auth-bridge.html',
      createPca: async () => {
        if (fail) throw new FakeMsalError('endpoints_resolution_error');
        return pca as unknown as NestablePca;
      },
    });
    await expect(source.getToken(SCOPES)).rejects.toMatchObject({ code: 'network' });
    fail = false;
    await expect(source.getToken(SCOPES)).resolves.toBe('silent-token');
  });

  test('an empty access token is not handed on', async () => {
    const pca = fakePca({ acquireTokenSilent: jest.fn(async () => result('')) });
    await expect(sourceWith(pca).source.getToken(SCOPES)).rejects.toMatchObject({ code: 'sign-in-failed' });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });
});

describe('user()', () => {
  test('comes from the active account, else the first', async () => {
    const active = fakePca({ getActiveAccount: jest.fn(() => ACCOUNT) });
    await expect(sourceWith(active).source.user()).resolves.toEqual({
      name: 'Sam Worker',
      email: 'sam.worker@council.gov.uk',
    });
    const first = fakePca({ getAllAccounts: jest.fn(() => [{ ...ACCOUNT, name: undefined }]) });
    await expect(sourceWith(first).source.user()).resolves.toEqual({
      name: 'sam.worker@council.gov.uk',
      email: 'sam.worker@council.gov.uk',
    });
  });

  test('uses the host’s account hint (Teams context) to pick the account', async () => {
    const pca = fakePca({ getAccount: jest.fn(() => ACCOUNT) });
    await expect(
      sourceWith(pca, { accountHint: { loginHint: ACCOUNT.username } }).source.user(),
    ).resolves.toMatchObject({ email: ACCOUNT.username });
    expect(pca.getAccount).toHaveBeenCalledWith({ loginHint: ACCOUNT.username });
  });

  test('with no account yet, asks silently (nested app auth knows the user) and never pops up', async () => {
    const pca = fakePca();
    await expect(sourceWith(pca).source.user()).resolves.toEqual({ name: 'Sam Worker', email: ACCOUNT.username });
    const none = fakePca({
      acquireTokenSilent: jest.fn(async () => {
        throw new FakeMsalError('interaction_required');
      }),
    });
    await expect(sourceWith(none).source.user()).resolves.toBeUndefined();
    expect(none.acquireTokenPopup).not.toHaveBeenCalled();
  });

  test('after a token, the account it came with is the user', async () => {
    const pca = fakePca({
      acquireTokenSilent: jest.fn(async () => {
        throw new FakeMsalError('login_required');
      }),
    });
    const { source } = sourceWith(pca);
    await source.getToken(SCOPES);
    await expect(source.user()).resolves.toEqual({ name: 'Sam Worker', email: ACCOUNT.username });
  });
});

describe('with MSAL’s own error classes', () => {
  test('reads errorCode from InteractionRequiredAuthError and BrowserAuthError', async () => {
    const { InteractionRequiredAuthError, BrowserAuthError } = await import('@azure/msal-browser');
    expect(needsInteraction(new InteractionRequiredAuthError('consent_required', 'corr'))).toBe(true);
    expect(needsInteraction(new BrowserAuthError('popup_window_error', 'corr'))).toBe(false);
    const pca = fakePca({
      acquireTokenSilent: jest.fn(async () => {
        throw new InteractionRequiredAuthError('interaction_required', 'corr');
      }),
      acquireTokenPopup: jest.fn(async () => {
        throw new BrowserAuthError('user_cancelled', 'corr');
      }),
    });
    await expect(sourceWith(pca).source.getToken(SCOPES)).rejects.toMatchObject({ code: 'sign-in-cancelled' });
  });
});
