// Outlook clients without nested app auth (NestedAppAuth 1.1 unsupported: older builds) cannot broker tokens for the
// pane, and a popup from the pane may open outside Office with no way back. The documented fallback is MSAL in an
// Office dialog: the dialog signs in by redirect (it is a top-level window) and hands the token
// back with messageParent.
import type { SignedInUser, TokenRequestOptions, TokenSource } from '../../auth/token-source';
import { TokenSourceError } from '../../auth/token-source-error';
import { msalErrorToTokenError } from '../../auth/msal-token-source';
import { parseDialogMessage } from './auth-dialog/dialog-message';
import type { OfficeDialogLike, OfficeLike } from './office-like';

export type OfficeDialogTokenSourceOptions = {
  readonly office: OfficeLike;
  /** outlook-auth-dialog.html on the pane's own origin (Office opens only same-domain dialog pages). */
  readonly dialogUrl: string;
  readonly loginHint?: string;
  readonly now?: () => number;
  /** Renew this long before the token expires. */
  readonly renewBeforeMs?: number;
};

/** Office's dialog error codes (displayDialogAsync and DialogEventReceived), in words. */
const DIALOG_ERRORS: Readonly<Record<number, TokenSourceError>> = {
  12006: new TokenSourceError(
    'sign-in-cancelled',
    'The sign-in window was closed before signing in finished. Sign in again to continue.',
  ),
  12007: new TokenSourceError(
    'sign-in-busy',
    'A sign-in window is already open. Finish signing in there, then try again.',
  ),
  12009: new TokenSourceError(
    'sign-in-cancelled',
    'The sign-in window was not allowed to open. Sign in again, and allow it when Outlook asks.',
  ),
  12011: new TokenSourceError(
    'popup-blocked',
    'The browser blocked the sign-in window. Allow pop-ups for Outlook and try again.',
  ),
};

function dialogError(code: unknown): TokenSourceError {
  return (
    (typeof code === 'number' && DIALOG_ERRORS[code]) ||
    new TokenSourceError(
      'sign-in-failed',
      `The sign-in window failed (Office code ${String(code)}). Try again; if it keeps failing, tell your IT team the code.`,
    )
  );
}

type Held = { readonly token: string; readonly expiresOn: number; readonly scopes: string };

export function createOfficeDialogTokenSource(options: OfficeDialogTokenSourceOptions): TokenSource {
  const now = options.now ?? Date.now;
  const renewBefore = options.renewBeforeMs ?? 5 * 60_000;
  let held: Held | undefined;
  let user: SignedInUser | undefined;
  let open: Promise<string> | undefined;

  const signIn = (scopes: readonly string[]): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const ui = options.office.context?.ui;
      const events = options.office.EventType;
      if (!ui || !events?.DialogMessageReceived || !events.DialogEventReceived) {
        reject(
          new TokenSourceError(
            'sign-in-failed',
            'This version of Outlook cannot open the sign-in window. Use the browser version of Referral Card.',
          ),
        );
        return;
      }
      const url = new URL(options.dialogUrl);
      url.searchParams.set('scopes', scopes.join(' '));
      if (options.loginHint) url.searchParams.set('loginHint', options.loginHint);
      ui.displayDialogAsync(url.href, { height: 60, width: 30 }, (result) => {
        if (result.status !== options.office.AsyncResultStatus.Succeeded)
          return reject(dialogError(result.error?.code));
        const dialog: OfficeDialogLike = result.value;
        dialog.addEventHandler(events.DialogMessageReceived, (arg) => {
          const message = 'message' in arg ? parseDialogMessage(arg.message) : undefined;
          if (!message) return; // not ours: keep waiting
          dialog.close();
          if (message.status === 'failed') return reject(msalErrorToTokenError({ errorCode: message.errorCode }));
          held = { token: message.accessToken, expiresOn: message.expiresOn, scopes: scopes.join(' ') };
          if (message.account) user = { name: message.account.name, email: message.account.username };
          resolve(message.accessToken);
        });
        dialog.addEventHandler(events.DialogEventReceived, (arg) =>
          reject(dialogError('error' in arg ? arg.error : undefined)),
        );
      });
    });

  return {
    user: async () => user,
    getToken(scopes, requestOptions: TokenRequestOptions = {}) {
      const wanted = [...new Set(scopes)].sort().join(' ');
      const fresh = held && held.scopes === wanted && held.expiresOn - renewBefore > now();
      if (fresh && !requestOptions.forceRefresh) return Promise.resolve(held!.token);
      // One dialog at a time: Office refuses a second (12007).
      open ??= signIn(wanted.split(' ')).finally(() => (open = undefined));
      return open;
    },
  };
}
