import type { AccountInfo, AuthenticationResult, Configuration, IPublicClientApplication } from '@azure/msal-browser';
import type { SignedInUser, TokenSource } from './token-source';
import { TokenSourceError, type TokenErrorCode } from './token-source-error';

/** The part of MSAL's PublicClientApplication we use: silent and popup only, never redirect (a pane or tab cannot be navigated away). */
export type NestablePca = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'acquireTokenPopup' | 'getActiveAccount' | 'getAllAccounts' | 'getAccount'
>;

export type AccountHint = Parameters<IPublicClientApplication['getAccount']>[0];

export type MsalTokenSourceOptions = {
  readonly clientId: string;
  readonly authority: string;
  /** The same-origin v5 redirect-bridge page (auth-bridge.html); under NAA the host brokers instead. */
  readonly redirectUri: string;
  /** From the host (Teams app.getContext(): userObjectId, tenantId, loginHint) to pick the right account. */
  readonly accountHint?: AccountHint;
  /** Tests pass a fake; by default MSAL is loaded on first use, so it never delays the first screen. */
  readonly createPca?: (configuration: Configuration) => Promise<NestablePca>;
};

// Server codes that say "the user must act" plus MSAL's own "nobody is signed in here yet" codes (the standard
// fallback outside a hub has no account until a popup). Anything else is an error to report, not a reason to pop up.
const INTERACTION_CODES: ReadonlySet<string> = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'no_account_error',
]);

const WORDS: Readonly<Record<string, readonly [TokenErrorCode, string]>> = {
  user_cancelled: ['sign-in-cancelled', 'Sign-in was cancelled. Sign in again to continue.'],
  user_canceled: ['sign-in-cancelled', 'Sign-in was cancelled. Sign in again to continue.'],
  popup_window_error: [
    'popup-blocked',
    'The Microsoft sign-in window could not open. Allow pop-ups for this page and try again.',
  ],
  empty_window_error: [
    'popup-blocked',
    'The Microsoft sign-in window could not open. Allow pop-ups for this page and try again.',
  ],
  block_nested_popups: [
    'popup-blocked',
    'The Microsoft sign-in window could not open from here. Open the card in its own window and try again.',
  ],
  interaction_in_progress: [
    'sign-in-busy',
    'A Microsoft sign-in window is already open. Finish signing in there, then try again.',
  ],
  timed_out: ['sign-in-timeout', 'Microsoft sign-in took too long to answer. Try again.'],
  no_network_connectivity: ['network', 'Microsoft sign-in could not be reached. Check your connection and try again.'],
  network_error: ['network', 'Microsoft sign-in could not be reached. Check your connection and try again.'],
  post_request_failed: ['network', 'Microsoft sign-in could not be reached. Check your connection and try again.'],
  get_request_failed: ['network', 'Microsoft sign-in could not be reached. Check your connection and try again.'],
  endpoints_resolution_error: [
    'network',
    'Microsoft sign-in could not be reached. Check your connection and try again.',
  ],
};

function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** True when MSAL says a person must sign in or consent; decided on errorCode only (v5 messages are docs links). */
export function needsInteraction(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code !== undefined && INTERACTION_CODES.has(code);
}

/** MSAL's error as our own, in words; the errorCode is kept as data for support. */
export function msalErrorToTokenError(error: unknown): TokenSourceError {
  if (error instanceof TokenSourceError) return error;
  const msalErrorCode = errorCodeOf(error);
  const known = msalErrorCode === undefined ? undefined : WORDS[msalErrorCode];
  if (known) return new TokenSourceError(known[0], known[1], { msalErrorCode });
  const quoted = msalErrorCode ? ` (code ${msalErrorCode})` : '';
  return new TokenSourceError(
    'sign-in-failed',
    `Microsoft sign-in failed${quoted}. Try again; if it keeps failing, tell your IT team the code.`,
    msalErrorCode ? { msalErrorCode } : {},
  );
}

function toUser(account: AccountInfo): SignedInUser {
  return { name: account.name?.trim() || account.username, email: account.username };
}

const loadNestablePca = async (configuration: Configuration): Promise<NestablePca> => {
  // A dynamic import: webpack puts MSAL in its own chunk, fetched only when config says msal (off the first screen).
  const msal = await import('@azure/msal-browser');
  return msal.createNestablePublicClientApplication(configuration);
};

type MsalSession = {
  readonly pca: () => Promise<NestablePca>;
  readonly knownAccount: (client: NestablePca) => AccountInfo | undefined;
  readonly noteAccount: (account: AccountInfo | null | undefined) => void;
  readonly acquire: (scopes: string[], forceRefresh: boolean) => Promise<string>;
};

/** The MSAL client, made on first use, with the account signed in last; silent first, then one popup at a time. */
function msalSession(options: MsalTokenSourceOptions): MsalSession {
  const create = options.createPca ?? loadNestablePca;
  const configuration: Configuration = {
    auth: { clientId: options.clientId, authority: options.authority, redirectUri: options.redirectUri },
  };
  let pcaPromise: Promise<NestablePca> | undefined;
  let lastAccount: AccountInfo | undefined;
  // One popup at a time: a second would fail with interaction_in_progress.
  let popupQueue: Promise<unknown> = Promise.resolve();

  const pca = (): Promise<NestablePca> => {
    pcaPromise ??= create(configuration).catch((error: unknown) => {
      pcaPromise = undefined; // let the next call try again
      throw msalErrorToTokenError(error);
    });
    return pcaPromise;
  };

  const knownAccount = (client: NestablePca): AccountInfo | undefined =>
    client.getActiveAccount() ??
    (options.accountHint ? client.getAccount(options.accountHint) : null) ??
    client.getAllAccounts()[0] ??
    lastAccount;

  const noteAccount = (account: AccountInfo | null | undefined): void => {
    if (account) lastAccount = account;
  };

  const remember = (result: AuthenticationResult): string => {
    noteAccount(result.account);
    if (!result.accessToken)
      throw new TokenSourceError('sign-in-failed', 'Microsoft sign-in returned no access token. Try again.');
    return result.accessToken;
  };

  const popup = (
    client: NestablePca,
    scopes: string[],
    account: AccountInfo | undefined,
  ): Promise<AuthenticationResult> => {
    const loginHint = account?.username ?? options.accountHint?.loginHint;
    const run = popupQueue.then(() => client.acquireTokenPopup(loginHint ? { scopes, loginHint } : { scopes }));
    popupQueue = run.catch(() => undefined);
    return run;
  };

  const acquire = async (scopes: string[], forceRefresh: boolean): Promise<string> => {
    const client = await pca();
    const account = knownAccount(client);
    // forceRefresh: Graph refused the cached token (401), so MSAL must fetch a new one rather than serve it again.
    const silent = { scopes, ...(account ? { account } : {}), ...(forceRefresh ? { forceRefresh } : {}) };
    try {
      return remember(await client.acquireTokenSilent(silent));
    } catch (error) {
      if (error instanceof TokenSourceError || !needsInteraction(error)) throw msalErrorToTokenError(error);
    }
    try {
      return remember(await popup(client, scopes, account));
    } catch (error) {
      throw msalErrorToTokenError(error);
    }
  };

  return { pca, knownAccount, noteAccount, acquire };
}

/**
 * MSAL v5 nested app auth (createNestablePublicClientApplication; a standard PCA when no NAA bridge). Silent first;
 * a popup only when the errorCode says interaction is needed; never redirect flows in a pane or tab.
 */
export function createMsalTokenSource(options: MsalTokenSourceOptions): TokenSource {
  const session = msalSession(options);
  const inflight = new Map<string, Promise<string>>();
  return {
    getToken(scopes, options = {}) {
      const list = [...new Set(scopes)].sort();
      const forceRefresh = options.forceRefresh === true;
      const key = `${forceRefresh ? 'refresh:' : ''}${list.join(' ')}`;
      const existing = inflight.get(key);
      if (existing) return existing;
      const request = session.acquire(list, forceRefresh).finally(() => inflight.delete(key));
      inflight.set(key, request);
      return request;
    },

    // Prefill only: never opens a popup and never rejects (a failure shows up when a token is needed).
    async user() {
      try {
        const client = await session.pca();
        const account = session.knownAccount(client);
        if (account) return toUser(account);
        const result = await client.acquireTokenSilent({ scopes: ['User.Read'] });
        session.noteAccount(result.account);
        return result.account ? toUser(result.account) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
