// The board's failures in words for the people who screen referrals: what happened, what to do, and the request id.
export type BoardProblem = { readonly what: string; readonly todo: string; readonly requestId?: string };

type Words = Omit<BoardProblem, 'requestId'>;

const WORDS: Readonly<Record<string, Words>> = {
  offline: {
    what: 'You are offline, so the referrals could not be brought up to date.',
    todo: 'Refresh when you are back online.',
  },
  'signed-out': { what: 'You are signed out, or your sign-in has expired.', todo: 'Sign in again, then refresh.' },
  'no-permission': {
    what: 'Your account does not have full access to this referral mailbox.',
    todo: 'Only the team managers (or parenting coordinators) of the service can screen here. Ask your IT service desk if you should be one.',
  },
  'mailbox-not-found': {
    what: 'This referral mailbox was not found.',
    todo: 'Ask whoever set up the board to check the mailbox address.',
  },
  throttled: { what: 'Microsoft 365 is busy just now.', todo: 'Refresh in a minute.' },
};

const DEFAULT: Words = {
  what: 'The referrals could not be read just now.',
  todo: 'Refresh to try again. If it keeps failing, contact your IT service desk with the request id.',
};

/** Reads a Graph failure by its shape (a `kind` and a request id); anything else gets the general words. */
export function boardProblemOf(error: unknown): BoardProblem {
  const e = (error ?? {}) as { kind?: unknown; detail?: { requestId?: unknown } };
  const words = (typeof e.kind === 'string' && WORDS[e.kind]) || DEFAULT;
  const requestId = typeof e.detail?.requestId === 'string' ? e.detail.requestId : undefined;
  return { ...words, ...(requestId ? { requestId } : {}) };
}
