// Waiting without fixed sleeps: poll a condition until it holds, then report what was last seen if it never did.
import { WAIT_MS } from './browser';

/** Retries `check` (which throws or returns false while not yet true) until it passes or `timeout` ms pass. */
export async function eventually<T>(
  check: () => Promise<T | false>,
  what: string,
  timeout: number = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    try {
      const result = await check();
      if (result !== false) return result;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const reason = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${reason}`);
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}
