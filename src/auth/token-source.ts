// The token-source contract lives in the auth layer so auth never imports ui (ui sits above auth);
// src/ui/host-context.ts re-exports it.

/** Someone signed in: prefills the referrer. */
export type SignedInUser = { readonly name: string; readonly email: string };

export type TokenRequestOptions = {
  /** Skip any cached token: Graph said the last one was no longer valid (401 InvalidAuthenticationToken). */
  readonly forceRefresh?: boolean;
};

/** Where tokens come from: MSAL nested app auth in Office and Teams, or the sandbox's dev sign-in. */
export interface TokenSource {
  /** The signed-in user, or undefined before sign-in. */
  user(): Promise<SignedInUser | undefined>;
  /** An access token for the scopes; interactive sign-in (popup) only when silent fails. */
  getToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
}
