import { useEffect, useState } from 'react';

/** Wide enough for the form and the services side by side; the Outlook task pane (320–450 px) is not. */
export const WIDE_QUERY = '(min-width: 720px)';

function matches(): boolean {
  if (typeof window === 'undefined') return false;
  if (typeof window.matchMedia === 'function') return window.matchMedia(WIDE_QUERY).matches;
  return window.innerWidth >= 720;
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
