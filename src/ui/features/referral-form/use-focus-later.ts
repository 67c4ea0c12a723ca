import { useCallback, useEffect, useRef } from 'react';
import { focusField } from '../../components/focus-field';

/**
 * Focuses a field that appears with the change just made (a person added, a support entry). The part that shows it
 * reads the draft store itself, so it re-renders on its own: try just after the change has rendered (React renders a
 * click's change in a microtask queued before this one), then for a few frames while a part further down catches up.
 * When the form itself re-renders with the change, it is focused then, in the same commit.
 */
export function useFocusLater(): (fieldId: string) => void {
  const pending = useRef<string>();
  useEffect(() => {
    if (pending.current && focusField(pending.current)) pending.current = undefined;
  });
  return useCallback((id: string) => {
    pending.current = id;
    const attempt = (frames: number) => {
      if (pending.current !== id) return;
      if (focusField(id)) pending.current = undefined;
      else if (frames > 0) requestAnimationFrame(() => attempt(frames - 1));
    };
    queueMicrotask(() => attempt(10));
  }, []);
}
