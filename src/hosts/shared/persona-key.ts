/** Where the browser remembers the sandbox persona chosen last (localStorage). */
export const PERSONA_KEY = 'referral-card.sandbox-persona';
