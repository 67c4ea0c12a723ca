type FrameWindow = {
  requestAnimationFrame?: (run: () => void) => number;
  cancelAnimationFrame?: (id: number) => void;
};

/**
 * Runs `run` once the next frame has been drawn: from that frame's requestAnimationFrame callback, a task posted then
 * runs after its style, layout and paint. Without requestAnimationFrame (a hidden page stops calling it in some
 * browsers, and it may be missing), a timer stands in, so `run` always runs. Returns a function that cancels it.
 */
export function afterFrame(run: () => void, fallbackMs = 50): () => void {
  const w: FrameWindow = typeof window === 'undefined' ? {} : (window as FrameWindow);
  let frame: number | undefined;
  let task: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  const cancel = () => {
    if (frame !== undefined) w.cancelAnimationFrame?.call(window, frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
  // A hidden page gets no frames: the fallback keeps what follows from a change from waiting for the page to show.
  const fallback = setTimeout(once, fallbackMs);
  if (typeof w.requestAnimationFrame === 'function')
    frame = w.requestAnimationFrame.call(window, () => {
      frame = undefined;
      task = setTimeout(once, 0);
    });
  return () => {
    done = true;
    cancel();
  };
}
