import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, then true: what lies below the first screen renders just after it, in a transition the
 * browser can interrupt, so the first fields show (and take typing) without waiting for the whole card.
 */
export function useAfterFirstScreen(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => startTransition(() => setAfter(true)), []);
  return after;
}
