import { useEffect, useState } from 'react';

/**
 * Wide enough for the form and the services side by side, each readable: a desktop browser or a wide Teams tab. The
 * Outlook task pane (320–450 px) and a half-screen window are not.
 */
export const WIDE_MIN_PX = 900;
export const WIDE_QUERY = `(min-width: ${WIDE_MIN_PX}px)`;

function matches(): boolean {
  if (typeof window === 'undefined') return false;
  if (typeof window.matchMedia === 'function') return window.matchMedia(WIDE_QUERY).matches;
  return window.innerWidth >= WIDE_MIN_PX;
}

export function useWideLayout(): boolean {
  const [wide, setWide] = useState(matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(WIDE_QUERY);
    const onChange = () => setWide(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return wide;
}
