import { GraphClientError } from '@microsoft/microsoft-graph-client';
import { RETRYABLE_KINDS, type GraphFailureDetail, type GraphFailureKind } from './failure-detail';

export { GRAPH_FAILURE_KINDS, type GraphFailureDetail, type GraphFailureKind } from './failure-detail';

/**
 * The one error the Graph layer throws: a typed kind for callers to branch on, its detail and the Graph request id.
 * Words for people come from the caller's table, never from here. It extends the SDK's client error so that, thrown inside the middleware chain, the client hands
 * it on unchanged instead of wrapping it.
 */
export class GraphFailure extends GraphClientError {
  override readonly name = 'GraphFailure';
  readonly kind: GraphFailureKind;
  readonly retryable: boolean;
  readonly detail: GraphFailureDetail;

  constructor(kind: GraphFailureKind, detail: GraphFailureDetail = {}) {
    super(`Microsoft Graph failure: ${kind}${detail.requestId ? ` (request id ${detail.requestId})` : ''}`);
    // GraphClientError is compiled to ES5 and resets the prototype to its own; restore ours.
    Object.setPrototypeOf(this, new.target.prototype);
    this.kind = kind;
    this.retryable = RETRYABLE_KINDS.has(kind);
    this.detail = detail;
  }

  get requestId(): string | undefined {
    return this.detail.requestId;
  }

  /** The same failure with more context (e.g. which mailbox), keeping kind and request id. */
  with(extra: GraphFailureDetail): GraphFailure {
    return new GraphFailure(this.kind, { ...this.detail, ...extra });
  }
}

export function isGraphFailure(error: unknown): error is GraphFailure {
  return error instanceof GraphFailure;
}
