import { useRef } from 'react';

/**
 * `value` while its part of the card is shown; while hidden (the task pane's other tab), the value it had when last
 * shown, so a hidden panel does not re-render on every keystroke (issue #5). Taken as soon as there is one, so a
 * panel first filled while hidden is ready when its tab is opened.
 */
export function useHeldWhileHidden<T>(value: T, shown: boolean): T {
  const held = useRef(value);
  if (shown || held.current === undefined) held.current = value;
  return held.current;
}
