import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Catalogue } from '../../domain';
import type { CatalogueSource, HostContext, HostInput } from '../host-context';

export type CatalogueState = {
  /** Undefined while it loads (or after a failed load). */
  readonly catalogue?: Catalogue;
  /** The catalogue could not be loaded (a network failure): say so; `retry` tries again. */
  readonly failed: boolean;
  readonly retry: () => void;
};

type Loader = () => Promise<Catalogue>;

// Once loaded, a catalogue is there at once for every later mount (a reopened card, a new HostContext object).
const loadedBy = new WeakMap<Loader, Catalogue>();

/**
 * The catalogue from the host: as it is, or loaded once the first screen is up. The card it unlocks (verdicts,
 * questions, 64 services) renders in a transition, so typing in the first fields is never held up by it.
 */
export function useCatalogue(source: CatalogueSource): CatalogueState {
  const [, loaded] = useState(0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const catalogue = typeof source === 'function' ? loadedBy.get(source) : source;
  useEffect(() => {
    if (typeof source !== 'function' || loadedBy.has(source)) return undefined;
    let live = true;
    source().then(
      (c) => {
        loadedBy.set(source, c);
        if (live) startTransition(() => loaded((n) => n + 1));
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [source, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { ...(catalogue ? { catalogue } : {}), failed: failed && !catalogue, retry };
}

/** The host with its catalogue loaded, for work that needs it whenever it is asked for (My referrals). */
export async function withCatalogue(host: HostInput): Promise<HostContext> {
  const { catalogue } = host;
  if (typeof catalogue !== 'function') return { ...host, catalogue };
  const loaded = loadedBy.get(catalogue) ?? (await catalogue());
  loadedBy.set(catalogue, loaded);
  return { ...host, catalogue: loaded };
}
