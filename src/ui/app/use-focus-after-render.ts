import { useCallback, useEffect, useRef, useState } from 'react';
import { focusField } from '../components/focus-field';

/**
 * Focus something that may only exist after the next render (a tab's panel being shown): give ids in order of
 * preference; the first one found gets focus.
 */
export function useFocusAfterRender(): (ids: string | readonly string[]) => void {
  const pending = useRef<readonly string[]>();
  const [, rerender] = useState(0);
  useEffect(() => {
    const ids = pending.current;
    if (!ids) return;
    pending.current = undefined;
    ids.some((id) => focusField(id));
  });
  return useCallback((ids) => {
    pending.current = typeof ids === 'string' ? [ids] : ids;
    rerender((n) => n + 1);
  }, []);
}
