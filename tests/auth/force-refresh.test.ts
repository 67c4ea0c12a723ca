// getToken(scopes, { forceRefresh: true }): the Graph gateway asks for it after a 401 InvalidAuthenticationToken.
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { createMsalTokenSource, type NestablePca } from '../../src/auth/msal-token-source';
import { createSandboxTokenSource } from '../../src/auth/sandbox-token-source';

const PERSONA = { upn: 'riley.referrer@sandbox.test', displayName: 'Riley Referrer' };
const ACCOUNT = {
  homeAccountId: 'oid.tid',
  environment: 'login',
  tenantId: 'tid',
  username: 'sam@council.gov.uk',
  localAccountId: 'oid',
} as AccountInfo;

function tokenFetch() {
  let n = 0;
  const fn = jest.fn(async () => {
    n += 1;
    return new Response(JSON.stringify({ access_token: `t${n}`, token_type: 'Bearer', expires_in: 3600 }), {
      status: 200,
    });
  });
  return fn;
}

describe('forced renewal', () => {
  test('the sandbox source skips its cache when forced, then serves the new token from the cache', async () => {
    const fetch = tokenFetch();
    const source = createSandboxTokenSource({ persona: PERSONA, fetch: fetch as unknown as typeof globalThis.fetch });
    await expect(source.getToken(['Mail.Send'])).resolves.toBe('t1');
    await expect(source.getToken(['Mail.Send'])).resolves.toBe('t1');
    await expect(source.getToken(['Mail.Send'], { forceRefresh: true })).resolves.toBe('t2');
    await expect(source.getToken(['Mail.Send'])).resolves.toBe('t2');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('the sandbox source shares one renewal between callers forcing at the same time', async () => {
    const fetch = tokenFetch();
    const source = createSandboxTokenSource({ persona: PERSONA, fetch: fetch as unknown as typeof globalThis.fetch });
    await source.getToken([]);
    const both = await Promise.all([
      source.getToken([], { forceRefresh: true }),
      source.getToken([], { forceRefresh: true }),
    ]);
    expect(both).toEqual(['t2', 't2']);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('the MSAL source passes forceRefresh to acquireTokenSilent and keeps it apart from a plain request', async () => {
    let n = 0;
    const acquireTokenSilent = jest.fn(
      async () => ({ accessToken: `silent-${++n}`, account: ACCOUNT }) as AuthenticationResult,
    );
    const pca = {
      acquireTokenSilent,
      acquireTokenPopup: jest.fn(),
      getActiveAccount: jest.fn(() => ACCOUNT),
      getAllAccounts: jest.fn(() => [ACCOUNT]),
      getAccount: jest.fn(() => null),
    } as unknown as NestablePca;
    const source = createMsalTokenSource({
      clientId: 'c',
      authority: 'https://login.microsoftonline.com/tid',
      redirectUri: 'https://x/b',
      createPca: async () => pca,
    });
    const [plain, forced] = await Promise.all([
      source.getToken(['Mail.Send']),
      source.getToken(['Mail.Send'], { forceRefresh: true }),
    ]);
    expect([plain, forced].sort()).toEqual(['silent-1', 'silent-2']);
    expect(acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Mail.Send'], account: ACCOUNT });
    expect(acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Mail.Send'], account: ACCOUNT, forceRefresh: true });
  });
});
