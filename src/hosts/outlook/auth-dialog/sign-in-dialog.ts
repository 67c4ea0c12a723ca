// The sign-in dialog's one job: finish or start MSAL's redirect sign-in, then hand the outcome to the task pane.
// Redirects are fine here: an Office dialog is a top-level window, not the pane.
import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import type { DialogMessage } from './dialog-message';

export type SignInDialogDeps = {
  readonly pca: Pick<IPublicClientApplication, 'handleRedirectPromise' | 'acquireTokenRedirect'>;
  /** Office.context.ui.messageParent. */
  readonly post: (message: string) => void;
  /** The dialog's address: the pane passes the scopes and a login hint in its query. */
  readonly pageUrl: string;
  readonly now: () => number;
};

const errorCodeOf = (error: unknown): string => {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' && code !== '' ? code : 'dialog_sign_in_failed';
};

function signedIn(result: AuthenticationResult, now: number): DialogMessage {
  return {
    status: 'signed-in',
    accessToken: result.accessToken,
    // MSAL gives expiresOn as a Date (null when unknown): assume Entra's shortest lifetime, an hour.
    expiresOn: result.expiresOn?.getTime() ?? now + 60 * 60_000,
    ...(result.account
      ? { account: { name: result.account.name ?? result.account.username, username: result.account.username } }
      : {}),
  };
}

/** 'posted' once the pane has its answer; 'redirecting' while the browser goes to Entra ID. */
export async function runSignInDialog({
  pca,
  post,
  pageUrl,
  now,
}: SignInDialogDeps): Promise<'posted' | 'redirecting'> {
  const query = new URL(pageUrl).searchParams;
  try {
    const returned = await pca.handleRedirectPromise();
    if (returned?.accessToken) {
      post(JSON.stringify(signedIn(returned, now())));
      return 'posted';
    }
    const scopes = (query.get('scopes') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0) throw Object.assign(new Error('no scopes'), { errorCode: 'dialog_no_scopes' });
    const loginHint = query.get('loginHint');
    await pca.acquireTokenRedirect({ scopes, ...(loginHint ? { loginHint } : {}) });
    return 'redirecting';
  } catch (error) {
    post(JSON.stringify({ status: 'failed', errorCode: errorCodeOf(error) } satisfies DialogMessage));
    return 'posted';
  }
}
