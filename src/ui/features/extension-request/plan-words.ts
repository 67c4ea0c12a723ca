import { planSendFailureWords } from '../../../filing/failure-words';

/** Why a plan message was not sent, read from the failure's shape (a `kind` and a request id), in one sentence. */
export function planFailureText(error: unknown): string {
  const e = (error ?? {}) as { kind?: unknown; detail?: { requestId?: unknown } };
  const words = planSendFailureWords(e.kind);
  const requestId = typeof e.detail?.requestId === 'string' ? ` Request id: ${e.detail.requestId}.` : '';
  return `${words.what} ${words.todo}${requestId}`;
}
