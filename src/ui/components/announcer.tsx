import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useVisuallyHiddenStyles } from './visually-hidden.styles';

export type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** Reads `message` out politely (field problems on leaving a field, results of "Check referral"). */
export const useAnnounce = (): Announce => useContext(AnnounceContext);

/** One polite live region for the whole card, so announcements never pile up or interrupt. */
export function AnnouncerProvider({ children }: { readonly children: ReactNode }) {
  const s = useVisuallyHiddenStyles();
  const [said, setSaid] = useState({ text: '', n: 0 });
  // Saying the same words again must still be heard: alternate a trailing non-breaking space.
  const announce = useCallback<Announce>((text) => setSaid((prev) => ({ text, n: prev.n + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={s.hidden} data-testid="announcer">
        {said.text ? `${said.text}${said.n % 2 ? '' : '\u00a0'}` : ''}
      </div>
    </AnnounceContext.Provider>
  );
}
