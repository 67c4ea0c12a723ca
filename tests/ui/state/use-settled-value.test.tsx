/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { createStore } from '../../../src/ui/state/store';
import { useSettledValue } from '../../../src/ui/state/use-settled-value';
import { installFakeIdle } from './fake-idle';
import type { FakeIdle } from './fake-idle';

// Date.now and setTimeout both follow Jest's fake clock. jsdom has no requestIdleCallback, so "when the page is next
// idle" is at once (as in Safari) unless a test installs one.
beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') }));
afterEach(() => jest.useRealTimers());

// Whether the change being followed was made by typing (the App knows from the last key press or pointer press).
const typing = { now: true };
beforeEach(() => {
  typing.now = true;
});

/** A store of text whose changes are typed while `typing.now` says so; `rerender` changes its value. */
function source(isTyping: () => boolean = () => typing.now) {
  const store = createStore('a');
  return { ...store, isTyping };
}

function typed(interval = 250) {
  const text = source();
  const view = renderHook(() => useSettledValue(text, interval)[0]);
  return { ...view, rerender: ({ value }: { value: string }) => text.set(value) };
}

/** The keystroke's own task has ended (a timer of 0 ms has run). */
const afterTheKeystroke = () => act(() => void jest.advanceTimersByTime(0));

describe('useSettledValue over a store', () => {
  test('starts with the value it is given', () => {
    const { result } = typed();
    expect(result.current).toBe('a');
  });

  test('the first change after a pause is followed just after the keystroke, not in its own render', () => {
    const { result, rerender } = typed();
    act(() => rerender({ value: 'ab' }));
    expect(result.current).toBe('a');
    afterTheKeystroke();
    expect(result.current).toBe('ab');
  });

  test('a burst of changes is followed at most once per interval, and its last value always', () => {
    const { result, rerender } = typed();
    act(() => rerender({ value: 'ab' }));
    afterTheKeystroke();
    act(() => jest.advanceTimersByTime(80));
    act(() => rerender({ value: 'abc' }));
    act(() => jest.advanceTimersByTime(80));
    act(() => rerender({ value: 'abcd' }));
    expect(result.current).toBe('ab'); // 160 ms into the interval: not yet
    act(() => jest.advanceTimersByTime(89));
    expect(result.current).toBe('ab');
    act(() => jest.advanceTimersByTime(1));
    expect(result.current).toBe('abcd'); // 250 ms after the last follow, with the newest value
    act(() => jest.advanceTimersByTime(1000));
    expect(result.current).toBe('abcd');
  });

  test('steady typing still catches up every interval, not only when it stops', () => {
    const { result, rerender } = typed();
    const seen: string[] = [];
    let text = 'a';
    for (let k = 0; k < 12; k += 1) {
      text += 'x';
      act(() => rerender({ value: text }));
      act(() => jest.advanceTimersByTime(80));
      if (seen.at(-1) !== result.current) seen.push(result.current);
    }
    // 12 keystrokes 80 ms apart (960 ms): followed at 0, 250, 500, 750 ms, not 12 times, and not only at the end.
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.length).toBeLessThanOrEqual(5);
    act(() => jest.advanceTimersByTime(250));
    expect(result.current).toBe(text);
  });

  test('a change back to the settled value cancels the pending follow', () => {
    const { result, rerender } = typed();
    act(() => rerender({ value: 'ab' }));
    act(() => rerender({ value: 'abc' }));
    act(() => rerender({ value: 'a' }));
    act(() => jest.advanceTimersByTime(1000));
    expect(result.current).toBe('a');
  });

  test('catchUp follows the newest value in the same render, ahead of the interval, and the burst goes on from there', () => {
    const text = source(() => true);
    const { result } = renderHook(() => useSettledValue(text, 250));
    const rerender = ({ value }: { value: string }) => text.set(value);
    act(() => rerender({ value: 'ab' }));
    afterTheKeystroke();
    act(() => rerender({ value: 'abc' })); // waits for the interval
    expect(result.current[0]).toBe('ab');
    act(() => result.current[1]());
    expect(result.current[0]).toBe('abc');
    act(() => rerender({ value: 'abcd' })); // caught up just now: this one waits its interval
    act(() => jest.advanceTimersByTime(249));
    expect(result.current[0]).toBe('abc');
    act(() => jest.advanceTimersByTime(1));
    expect(result.current[0]).toBe('abcd');
  });

  test('a change that is not typing (a choice, a click) is followed at once, even mid-burst', () => {
    const { result, rerender } = typed();
    act(() => rerender({ value: 'ab' }));
    afterTheKeystroke();
    act(() => rerender({ value: 'abc' })); // typed: waits
    expect(result.current).toBe('ab');
    typing.now = false;
    act(() => rerender({ value: 'abc!' }));
    expect(result.current).toBe('abc!');
  });

  test('unmounting mid-burst leaves no timer behind', () => {
    const { rerender, unmount } = typed();
    act(() => rerender({ value: 'ab' }));
    act(() => rerender({ value: 'abc' }));
    unmount();
    expect(jest.getTimerCount()).toBe(0);
  });

  describe('where the page can say when it is idle', () => {
    let idle: FakeIdle;
    beforeEach(() => {
      idle = installFakeIdle();
    });
    afterEach(() => idle.uninstall());
    const becomeIdle = () => act(() => idle.becomeIdle());

    test('a typed change waits for the page to be idle, with the interval as its longest wait', () => {
      const { result, rerender } = typed();
      act(() => rerender({ value: 'ab' }));
      afterTheKeystroke();
      expect(result.current).toBe('a'); // the frame that shows the keystroke comes first
      expect(idle.request).toHaveBeenCalledWith(expect.any(Function), { timeout: 250 });
      becomeIdle();
      expect(result.current).toBe('ab');
    });

    test('a choice does not wait for idle', () => {
      typing.now = false;
      const { result, rerender } = typed();
      act(() => rerender({ value: 'ab' }));
      expect(result.current).toBe('ab');
      expect(idle.request).not.toHaveBeenCalled();
    });

    test('a newer keystroke, or unmounting, cancels the idle wait', () => {
      const { result, rerender, unmount } = typed();
      act(() => rerender({ value: 'ab' }));
      afterTheKeystroke();
      expect(idle.waiting.size).toBe(1);
      act(() => rerender({ value: 'abc' })); // the wait for 'ab' is cancelled; 'abc' is followed in its place
      expect(idle.cancel).toHaveBeenCalledTimes(1);
      afterTheKeystroke();
      becomeIdle();
      expect(result.current).toBe('abc');
      act(() => rerender({ value: 'abcd' }));
      act(() => jest.advanceTimersByTime(250));
      expect(idle.waiting.size).toBe(1);
      unmount();
      expect(idle.waiting.size).toBe(0);
    });
  });
});
