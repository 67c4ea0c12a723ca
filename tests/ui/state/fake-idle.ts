// A requestIdleCallback the test drives: jsdom has none, so the code under test would otherwise run at once.

export type FakeIdle = {
  /** The callbacks waiting for an idle moment. */
  readonly waiting: ReadonlyMap<number, () => void>;
  readonly request: jest.Mock<number, [run: () => void, options: { timeout: number }]>;
  readonly cancel: jest.Mock<void, [id: number]>;
  /** The page becomes idle: every waiting callback runs, once. */
  becomeIdle(): void;
  /** Takes requestIdleCallback and cancelIdleCallback off the window again. */
  uninstall(): void;
};

export function installFakeIdle(): FakeIdle {
  const waiting = new Map<number, () => void>();
  let nextId = 0;
  const request = jest.fn((run: () => void, _options: { timeout: number }) => {
    nextId += 1;
    waiting.set(nextId, run);
    return nextId;
  });
  const cancel = jest.fn((id: number) => void waiting.delete(id));
  Object.assign(window, { requestIdleCallback: request, cancelIdleCallback: cancel });
  return {
    waiting,
    request,
    cancel,
    becomeIdle: () => {
      const runs = [...waiting.values()];
      waiting.clear();
      for (const run of runs) run();
    },
    uninstall: () => {
      delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
      delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
    },
  };
}
