import { GraphError } from '@microsoft/microsoft-graph-client';
import { GraphFailure, type GraphFailureDetail } from './graph-failure';
import { retryAfterSeconds } from './retry-after';

/** What Microsoft 365 answered, in the parts the mapping needs. */
export type GraphAnswer = {
  readonly status: number;
  readonly code?: string | null | undefined;
  readonly requestId?: string | null | undefined;
  readonly retryAfter?: string | null | undefined;
};

// Graph's codes for "that mailbox does not exist"; the sandbox answers with the same codes.
const NO_SUCH_MAILBOX = new Set([
  'ErrorInvalidUser',
  'ErrorInvalidRecipients',
  'MailboxNotEnabledForRESTAPI',
  'ErrorNonExistentMailbox',
]);
const TOO_LARGE = new Set(['ErrorAttachmentSizeLimitExceeded', 'ErrorMessageSizeExceeded', 'RequestEntityTooLarge']);

/** An answer from Microsoft 365 as a GraphFailure: the status and code decide the kind. */
export function failureFromAnswer(
  answer: GraphAnswer,
  extra: GraphFailureDetail = {},
  nowMs = Date.now(),
): GraphFailure {
  const { status } = answer;
  const code = answer.code ?? undefined;
  const waitSeconds = retryAfterSeconds(answer.retryAfter, nowMs);
  const detail: GraphFailureDetail = {
    status,
    ...(code ? { code } : {}),
    ...(answer.requestId ? { requestId: answer.requestId } : {}),
    ...(waitSeconds !== undefined ? { waitSeconds } : {}),
    ...extra,
  };
  if (code && NO_SUCH_MAILBOX.has(code)) return new GraphFailure('mailbox-not-found', detail);
  if (status === 413 || (code && TOO_LARGE.has(code))) return new GraphFailure('too-large', detail);
  if (status === 401) return new GraphFailure('signed-out', detail);
  if (status === 403) return new GraphFailure('no-permission', detail);
  if (status === 429) return new GraphFailure('throttled', detail);
  if (status >= 500) return new GraphFailure('server', detail);
  return new GraphFailure('rejected', detail);
}

/** Reads Graph's error envelope `{ error: { code, innerError: { "request-id" } } }` from a parsed body. */
export function envelopeOf(body: unknown): { code?: string; requestId?: string } {
  const error = (body as { error?: { code?: unknown; innerError?: { 'request-id'?: unknown } } } | null)?.error;
  if (!error || typeof error !== 'object') return {};
  const code = typeof error.code === 'string' ? error.code : undefined;
  const requestId = typeof error.innerError?.['request-id'] === 'string' ? error.innerError['request-id'] : undefined;
  return { ...(code ? { code } : {}), ...(requestId ? { requestId } : {}) };
}

/**
 * Anything thrown while talking to Graph, as a GraphFailure. A GraphFailure keeps its kind (with `extra` added);
 * the SDK's GraphError maps by status and code; a status of -1 means no answer came (the transport failed).
 */
export function toGraphFailure(error: unknown, extra: GraphFailureDetail = {}): GraphFailure {
  if (error instanceof GraphFailure)
    return Object.keys(extra).length > 0 ? error.with({ ...extra, ...error.detail }) : error;
  if (error instanceof GraphError) {
    if (error.statusCode === -1) return new GraphFailure(error.code === 'AbortError' ? 'cancelled' : 'offline', extra);
    return failureFromAnswer(
      {
        status: error.statusCode,
        code: error.code,
        requestId: error.requestId ?? error.headers?.get('request-id'),
        retryAfter: error.headers?.get('retry-after'),
      },
      extra,
    );
  }
  if ((error as { name?: unknown } | null)?.name === 'AbortError') return new GraphFailure('cancelled', extra);
  return new GraphFailure('unexpected', extra);
}
