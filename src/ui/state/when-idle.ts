type IdleWindow = {
  requestIdleCallback?: (run: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * Runs `run` once the page is next idle (after the frame that shows the latest keystroke, before the next key
 * arrives), or after `timeoutMs` at the latest if it never is. Where the platform cannot say when it is idle (Safari
 * has no requestIdleCallback), it runs at once. Returns a function that cancels it.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  const w: IdleWindow = typeof window === 'undefined' ? {} : (window as IdleWindow);
  if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
    const cancel = w.cancelIdleCallback.bind(window);
    const id = w.requestIdleCallback.call(window, run, { timeout: timeoutMs });
    return () => cancel(id);
  }
  run();
  return () => undefined;
}
