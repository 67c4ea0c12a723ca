import { formatMegabytes } from '../../domain';
// One factory for every error the sandbox answers, in Graph's wire format, as Azurite has for Azure's.
// Handlers throw these; the pipeline's error exit turns them into the envelope. Messages never carry personal data.

/** An error the sandbox reports to the client, as data: HTTP status, Graph error code, message, extra headers. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

const retryAfter = (seconds: number) => ({ 'Retry-After': String(seconds) });

export const graphErrors = {
  /** 400: malformed query or request (Graph's generic code). */
  badRequest: (message: string) => new GraphError(400, 'BadRequest', message),
  /** 400: the body is not JSON. */
  invalidJson: () =>
    new GraphError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    ),
  /** 400: a property of the body has the wrong type or value. */
  requestBodyRead: (message: string) => new GraphError(400, 'RequestBodyRead', message),
  /** 400: an Exchange-side rule refused the operation. */
  invalidRequest: (message: string) => new GraphError(400, 'ErrorInvalidRequest', message),
  invalidRecipients: () => new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.'),
  /** 400: an OData query option the parser refused (its code, e.g. BadRequest). */
  invalidQuery: (code: string, message: string) => new GraphError(400, code, message),
  /** 400: only drafts can be sent or have their addressing changed. */
  notDraft: () =>
    new GraphError(400, 'ErrorInvalidOperation', 'This operation can be performed only on a draft message.'),
  // Graph: createUploadSession is for files of 3 MB and more; smaller ones are posted inline.
  attachmentTooSmallForSession: () =>
    new GraphError(
      400,
      'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize',
      'Attachment size must be greater than the minimum size.',
    ),
  attachmentTooLarge: (limitBytes: number) =>
    new GraphError(
      413,
      'ErrorAttachmentSizeLimitExceeded',
      `The attachment is larger than the ${limitBytes} bytes allowed.`,
    ),
  /** 403: the mailbox already has as many unfinished upload sessions (or bytes in them) as it may. */
  tooManyUploadSessions: (sessions: number, bytes: number) =>
    new GraphError(
      403,
      'ErrorQuotaExceeded',
      `This mailbox already has the most unfinished upload sessions it may have (${sessions}, ${formatMegabytes(bytes)} in all). Finish or cancel one, or wait for it to expire.`,
    ),
  /** 415: a JSON endpoint was sent a body of another type. */
  unsupportedMediaType: () =>
    new GraphError(415, 'UnsupportedMediaType', 'The request body must be sent with Content-Type: application/json.'),
  missingToken: () => new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  invalidToken: (reason: string) =>
    new GraphError(401, 'InvalidAuthenticationToken', `Access token validation failure: ${reason}.`),
  accessDenied: (message = 'Access is denied. Check credentials and try again.') =>
    new GraphError(403, 'ErrorAccessDenied', message),
  sendAsDenied: () =>
    new GraphError(
      403,
      'ErrorSendAsDenied',
      'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.',
    ),
  /** 403 for Teams resources of a team the caller is not a member of. */
  forbidden: (message: string) => new GraphError(403, 'Forbidden', message),
  /** 410: a delta link older than the sync state Exchange keeps; the client starts a new sync. */
  syncStateNotFound: () =>
    new GraphError(410, 'SyncStateNotFound', 'The sync state of this delta link has expired. Start a new sync.'),
  /** 404 for a mailbox the sandbox does not know (mail paths). */
  invalidUser: (user: string) => new GraphError(404, 'ErrorInvalidUser', `The requested user '${user}' is invalid.`),
  /** 404 for a message, attachment, folder or session that does not exist in the mailbox. */
  itemNotFound: () => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  /** 404 for directory objects (users, groups). */
  resourceNotFound: (id: string) =>
    new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  /** 404 for teams, channels and their messages, and for web view pages. */
  notFound: (message = 'The requested resource does not exist.') => new GraphError(404, 'NotFound', message),
  /** Bot Connector 404s (its own codes). */
  conversationNotFound: () => new GraphError(404, 'ConversationNotFound', 'Conversation not found.'),
  activityNotFound: () => new GraphError(404, 'ActivityNotFound', 'Activity not found in this conversation.'),
  /** 413: a body over the sandbox's limits (4 MiB JSON, 4 MiB upload range). */
  payloadTooLarge: (limitBytes: number) =>
    new GraphError(413, 'RequestEntityTooLarge', `The request body is larger than the ${limitBytes} bytes allowed.`),
  /** 416: an upload range that is out of order, overlapping or inconsistent with the session. */
  invalidRange: (message: string) => new GraphError(416, 'InvalidRange', message),
  tooManyRequests: (retryAfterSeconds: number) =>
    new GraphError(
      429,
      'TooManyRequests',
      'Too many requests. Retry after the number of seconds in the Retry-After header.',
      retryAfter(retryAfterSeconds),
    ),
  serviceUnavailable: (retryAfterSeconds: number) =>
    new GraphError(
      503,
      'ServiceUnavailable',
      'The service is temporarily unavailable. Retry after the number of seconds in the Retry-After header.',
      retryAfter(retryAfterSeconds),
    ),
  /** 501: anything the sandbox does not emulate answers this instead of pretending. */
  notImplemented: (method: string, path: string) =>
    new GraphError(501, 'NotImplemented', `The local sandbox does not emulate ${method} ${path}.`),
  internal: () =>
    new GraphError(
      500,
      'InternalServerError',
      'The local sandbox hit an internal error; see its console for the request id.',
    ),
} as const;

export type GraphErrorEnvelope = {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id'?: string };
  };
};

/** Graph's envelope: `{ error: { code, message, innerError: { date, "request-id", "client-request-id"? } } }`. */
export function errorEnvelope(
  err: GraphError,
  requestId: string,
  clientRequestId: string | undefined,
  date: Date,
): GraphErrorEnvelope {
  const innerError: GraphErrorEnvelope['error']['innerError'] = {
    // Graph writes the date without fractional seconds.
    date: date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'request-id': requestId,
  };
  if (clientRequestId !== undefined) innerError['client-request-id'] = clientRequestId;
  return { error: { code: err.code, message: err.message, innerError } };
}
