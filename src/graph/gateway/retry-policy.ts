/** A wait Microsoft 365 asked for, reported before we wait, so the UI can say "asked us to wait 30 s". */
export type ThrottleWait = {
  readonly seconds: number;
  readonly status: number;
  /** 1 for the first retry of this request. */
  readonly attempt: number;
  readonly requestId?: string;
};

export type RetryPolicy = {
  /** Retries per request after a 429/503/504 (the SDK's RetryHandler default is 3). */
  readonly maxRetries: number;
  /** The longest single wait we sit through; a longer Retry-After ends the retries and reports `throttled`. */
  readonly maxWaitSeconds: number;
  /** Backoff base when there is no Retry-After (the SDK's default delay is 3 s). */
  readonly baseDelaySeconds: number;
  /** Injectable for tests and benches; defaults to a timer. */
  readonly sleep: (seconds: number) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
  readonly onWait?: (wait: ThrottleWait) => void;
};

export const defaultSleep = (seconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, seconds * 1000));

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  maxWaitSeconds: 120,
  baseDelaySeconds: 3,
  sleep: defaultSleep,
  now: () => Date.now(),
  random: Math.random,
};

/** Exponential backoff with jitter, as the SDK's RetryHandler: delay + ½(2ⁿ − 1) s + up to 1 s. */
export function backoffSeconds(policy: RetryPolicy, attempt: number): number {
  const exponential = attempt >= 2 ? Math.round(0.5 * (2 ** attempt - 1)) : 0;
  return policy.baseDelaySeconds + exponential + Math.round(policy.random() * 1000) / 1000;
}
