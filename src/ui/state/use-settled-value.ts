import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Readable } from './store';
import { whenIdle } from './when-idle';

/** How often what follows from the whole referral catches up while the referrer keeps typing. */
export const SETTLE_INTERVAL_MS = 250;

const nothing = () => undefined;

/**
 * `source`'s value (and whether its latest change was typed), followed in an interruptible render. A change made by typing is followed at most once per
 * `intervalMs` (the first after a pause straight after its keystroke, the last always), and then only when the page is
 * next idle, so what follows from the whole referral (verdicts, questions, readiness) costs a render per quarter second
 * of typing, not one per keystroke. Any other change (a choice, a click) is followed at once: the card must not shift
 * a moment after it, under the referrer's pointer. `catchUp()` follows the value now, in the caller's own render:
 * leaving a field must not check what it held before.
 */
export function useSettledValue<T>(
  source: Readable<T> & { isTyping(): boolean },
  intervalMs: number = SETTLE_INTERVAL_MS,
): readonly [settled: T, catchUp: () => void] {
  const [settled, setSettled] = useState(source.get);
  const followed = useRef({ value: settled, at: Number.NEGATIVE_INFINITY, cancel: nothing as () => void });
  const take = useCallback(
    (inTransition: boolean) => {
      const f = followed.current;
      f.cancel();
      f.cancel = nothing;
      f.at = Date.now();
      f.value = source.get();
      const value = f.value;
      if (inTransition) startTransition(() => setSettled(() => value));
      else setSettled(() => value);
    },
    [source],
  );
  useEffect(() => {
    const f = followed.current;
    const onChange = () => {
      f.cancel();
      f.cancel = nothing;
      if (Object.is(source.get(), f.value)) return;
      if (!source.isTyping()) return take(true);
      // Typed: once the interval since the last follow is up, when the page is next idle (never between a key and
      // the frame that shows it).
      let cancelIdle: () => void = nothing;
      const wait = Math.max(0, f.at + intervalMs - Date.now());
      const timer = setTimeout(() => void (cancelIdle = whenIdle(() => take(true), intervalMs)), wait);
      f.cancel = () => {
        clearTimeout(timer);
        cancelIdle();
      };
    };
    onChange(); // a change made before this subscribed
    const unsubscribe = source.subscribe(onChange);
    return () => {
      unsubscribe();
      f.cancel();
      f.cancel = nothing;
    };
  }, [source, intervalMs, take]);
  const catchUp = useCallback(() => take(false), [take]);
  return [settled, catchUp];
}
