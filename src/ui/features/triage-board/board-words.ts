// The board's failures in words for the people who screen referrals: the triage table's words, and the request id.
import { triageFailureWords, type FailureWords } from '../../../filing/failure-words';

export type BoardProblem = FailureWords & { readonly requestId?: string };

/** Reads a Graph failure by its shape (a `kind` and a request id); anything else gets the general words. */
export function boardProblemOf(error: unknown): BoardProblem {
  const e = (error ?? {}) as { kind?: unknown; detail?: { requestId?: unknown } };
  const requestId = typeof e.detail?.requestId === 'string' ? e.detail.requestId : undefined;
  return { ...triageFailureWords(e.kind), ...(requestId ? { requestId } : {}) };
}
