// Announces the number of eligible services politely, and only once typing pauses, so a screen reader is not
// interrupted on every keystroke (WCAG 4.1.3 status messages).
import { useEffect, useRef, useState } from 'react';

export const ANNOUNCE_DELAY_MS = 1000;

export function eligibleCountMessage(count: number, total: number): string {
  if (count === 0) return `No services are eligible yet, of ${total}.`;
  return `${count} of ${total} ${total === 1 ? 'service' : 'services'} ${count === 1 ? 'is' : 'are'} eligible.`;
}

/** The live region's text: empty at first, then the count each time it settles on a new value. */
export function useEligibleAnnouncement(count: number, total: number, delay = ANNOUNCE_DELAY_MS): string {
  const [message, setMessage] = useState('');
  const announced = useRef(count);
  useEffect(() => {
    if (count === announced.current) return undefined;
    const timer = setTimeout(() => {
      announced.current = count;
      setMessage(eligibleCountMessage(count, total));
    }, delay);
    return () => clearTimeout(timer);
  }, [count, total, delay]);
  return message;
}
