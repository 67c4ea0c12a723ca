import { useEffect, useState } from 'react';
import type { UserSettings } from '../../host-context';
import type { DraftStore } from '../../state/draft-store';
import { ReferrerMemory } from './referrer-memory';
import type { MemoryView } from './referrer-memory';

const NONE: MemoryView = {};

/** Remembers the referrer's role, organisation, team and phone for the signed-in user and prefills them on a new referral. */
export function useReferrerMemory(settings: UserSettings | undefined, draft: DraftStore): MemoryView {
  const [view, setView] = useState<MemoryView>(NONE);
  useEffect(() => {
    if (!settings) return undefined;
    const memory = new ReferrerMemory(settings, draft);
    const onHide = () => memory.flush();
    const stopFollowing = memory.view.subscribe(() => setView(memory.view.get()));
    memory.start();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      stopFollowing();
      memory.stop();
      setView(NONE);
    };
  }, [settings, draft]);
  return view;
}
