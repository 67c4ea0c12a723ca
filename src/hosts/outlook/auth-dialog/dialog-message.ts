// What the sign-in dialog (outlook-auth-dialog.html) tells the task pane through Office's messageParent: a token, or
// MSAL's errorCode. Parsed by hand, defensively: the pane trusts nothing it is handed, and zod would cost the pane's bundle.
import { isRecord } from '../../../domain/common/is-record';

export type DialogSignedIn = {
  readonly status: 'signed-in';
  readonly accessToken: string;
  /** Milliseconds since the epoch. */
  readonly expiresOn: number;
  readonly account?: { readonly name: string; readonly username: string };
};
export type DialogFailed = { readonly status: 'failed'; readonly errorCode: string };
export type DialogMessage = DialogSignedIn | DialogFailed;

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** The message, or undefined when it is not one of ours (or not JSON at all). */
export function parseDialogMessage(raw: string): DialogMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (value.status === 'failed')
    return text(value.errorCode, 200) ? { status: 'failed', errorCode: value.errorCode } : undefined;
  if (
    value.status !== 'signed-in' ||
    !text(value.accessToken, 20_000) ||
    typeof value.expiresOn !== 'number' ||
    !Number.isFinite(value.expiresOn)
  )
    return undefined;
  const account =
    isRecord(value.account) && text(value.account.username, 320)
      ? {
          name: text(value.account.name, 200) ? value.account.name : value.account.username,
          username: value.account.username,
        }
      : undefined;
  return {
    status: 'signed-in',
    accessToken: value.accessToken,
    expiresOn: value.expiresOn,
    ...(account ? { account } : {}),
  };
}
