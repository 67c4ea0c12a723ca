import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainLink } from './chain-link';
import { envelopeOf, failureFromAnswer } from '../errors/to-graph-failure';

/**
 * Upload chain only: an error answer becomes a GraphFailure here. LargeFileUploadTask.upload() reads raw answers and
 * otherwise rethrows the bare JSON body, losing the status and Retry-After.
 */
export class AnswerErrorHandler extends ChainLink {
  async execute(context: Context): Promise<void> {
    const next = this.next;
    await next.execute(context);
    const response = context.response;
    if (!response || response.ok) return;
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const envelope = envelopeOf(body);
    throw failureFromAnswer({
      status: response.status,
      code: envelope.code,
      requestId: envelope.requestId ?? response.headers.get('request-id'),
      retryAfter: response.headers.get('retry-after'),
    });
  }
}
