import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainLink } from './chain-link';
import { retryAfterSeconds } from '../errors/retry-after';
import { methodOf, setHeader } from './request-headers';
import { backoffSeconds, type RetryPolicy } from './retry-policy';

// 504 may arrive after the work was done: only requests that are safe to repeat are retried on it. A POST such as
// /send is not: its outcome is uncertain, and the filing protocol checks Sent Items instead.
const ALWAYS = new Set([429, 503]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);

function shouldRetry(status: number, method: string): boolean {
  return ALWAYS.has(status) || (status === 504 && IDEMPOTENT.has(method));
}

/**
 * The retry link: honours Retry-After (seconds or a date) on 429/503/504, else backs off with jitter; at most
 * `maxRetries` times and never a single wait above `maxWaitSeconds`. The last answer goes up the chain unchanged,
 * where it becomes a `throttled` or `server` failure carrying the wait. Bodies are strings, Blobs or bytes, so a
 * request can be sent again as it was (unlike the SDK's RetryHandler, upload ranges are retried too).
 */
export class ThrottleRetryHandler extends ChainLink {
  constructor(private readonly policy: RetryPolicy) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    const method = methodOf(context);
    for (let attempt = 1; ; attempt += 1) {
      await next.execute(context);
      const response = context.response;
      if (!response || !shouldRetry(response.status, method) || attempt > this.policy.maxRetries) return;
      const asked = retryAfterSeconds(response.headers.get('retry-after'), this.policy.now());
      const seconds = asked ?? backoffSeconds(this.policy, attempt);
      if (seconds > this.policy.maxWaitSeconds) return;
      const requestId = response.headers.get('request-id') ?? undefined;
      this.policy.onWait?.({ seconds, status: response.status, attempt, ...(requestId ? { requestId } : {}) });
      // Free the connection of the answer we are discarding (not awaited: a tee'd body settles only with its twin).
      void response.body?.cancel().catch(() => undefined);
      await this.policy.sleep(seconds);
      setHeader(context, 'Retry-Attempt', String(attempt));
    }
  }
}
