/** @jest-environment jsdom */
import { whenIdle } from '../../../src/ui/state/when-idle';

type IdleWindow = { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };

afterEach(() => {
  delete (window as IdleWindow).requestIdleCallback;
  delete (window as IdleWindow).cancelIdleCallback;
});

describe('whenIdle', () => {
  test('where the platform cannot say when it is idle (Safari), it runs at once', () => {
    const run = jest.fn();
    const cancel = whenIdle(run, 500);
    expect(run).toHaveBeenCalledTimes(1);
    expect(() => cancel()).not.toThrow();
  });

  test('otherwise it asks for the next idle moment, with the longest wait as its timeout, and can be cancelled', () => {
    const request = jest.fn((_run: () => void, _options: { timeout: number }) => 7);
    const cancelIdle = jest.fn();
    Object.assign(window, { requestIdleCallback: request, cancelIdleCallback: cancelIdle });
    const run = jest.fn();
    const cancel = whenIdle(run, 500);
    expect(run).not.toHaveBeenCalled();
    expect(request).toHaveBeenCalledWith(run, { timeout: 500 });
    request.mock.calls[0]![0]();
    expect(run).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });

  test('a platform with only half of the API is treated as having none', () => {
    Object.assign(window, { requestIdleCallback: jest.fn() });
    const run = jest.fn();
    whenIdle(run, 500);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
