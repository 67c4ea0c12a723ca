// Which services the referral asks for, and a toggle that keeps one identity so memoised rows skip rendering.
import { useCallback, useMemo, useRef } from 'react';
import type { Selection, ToggleService } from './service-row';

export type RequestedService = {
  readonly serviceId: string;
  readonly personIds: readonly string[];
  readonly advice?: boolean;
};

export function useServiceSelection(services: readonly RequestedService[], toggle: ToggleService) {
  const selection = useMemo(() => {
    const map = new Map<string, Selection>();
    for (const s of services) map.set(s.serviceId, s.advice ? 'advice' : 'referral');
    return map;
  }, [services]);

  // The App may hand a new callback each render; rows keep one stable function so their memo holds.
  const toggleRef = useRef<ToggleService>(toggle);
  toggleRef.current = toggle;
  const onToggle = useCallback<ToggleService>((id, options) => toggleRef.current(id, options), []);
  return { selection, onToggle };
}
