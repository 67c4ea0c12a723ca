/** @jest-environment jsdom */
import { act } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import '../../auth/jsdom-support';
import { chooseTokenSource } from '../../../src/hosts/shared/sign-in';
import { hostEnv } from './host-env';

jest.mock('../../../src/auth/msal-token-source', () => ({
  ...jest.requireActual('../../../src/auth/msal-token-source'),
  createMsalTokenSource: jest.fn(() => ({ user: async () => undefined, getToken: async () => 'msal-token' })),
}));
const { createMsalTokenSource } = jest.requireMock('../../../src/auth/msal-token-source') as {
  createMsalTokenSource: jest.Mock;
};

const MSAL = {
  auth: {
    mode: 'msal' as const,
    clientId: '6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b',
    authority: 'https://login.microsoftonline.com/tid',
  },
  graph: { baseUrl: 'https://graph.microsoft.com/v1.0' },
};

describe('chooseTokenSource', () => {
  test('msal: no picker and no network; the redirect is the bridge page next to this page', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const { env, requests } = hostEnv('https://cards.council.gov.uk/app/outlook.html');
    const source = await chooseTokenSource({
      root,
      config: MSAL,
      env,
      theme: 'light',
      accountHint: { loginHint: 'sam@council.gov.uk' },
    });
    await expect(source.getToken(['User.Read'])).resolves.toBe('msal-token');
    expect(createMsalTokenSource).toHaveBeenCalledWith({
      clientId: MSAL.auth.clientId,
      authority: MSAL.auth.authority,
      redirectUri: 'https://cards.council.gov.uk/app/auth-bridge.html',
      accountHint: { loginHint: 'sam@council.gov.uk' },
    });
    expect(requests).toEqual([]);
    expect(container.textContent).toBe('');
    act(() => root.unmount());
    container.remove();
  });

  test('msal: a configured redirect URI wins', async () => {
    const root = createRoot(document.createElement('div'));
    const config = { ...MSAL, auth: { ...MSAL.auth, redirectUri: 'https://cards.council.gov.uk/auth-bridge.html' } };
    await chooseTokenSource({
      root,
      config,
      env: hostEnv('https://cards.council.gov.uk/x/teams.html').env,
      theme: 'dark',
    });
    expect(createMsalTokenSource).toHaveBeenLastCalledWith(
      expect.objectContaining({ redirectUri: 'https://cards.council.gov.uk/auth-bridge.html' }),
    );
  });
});
