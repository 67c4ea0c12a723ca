import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { whenIdle } from './when-idle';

/** How often what follows from the whole referral catches up while the referrer keeps typing. */
export const SETTLE_INTERVAL_MS = 250;

/**
 * `value`, followed in an interruptible render. A change made by typing is followed at most once per `intervalMs`
 * (the first after a pause straight after its keystroke, the last always), and then only when the page is next idle,
 * so what follows from the whole referral (verdicts, questions, readiness) costs a render per quarter second of
 * typing, not one per keystroke, and never lands between a key and the frame that shows it (issue #5). Any other
 * change (a choice, a click) is followed at once: the card must not shift a moment after it, under the referrer's
 * pointer. `catchUp()` follows the value now, in the caller's own render: leaving a field must not check what it held
 * before.
 */
export function useSettledValue<T>(
  value: T,
  typing: () => boolean,
  intervalMs: number = SETTLE_INTERVAL_MS,
): readonly [settled: T, catchUp: () => void] {
  const [settled, setSettled] = useState(value);
  const lastFollowed = useRef(Number.NEGATIVE_INFINITY);
  const latest = useRef(value);
  latest.current = value;
  const typingNow = useRef(typing);
  typingNow.current = typing;
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const follow = () => {
      lastFollowed.current = Date.now();
      startTransition(() => setSettled(value));
    };
    if (!typingNow.current()) {
      follow();
      return undefined;
    }
    // Typed: once the interval since the last follow is up, when the page is next idle (never between a key and
    // the frame that shows it).
    let cancelIdle = () => undefined as void;
    const wait = Math.max(0, lastFollowed.current + intervalMs - Date.now());
    const timer = setTimeout(() => void (cancelIdle = whenIdle(follow, intervalMs)), wait);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [value, settled, intervalMs]);
  const catchUp = useCallback(() => {
    lastFollowed.current = Date.now();
    setSettled(latest.current);
  }, []);
  return [settled, catchUp];
}
