/** Where the browser remembers the sandbox persona chosen last (localStorage), until "Sign out" forgets it. */
export const PERSONA_KEY = 'referral-card.sandbox-persona';

/** Set by "Sign out": the next start says the card was signed out and waits to be asked to sign in again. */
export const SIGNED_OUT_KEY = 'referral-card.signed-out';
