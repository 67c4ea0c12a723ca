/** Why a token could not be had. Callers branch on `code`; `message` is for people, in words. */
export type TokenErrorCode =
  | 'config-unreachable'
  | 'config-invalid'
  | 'sandbox-unreachable'
  | 'sandbox-refused'
  | 'sandbox-failed'
  | 'sandbox-bad-response'
  | 'sign-in-cancelled'
  | 'popup-blocked'
  | 'sign-in-busy'
  | 'sign-in-timeout'
  | 'network'
  | 'sign-in-failed';

export type TokenErrorDetail = {
  /** HTTP status, when a server answered. */
  readonly status?: number;
  /** The server's request id, to quote to support. */
  readonly requestId?: string;
  /** MSAL's errorCode, kept as data (its message text is only a docs link in v5). */
  readonly msalErrorCode?: string;
};

/** A sign-in or token failure, in words, with a code to branch on. Never carries a token or personal data. */
export class TokenSourceError extends Error {
  override readonly name = 'TokenSourceError';

  constructor(
    readonly code: TokenErrorCode,
    message: string,
    readonly detail: TokenErrorDetail = {},
  ) {
    super(message);
  }
}
