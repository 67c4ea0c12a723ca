import type { Contact } from '../../domain';

/** What went wrong, for callers to branch on (never on the message text). */
export const GRAPH_FAILURE_KINDS = [
  'mailbox-not-found',
  'no-permission',
  'too-large',
  'throttled',
  'offline',
  'signed-out',
  'no-mailbox',
  'server',
  'cancelled',
  'invalid-request',
  'rejected',
  'unexpected',
  // A send that may have gone was not seen in Sent Items within the wait: never sent again by itself.
  'send-unconfirmed',
] as const;
export type GraphFailureKind = (typeof GRAPH_FAILURE_KINDS)[number];

// The same filing may succeed later, unchanged: the UI queues it rather than asking the referrer to change it.
export const RETRYABLE_KINDS: ReadonlySet<GraphFailureKind> = new Set([
  'throttled',
  'offline',
  'signed-out',
  'server',
  'cancelled',
]);

export type GraphFailureDetail = {
  /** HTTP status, when Microsoft 365 answered. */
  readonly status?: number;
  /** Graph's error code, e.g. ErrorInvalidRecipients. */
  readonly code?: string;
  /** Graph's request id, to quote to support. */
  readonly requestId?: string;
  /** How long Microsoft 365 asked us to wait (Retry-After), in seconds. */
  readonly waitSeconds?: number;
  /** The service mailbox the filing was for. */
  readonly mailbox?: string;
  readonly serviceIds?: readonly string[];
  /** no-mailbox: whom to contact instead, as the catalogue lists them. */
  readonly serviceName?: string;
  readonly contacts?: readonly Contact[];
  /** too-large: the file (by id, never by name: names can be personal data) and the limit broken. */
  readonly fileId?: string;
  readonly sizeBytes?: number;
  readonly limitBytes?: number;
  /** invalid-request: what was wrong with the request, as field paths and reasons. */
  readonly problems?: readonly string[];
  /** The request may have taken effect although no answer came (e.g. /send); resume checks before repeating it. */
  readonly uncertain?: boolean;
};
